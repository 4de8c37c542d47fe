#!/bin/sh
# Part GU: rebuild the two converted fixtures from their UTF-8 Simplified sources (deterministic).
# Needs Debian's opencc and python3. Run from anywhere: sh src/build.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"

# z2136: spam line kept as the mirror left it (Simplified), the rest OpenCC s2t, then pinyin after a fixed set.
f2136="$out/z2136_l6-traditional-pinyin-spam-wrapped-copy-magazine-item-municipality-first-government-quality-award-review-launch-2015-spam-line-question-mark-line-headline-datetime-issue-line-glued-keywords-award-rules-three-points-cut.txt"
{
  head -n 1 "$here/z2136_src.txt"
  tail -n +2 "$here/z2136_src.txt" | opencc -c s2t.json
} | python3 "$here/pinyin.py" z2136 > "$f2136"

# z2138: naive Traditional (OpenCC s2t with the mirror's by-character leftovers), no pinyin.
f2138="$out/z2138_l6-naive-traditional-copy-province-bureau-regional-brand-certification-symposium-2020-body-only-no-headline-no-date-attendee-bodies-total-pages-author-tail.txt"
sh "$here/naive.sh" < "$here/z2138_src.txt" > "$f2138"
