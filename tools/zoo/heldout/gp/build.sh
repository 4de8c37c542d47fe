#!/bin/sh
# Rebuild the converted fixtures of part GP (needs Debian's opencc). Deterministic.
set -e
cd "$(dirname "$0")"
python3 build.py
