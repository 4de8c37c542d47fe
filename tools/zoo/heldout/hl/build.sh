#!/bin/sh
# Rebuild z2301, z2305 and z2306 of part HL from their UTF-8 Simplified sources (needs Debian's opencc).
set -e
cd "$(dirname "$0")"
python3 build.py
