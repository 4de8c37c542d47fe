#!/bin/bash
# Deterministic build of the Traditional fixtures of part FM (needs Debian's opencc).
# z1795: OpenCC s2t (naive Traditional), then the placeholder @@MOJIBAKE@@ replaced by a mojibake run.
# z1796: OpenCC s2t (naive Traditional), as is.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
opencc -c s2t.json -i z1795_src.txt -o /tmp/fm_z1795.txt
sed 's/@@MOJIBAKE@@/??傮w/' /tmp/fm_z1795.txt > "$OUT/z1795_l6-naive-traditional-portal-copy-news-site-item-city-2011-manufacturing-quality-competitiveness-index-release-body-only-yearless-dateline-bylines-mojibake-run-results.txt"
opencc -c s2t.json -i z1796_src.txt -o "$OUT/z1796_l6-naive-traditional-quality-news-mirror-body-only-county-bureau-first-quarter-spot-checks-product-quality-analysis-no-headline-no-date-correspondent-in-parens.txt"
rm -f /tmp/fm_z1795.txt
