#!/bin/sh
# Rebuild the converted fixtures of part ID from their Simplified sources (needs Debian's opencc). Deterministic.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
opencc -c s2tw -i z2479.src.txt | python3 build_pinyin.py '質強動個萬關長來堅發過門驗業' \
  > "$OUT/z2479_l6-traditional-pinyin-city-info-port-mirror-body-only-city-quality-walking-campaign-closes-2021-quality-month-goes-on-no-headline-no-date-wrong-tone-cut.txt"
opencc -c s2tw -i z2484.src.txt | python3 build_pinyin.py '監產術質測幫區偽專導內' '偽(wěi)鑑' \
  > "$OUT/z2484_l6-traditional-pinyin-mirror-body-only-national-bureau-launches-2025-technical-aid-to-region-seven-projects-mojibake-run-column-nav-date-list-tail.txt"
