#!/bin/sh
# Rebuild part II's converted fixtures (z2532, z2535) into tests/HeldOut.
# Needs Debian's `opencc` and python3; deterministic.
set -e
cd "$(dirname "$0")"
python3 build.py
