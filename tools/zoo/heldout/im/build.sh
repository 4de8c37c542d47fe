#!/bin/sh
# Rebuild part IM's converted fixtures (z2570, z2577) into /work/zoo-new/im/ (needs Debian's opencc). Deterministic.
set -e
cd "$(dirname "$0")"
python3 build.py
