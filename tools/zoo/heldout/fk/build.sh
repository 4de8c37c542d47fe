#!/bin/sh
# Deterministic build of part FK's Traditional fixtures from their Simplified sources (Debian's opencc, s2t).
# Naive mirrors: 於 put back to 于 and 並 to 并 (the sampled pages kept them); z1779 also writes 陝 as 陜.
set -e
cd "$(dirname "$0")"
conv() { opencc -c s2t.json -i "$1" | sed -e 's/於/于/g' -e 's/並/并/g'; }
conv z1774.src.txt > ../../../../tests/HeldOut/z1774_l6-naive-traditional-spam-domain-copy-city-news-app-item-province-governor-quality-award-commendation-2021-body-only-no-headline-rules-restated-cut.txt
conv z1776.src.txt > ../../../../tests/HeldOut/z1776_l6-traditional-copy-quality-site-item-province-bureau-thirteenth-five-year-results-and-quality-month-demands-body-only-no-headline-no-date-source-line.txt
conv z1779.src.txt | sed -e 's/陝/陜/g' > ../../../../tests/HeldOut/z1779_l6-naive-traditional-copy-quality-news-item-province-quality-strategy-and-cooperation-memo-2011-body-only-no-headline-growth-and-spot-check-results-cut-mid-word.txt
