#!/bin/sh
# Rebuild the Traditional fixtures of part HA from their Simplified sources (deterministic).
# Needs Debian's opencc (s2t config) and python3.
set -e
cd "$(dirname "$0")"
opencc -c s2t -i z2192_tianjin-standards-system-plan-report.src.txt -o /tmp/ha_z2192.t.txt
python3 add_pinyin.py z2192 < /tmp/ha_z2192.t.txt > ../../../../tests/HeldOut/z2192_l6-traditional-pinyin-unrelated-host-copy-consumer-paper-item-municipality-standards-system-plan-issued-body-only-dateline-no-headline-framework-counts.txt
opencc -c s2t -i z2195_shifang-tianfu-award-report.src.txt -o /tmp/ha_z2195.t.txt
python3 add_pinyin.py z2195 < /tmp/ha_z2195.t.txt > ../../../../tests/HeldOut/z2195_l6-traditional-pinyin-unrelated-host-copy-county-city-item-craftsman-wins-province-tianfu-quality-award-nomination-2024-body-only-lately-award-counts-author-in-parens.txt
rm -f /tmp/ha_z2192.t.txt /tmp/ha_z2195.t.txt
