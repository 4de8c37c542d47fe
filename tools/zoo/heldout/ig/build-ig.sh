#!/bin/sh
# Rebuild part IG's converted fixtures (z2510, z2511, z2513); needs Debian's opencc and python3.
set -e
cd "$(dirname "$0")"
python3 build-ig.py
