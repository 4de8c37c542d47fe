#!/bin/bash
# Rebuild part HH's Traditional fixtures (z2264 z2267 z2269) into tests/HeldOut. Deterministic; needs Debian's opencc.
set -e
python3 "$(dirname "$0")/build.py"
