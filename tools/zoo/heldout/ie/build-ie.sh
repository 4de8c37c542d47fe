#!/bin/sh
# Rebuild part IE's converted fixture from its Simplified source (deterministic).
# z2491: OpenCC s2t (Debian's opencc), then pinyin after every character listed in add_pinyin.py.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut/z2491_l6-traditional-pinyin-mirror-self-media-copy-province-governor-meets-2025-government-quality-award-winners-empty-image-mark-first-no-headline-yearless-day-winner-runs-cut.txt
opencc -c s2t -i z2491.src.txt | python3 add_pinyin.py > "$OUT"
