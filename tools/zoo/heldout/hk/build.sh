#!/bin/bash
# Rebuild part HK's converted fixtures (z2291, z2292, z2294, z2295) from their Simplified sources.
set -euo pipefail
cd "$(dirname "$0")"
python3 build.py
