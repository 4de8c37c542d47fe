#!/usr/bin/env bash
# Deterministic build of part FL's three Traditional fixtures from their UTF-8 Simplified sources.
# Needs Debian's opencc. Writes into the parent folder (/work/zoo-new/fl/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
conv() { opencc -c s2t | sed -e 's/發佈/發布/g' -e 's/關於/關于/g' -e 's/並/并/g'; }
# z1782: OpenCC Traditional, mainland-style 于/并/發布 kept, no pinyin.
conv < "$here/z1782_src.txt" > "$out/z1782_l6-traditional-company-site-quality-column-copy-national-quality-digital-empowerment-case-collection-results-2025-headline-yearless-day-firm-list-one-a-line-cut-mid-list.txt"
# z1787: OpenCC Traditional, then pinyin after every 網 協 設 務 會 長, and after 質 in the first line only.
conv < "$here/z1787_src.txt" | python3 "$here/add_pinyin.py" > "$out/z1787_l6-traditional-pinyin-company-site-news-detail-national-association-outstanding-quality-persons-ceremony-2016-body-only-dateline-reporter-yearless-day-cut-mid-sentence.txt"
# z1790: OpenCC Traditional, no pinyin.
conv < "$here/z1790_src.txt" > "$out/z1790_l6-traditional-company-site-quality-column-copy-market-regulation-paper-item-district-made-in-zhejiang-mark-certificates-2023-body-only-outline-cited-end-mark-source-line.txt"
