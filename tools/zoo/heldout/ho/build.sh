#!/bin/sh
# Rebuild part HO's converted fixtures (z2332, z2334, z2335, z2337, z2340) from src/*.src.txt.
# Needs Debian's `opencc`; deterministic.
set -e
cd "$(dirname "$0")"
python3 build.py
