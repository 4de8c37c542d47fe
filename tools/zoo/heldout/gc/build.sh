#!/bin/bash
# Deterministic build of the two Traditional+pinyin fixtures of part GC.
# Needs Debian's opencc. Run from anywhere: bash /work/zoo-new/gc/src/build.sh
set -e
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
opencc -c s2t.json -i "$here/z1951_src.txt" -o "$here/.z1951_t.txt"
python3 "$here/add_pinyin.py" z1951 < "$here/.z1951_t.txt" > "$out/z1951_l6-traditional-pinyin-mirror-province-quality-work-and-yangtze-quality-award-conference-2025-three-line-headline-photo-captions-award-counts.txt"
opencc -c s2t.json -i "$here/z1954_src.txt" -o "$here/.z1954_t.txt"
python3 "$here/add_pinyin.py" z1954 < "$here/.z1954_t.txt" > "$out/z1954_l6-traditional-pinyin-mirror-city-news-body-only-quality-city-group-joint-meeting-first-mayor-quality-award-2017-yearless-day-reporter-tail.txt"
rm -f "$here/.z1951_t.txt" "$here/.z1954_t.txt"
