#!/bin/sh
# Rebuild the converted fixtures of part EX from their Simplified sources (Debian opencc; deterministic).
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1651.src.txt | python3 add_pinyin.py '場監發計劃規會質強' > ../../../../tests/HeldOut/z1651_l6-traditional-pinyin-mirror-body-only-city-metrology-plan-implementation-reported-2022-spaced-year-targets-restated.txt
opencc -c s2t.json -i z1653.src.txt | python3 add_pinyin.py '發監產業會' > ../../../../tests/HeldOut/z1653_l6-traditional-partial-pinyin-media-centre-item-county-city-brand-building-meeting-host-mail-lines-yearless-day.txt
opencc -c s2t.json -i z1655.src.txt > ../../../../tests/HeldOut/z1655_l6-traditional-law-site-copy-city-office-brand-leading-opinion-2017-opens-at-addressees-cut-targets.txt
{ printf '%s\n\n' '国产精品久久免费视频,亚洲日韩一区二区在线播放,天天看高清影院,久久综合网色综合,免费观看日韩精品'; opencc -c s2t.json -i z1659.src.txt | python3 add_pinyin.py '質監產標準會進開'; } > ../../../../tests/HeldOut/z1659_l6-spam-wrapped-traditional-pinyin-quality-site-province-geographical-indication-meeting-2010-crumb-datetime-url-source.txt
