#!/bin/bash
# Rebuild part HE's Traditional fixtures (z2234 z2236 z2238) into tests/HeldOut. Deterministic.
set -e
python3 "$(dirname "$0")/build.py"
