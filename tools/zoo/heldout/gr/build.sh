#!/bin/sh
# Rebuild the converted fixtures of part GR from their Simplified sources (Debian's opencc, python3).
# Deterministic: OpenCC's fixed tables, then a fixed pinyin set; output goes to the parent folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"
# z2101: OpenCC s2t, then pinyin after the z2101 set
opencc -c s2t -i "$here/z2101_src.txt" -o "$here/.z2101.t"
python3 "$here/pinyin.py" z2101 < "$here/.z2101.t" > "$out/z2101_l6-traditional-pinyin-mirror-dy-article-body-only-district-bureau-quality-month-publicity-2025-no-headline-no-date-scale-calibration-count.txt"
# z2106: OpenCC s2hk (a Hong Kong site; full-width punctuation kept as written)
opencc -c s2hk -i "$here/z2106_src.txt" -o "$out/z2106_l6-hk-news-review-site-traditional-national-quality-congress-opening-vice-premier-2025-date-headline-photo-credit-dateline-on-one-line-survey-in-province.txt"
# z2107: OpenCC s2t, then pinyin after the z2107 set
opencc -c s2t -i "$here/z2107_src.txt" -o "$here/.z2107.t"
python3 "$here/pinyin.py" z2107 < "$here/.z2107.t" > "$out/z2107_l6-traditional-pinyin-spam-domain-copy-quality-paper-year-end-page-national-fourteenth-five-year-quality-events-box-bullets-headline-blank-lines-cut.txt"
rm -f "$here/.z2101.t" "$here/.z2107.t"
