#!/bin/sh
# Deterministic build of the Traditional fixtures of part FG from their Simplified sources.
# Needs Debian's opencc (s2t) and python3. Run from anywhere: sh build.sh
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
opencc -c s2t -i z1741.src.txt -o /tmp/fg_z1741.t
python3 add_pinyin.py z1741 < /tmp/fg_z1741.t > "$OUT/z1741_l6-traditional-pinyin-mirror-policy-column-city-office-notice-issuing-2014-quality-city-action-plan-number-in-parens-after-title-date-views-line-core-hint-2014-targets.txt"
opencc -c s2t -i z1742.src.txt -o /tmp/fg_z1742.t
python3 add_pinyin.py z1742 < /tmp/fg_z1742.t > "$OUT/z1742_l6-traditional-sparse-pinyin-mirror-quality-paper-item-province-quality-improvement-push-meeting-body-only-yearless-day-vice-governor-column-tail.txt"
rm -f /tmp/fg_z1741.t /tmp/fg_z1742.t
