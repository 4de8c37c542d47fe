#!/bin/sh
# Rebuild part IN's converted fixtures (needs Debian's opencc and python3).
set -e
cd "$(dirname "$0")"
python3 build.py
