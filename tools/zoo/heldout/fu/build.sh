#!/bin/sh
# Deterministic build of the three Traditional fixtures of part FU from their UTF-8 Simplified sources.
# Needs Debian's opencc (s2t). Run from anywhere: sh /work/zoo-new/fu/src/build.sh
set -e
D=$(cd "$(dirname "$0")" && pwd)
O="$D/../../../../tests/HeldOut"
# z1872: a quality-news mirror's Traditional copy; the mirror's converter leaves 并 unconverted (并把 → 并把).
opencc -c s2t.json -i "$D/z1872_src.txt" | sed 's/並把/并把/g' > "$O/z1872_l6-traditional-mirror-quality-news-local-item-county-level-city-government-named-region-quality-advanced-collective-2012-body-only-supplied-by-bureau.txt"
# z1876: the central portal's big5 gate, which prints 産 (U+7522) for 產 and keeps 於/並.
opencc -c s2t.json -i "$D/z1876_src.txt" | sed 's/產/産/g' > "$O/z1876_l6-central-portal-big5-gate-department-news-national-bureau-party-secretary-inspects-province-quality-work-2007-crumb-portal-date-source-line-no-figures.txt"
# z1880: the regional portal's big5 mirror (plain OpenCC s2t, as the page shows 於/裏 forms).
opencc -c s2t.json -i "$D/z1880_src.txt" > "$O/z1880_l6-regional-portal-big5-mirror-city-paper-item-export-product-quality-leads-province-2012-search-line-datetime-source-author-editor-results.txt"
