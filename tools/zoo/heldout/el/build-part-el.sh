#!/bin/sh
# Rebuild part EL's converted fixtures (z1538, z1539, z1540) from their UTF-8 Simplified sources in this folder.
# Needs Debian's opencc; deterministic; writes the fixtures into the parent folder.
set -e
cd "$(dirname "$0")"
sh build-z1538.sh
python3 build-z1539.py
python3 build-z1540.py
