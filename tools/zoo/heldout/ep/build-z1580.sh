#!/bin/sh
# Builds ../z1580_…txt from z1580.src.txt: OpenCC s2t, then pinyin after every 發 質 設 產 開 會 導.
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1580.src.txt -o /tmp/z1580.t.txt
python3 add_pinyin.py z1580 < /tmp/z1580.t.txt > "../../../../tests/HeldOut/z1580_l6-traditional-pinyin-unrelated-host-copy-national-bureau-deputy-at-province-quality-province-congress-2016-headline-yearless-day-lead-officials-met-column-nav-tail-bare-dates.txt"
rm -f /tmp/z1580.t.txt
