#!/bin/sh
# Rebuild part IC's converted fixtures (z2469, z2471, z2472, z2476, z2477) from their
# UTF-8 Simplified sources in this folder. Needs Debian's opencc. Deterministic.
set -e
cd "$(dirname "$0")"
python3 ic_build.py
