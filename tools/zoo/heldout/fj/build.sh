#!/bin/sh
# Deterministic build of z1770 (Traditional, OpenCC s2t, no pinyin) from its Simplified source.
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1770_src.txt -o "../../../../tests/HeldOut/z1770_l6-naive-traditional-news-site-livelihood-column-county-city-news-net-item-province-award-experience-sharing-and-city-quality-award-ceremony-body-only-no-headline-yearless-day-award-counts.txt"
