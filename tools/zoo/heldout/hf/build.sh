#!/bin/sh
# Rebuild z2242, z2248 and z2249 of part HF from src/*.src.txt (needs Debian's opencc).
set -e
cd "$(dirname "$0")"
python3 build.py
