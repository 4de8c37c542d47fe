#!/bin/bash
# Rebuild part HD's Traditional fixtures (z2224 z2225 z2226 z2227 z2230) into tests/HeldOut. Deterministic.
set -e
python3 "$(dirname "$0")/build.py"
