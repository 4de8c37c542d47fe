#!/bin/bash
# Rebuild the converted fixtures of part EQ (z1583, z1584, z1585, z1588, z1589) from their
# UTF-8 Simplified sources in this folder. Needs Debian's `opencc`. Deterministic.
set -euo pipefail
cd "$(dirname "$0")"
python3 build_part_eq.py
