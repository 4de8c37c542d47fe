#!/bin/sh
# Deterministic build of part IJ's built fixtures: z2540 (Traditional+pinyin copy) and z2544 (spun copy), from src/z2540.src.txt and src/z2544.src.txt, written into tests/HeldOut.
# Needs Debian's opencc (s2tw config) and python3. Run from anywhere: sh src/build.sh
set -e
cd "$(dirname "$0")"
python3 build.py
