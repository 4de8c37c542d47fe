#!/bin/sh
# Rebuild the converted fixture of part HU from its Simplified source (deterministic; needs Debian's opencc and python3).
# z2391: OpenCC s2tw (Taiwan-standard characters, 為/群/裏 as the sampled mirror shows them), then pinyin in
# brackets after every character listed in z2391_pinyin.map (the sampled mirror's pattern: 質 協 監 區 產 … but not 長 or 會).
set -eu
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut/z2391_l6-traditional-pinyin-company-site-copy-municipality-quality-month-flag-raising-in-state-new-area-2014-body-only-blank-first-line-no-headline-yearless-day-oath.txt
opencc -c s2tw -i z2391_src.txt | python3 add_pinyin.py z2391_pinyin.map > "$OUT"
echo "built $OUT"
