#!/bin/sh
# Deterministic build of part IB's Traditional fixtures from their Simplified sources.
# Needs Debian's opencc (configs s2t.json / s2tw.json under /usr/share/opencc).
# Run from anywhere: sh /work/zoo-new/ib/src/build-ib.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../../../tests/HeldOut"
export LC_ALL=C.UTF-8

# z2461: a portal's big5 gate copy: Taiwan-variant Traditional (s2tw), with the gate's 産 for 產.
opencc -c s2tw.json -i "$HERE/z2461.src.txt" -o "$HERE/z2461.tmp"
sed 's/產/産/g' "$HERE/z2461.tmp" > "$OUT/z2461_l6-big5-gate-traditional-farm-paper-item-county-named-national-agricultural-comprehensive-standardization-demonstration-county-2015-dash-publish-source-editor-line-reporters-glued-to-last-sentence.txt"
rm -f "$HERE/z2461.tmp"

# z2466: a mirror's OpenCC Taiwan-variant Traditional (s2tw) copy with pinyin after every 監, 戰 and 創.
opencc -c s2tw.json -i "$HERE/z2466.src.txt" -o "$HERE/z2466.tmp"
sed -e 's/監/監(jiān)/g' -e 's/戰/戰(zhàn)/g' -e 's/創/創(chuàng)/g' "$HERE/z2466.tmp" > "$OUT/z2466_l6-traditional-pinyin-mirror-national-radio-site-item-province-new-provincial-brand-products-2013-results-datetime-source-comment-share-line-dateline-editor-related-tail.txt"
rm -f "$HERE/z2466.tmp"

# z2467: a city daily's e-paper page whose text lost every comma (full-width ， and ASCII ,) in extraction; UTF-8 Simplified.
sed -e 's/,//g' -e 's/，//g' "$HERE/z2467.src.txt" > "$OUT/z2467_l5-city-daily-epaper-content-page-body-only-signed-quality-month-article-city-quality-city-work-2014-commas-stripped-no-headline-no-byline-four-musts-city-results.txt"
