#!/bin/sh
# Deterministic build of part FY's converted fixtures (needs Debian's opencc).
# Writes into tests/HeldOut.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z1911: whole text through OpenCC s2t, then pinyin after every listed character.
opencc -c s2t.json -i z1911.src.txt | python3 add_pinyin.py z1911.pinyin > "$OUT/z1911_l6-traditional-pinyin-unrelated-host-copy-national-three-years-since-first-quality-conference-review-2017-opens-mid-item-no-headline-doubled-commas-guiding-opinion-by-title-cut.txt"
# z1913: Simplified spam line kept, then s2t + pinyin body.
{ cat z1913.spam.txt; opencc -c s2t.json -i z1913.src.txt | python3 add_pinyin.py z1913.pinyin; } > "$OUT/z1913_l6-spam-wrapped-traditional-pinyin-company-site-news-firm-chairman-at-national-bureau-quality-power-symposium-during-two-sessions-2011-date-author-firm-no-figure.txt"
# z1917: Simplified spam line kept, then s2t + pinyin body.
{ cat z1917.spam.txt; opencc -c s2t.json -i z1917.src.txt | python3 add_pinyin.py z1917.pinyin; } > "$OUT/z1917_l6-spam-wrapped-traditional-pinyin-quality-month-topic-site-national-quality-month-introduction-2014-crumb-title-glued-twice-time-source-association-history.txt"
