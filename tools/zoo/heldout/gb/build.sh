#!/bin/sh
# Deterministic build of z1946 (OpenCC s2hk, then corner quotes as the sampled finance-app copy shows).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut/z1946_l6-traditional-finance-app-copy-city-paper-item-city-quality-city-work-promotion-meeting-results-yearless-source-date-line-corner-quotes-cut.txt
opencc -c s2hk.json -i z1946_src.txt | sed 's/“/「/g; s/”/」/g' > "$OUT"
