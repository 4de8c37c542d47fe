#!/bin/bash
# Rebuild the four converted fixtures of part HM from their Simplified UTF-8 sources (Debian's opencc; deterministic).
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
F2313=z2313_l6-naive-traditional-seedling-company-site-copy-city-bureau-item-county-bureau-takes-kiwi-standardization-zone-farmers-to-agricultural-fair-2010-body-only-no-headline-no-date-results-author-twice.txt
F2314=z2314_l6-traditional-pinyin-mirror-copy-quality-news-item-county-first-province-service-standardization-pilot-plaque-and-training-2022-body-only-site-lead-no-headline-spaced-author.txt
F2317=z2317_l6-traditional-metrology-portal-copy-province-metrology-institute-and-city-bureau-pre-festival-market-scale-checks-autonomous-county-body-only-doubled-character-column-nav-bare-dates.txt
F2319=z2319_l6-traditional-pinyin-unrelated-host-copy-national-fibre-centre-province-cotton-quality-monitoring-2023-headline-paragraphs-twice-mojibake-run-later-items-list-cut.txt
# z2313: naive character map (示范, 于, 陜 and the plain forms a character map gives)
opencc -c s2t.json < z2313_src.txt | sed -e 's/範/范/g; s/於/于/g; s/陝/陜/g; s/爲/為/g; s/羣衆/群眾/g; s/瞭解/了解/g; s/藉此/借此/g; s/淩/凌/g' > "$OUT/$F2313"
# z2314: OpenCC Traditional, pinyin after twenty characters
opencc -c s2t.json < z2314_src.txt | sed -e 's/爲/為/g' | python3 pinyin.py z2314 > "$OUT/$F2314"
# z2317: OpenCC Traditional without pinyin
opencc -c s2t.json < z2317_src.txt | sed -e 's/爲/為/g' > "$OUT/$F2317"
# z2319: OpenCC Traditional, pinyin after twelve characters, one mojibake run in each copy of the second paragraph
opencc -c s2t.json < z2319_src.txt | python3 pinyin.py z2319 > "$OUT/$F2319"
