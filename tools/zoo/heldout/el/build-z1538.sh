#!/bin/sh
# Deterministic build of z1538 (OpenCC s2t over the Simplified source; no other step).
# Run from this directory: sh build-z1538.sh  -> writes the fixture into the parent folder.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut/z1538_l6-traditional-numeric-mirror-copy-peoples-paper-brief-national-six-ministry-agriculture-quality-benefit-plan-2019-original-title-line-only-headline-one-paragraph-reporter.txt
opencc -c s2t.json -i z1538.src.txt -o "$OUT"
