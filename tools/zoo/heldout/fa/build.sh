#!/bin/sh
# Deterministic build of part FA's Traditional fixtures from their Simplified sources (needs Debian's opencc, python3).
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1681.src.txt -o /tmp/fa_z1681.t
python3 add_pinyin.py /tmp/fa_z1681.t > ../../../../tests/HeldOut/z1681_l6-traditional-pinyin-gov-mirror-xinhua-item-national-bureau-names-two-quality-demonstration-cities-2013-body-only-dateline.txt
opencc -c s2t.json -i z1685.src.txt -o ../../../../tests/HeldOut/z1685_l6-naive-traditional-news-mirror-xinhua-item-national-quality-month-launch-2017-crumb-date-author-source-share-editor-keywords-spam-tail.txt
opencc -c s2t.json -i z1690.src.txt -o ../../../../tests/HeldOut/z1690_l6-traditional-copy-quality-paper-item-province-first-a-grade-in-2020-government-quality-assessment-bylines-paper-tail-results.txt
rm -f /tmp/fa_z1681.t
