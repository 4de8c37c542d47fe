#!/bin/sh
# Rebuilds the two converted fixtures of part EP (z1572, z1580). Needs Debian's opencc. Deterministic.
set -e
cd "$(dirname "$0")"
sh build-z1572.sh
sh build-z1580.sh
