#!/bin/sh
# Part ES: rebuild the converted fixtures z1602 and z1609 from their UTF-8 Simplified sources.
# Needs Debian's opencc. Deterministic: the same source always gives the same bytes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"

# z1602: OpenCC s2t, then the mirror's naive forms (爲 -> 為, 併/並 -> 并) as on the sampled page.
opencc -c s2t -i "$here/z1602.src.txt" -o "$here/.z1602.tmp"
sed -e 's/爲/為/g' -e 's/併/并/g' -e 's/並/并/g' "$here/.z1602.tmp" \
  > "$out/z1602_l6-traditional-mirror-brand-site-province-brand-and-geographical-indication-award-ceremony-2010-headline-slip-city-abbreviation-opening-paragraphs-repeated.txt"
rm -f "$here/.z1602.tmp"

# z1609: OpenCC s2t, then pinyin after every 質 檢 創 發 進 標 導 業 務 實 (see add_pinyin_es.py).
opencc -c s2t -i "$here/z1609.src.txt" -o "$here/.z1609.tmp"
python3 "$here/add_pinyin_es.py" < "$here/.z1609.tmp" \
  > "$out/z1609_l6-traditional-pinyin-central-portal-mirror-xinhua-item-national-bureau-names-first-two-quality-city-demonstration-cities-2013-body-only-dateline-first-outline-by-title.txt"
rm -f "$here/.z1609.tmp"
