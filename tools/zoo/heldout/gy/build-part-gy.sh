#!/bin/sh
# Rebuild the Traditional fixtures of part GY from their UTF-8 Simplified sources (Debian's opencc; deterministic).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
conv() { opencc -c s2tw.json | sed 's/於/于/g'; }
# z2173: plain Traditional (s2tw, 於 put back to 于 as the mirror shows), no pinyin
conv < z2173_src.txt > "$OUT/z2173_l6-traditional-mirror-copy-city-news-site-item-region-bureau-world-standards-day-2023-original-title-first-body-only-no-date-standards-counts-copyright-and-report-mail-lines.txt"
# z2175: Traditional + pinyin (set a), '@' placeholders become the page's '?' runs for lost spaces
conv < z2175_src.txt | python3 add_pinyin_gy.py a | tr '@' '?' > "$OUT/z2175_l6-traditional-pinyin-no-address-copy-province-daily-feature-county-quality-county-strategy-series-tag-headline-question-mark-runs-caption-box-byline-subheads-results-cut.txt"
# z2176: Traditional + pinyin (set b), body only, cut mid-word
conv < z2176_src.txt | python3 add_pinyin_gy.py b > "$OUT/z2176_l6-traditional-pinyin-unrelated-host-copy-body-only-province-office-approves-county-city-to-create-province-quality-demonstration-city-2018-documents-by-title-brand-counts-cut.txt"
# z2180: Traditional + pinyin (set c), body only from the dateline
conv < z2180_src.txt | python3 add_pinyin_gy.py c > "$OUT/z2180_l6-traditional-pinyin-unrelated-host-copy-city-news-site-item-body-only-county-quality-month-launch-and-open-day-2020-yearless-dateline-correspondents-no-figure.txt"
