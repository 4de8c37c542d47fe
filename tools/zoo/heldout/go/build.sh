#!/bin/sh
# Rebuild the converted fixtures of part GO from their Simplified sources.
# Needs Debian's opencc (s2tw config) and python3; deterministic.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"

f76="$out/z2076_l6-traditional-pinyin-unrelated-host-copy-quality-news-item-city-quality-month-launch-2020-body-only-question-mark-for-lost-dot-notice-read-speeches.txt"
f78="$out/z2078_l6-traditional-pinyin-unrelated-host-copy-city-quality-and-brand-work-meeting-2019-body-only-lately-results-one-fact-a-line-mayor-points-cut.txt"

# z2076: OpenCC s2tw, pinyin after fourteen characters, the theme's middle dot lost as '?'
opencc -c s2tw.json -i "$here/z2076_src.txt" -o "$here/.z2076.tw"
python3 "$here/pinyin.py" z2076 < "$here/.z2076.tw" | sed 's/·/?/g' > "$f76"

# z2078: OpenCC s2tw, pinyin after eighteen characters
opencc -c s2tw.json -i "$here/z2078_src.txt" -o "$here/.z2078.tw"
python3 "$here/pinyin.py" z2078 < "$here/.z2078.tw" > "$f78"

rm -f "$here/.z2076.tw" "$here/.z2078.tw"
