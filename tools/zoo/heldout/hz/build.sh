#!/bin/sh
# Rebuild part HZ's converted fixtures into tests/HeldOut (needs Debian's opencc and python3; deterministic).
set -e
cd "$(dirname "$0")"
python3 build.py
