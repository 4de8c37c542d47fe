#!/bin/sh
# Part GM: rebuild the converted fixtures from their Simplified UTF-8 sources (deterministic).
# Needs Debian's opencc (s2t.json) and python3. Run from anywhere: sh src/build.sh
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z2054: OpenCC s2t, then pinyin after a fixed set of characters (as the sampled page annotated them)
opencc -c s2t.json -i z2054_src.txt -o /tmp/gm_z2054.$$
python3 pinyin.py z2054 < /tmp/gm_z2054.$$ > "$OUT/z2054_l6-traditional-pinyin-no-address-body-only-county-tea-quality-safety-measures-reward-rules-and-control-plan-2020-original-title-line-source-line-copyright-tip-restated-plan-targets.txt"
rm -f /tmp/gm_z2054.$$
# z2056: OpenCC s2t, then pinyin after a fixed set of characters, cut mid-sentence as stored
opencc -c s2t.json -i z2056_src.txt -o /tmp/gm_z2056.$$
python3 pinyin.py z2056 < /tmp/gm_z2056.$$ > "$OUT/z2056_l6-traditional-pinyin-no-address-city-regional-public-brand-research-visit-and-symposium-at-city-bureau-2020-qr-label-first-gi-product-blurbs-caption-lines-yearless-days-ranking-cut.txt"
rm -f /tmp/gm_z2056.$$
# z2060: OpenCC s2t, then undo a few conversions the way a naive character map leaves them
# (後 -> 后, 麪/麵 -> 面, 關係 -> 關系), no pinyin
opencc -c s2t.json -i z2060_src.txt | sed -e 's/後/后/g' -e 's/麪/面/g' -e 's/麵/面/g' -e 's/關係/關系/g' \
  > "$OUT/z2060_l6-naive-traditional-instrument-site-news-county-party-secretary-inspects-county-quality-supervision-bureau-2011-headline-date-line-site-name-spaced-reporter-lead-left-characters-latest-news-tail.txt"
