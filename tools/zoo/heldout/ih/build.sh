#!/bin/sh
# Rebuild part IH's converted fixtures (needs Debian's opencc). Deterministic.
set -e
cd "$(dirname "$0")"
python3 build.py
