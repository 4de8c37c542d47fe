#!/usr/bin/env bash
# Builds the part K (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z213  a quality newspaper's e-paper page through a naive Simplified -> Traditional map (OpenCC s2t, then the
#         phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制, as parts H and J),
#         then pinyin after converted characters as some mirrors insert it (pinyin_after_traditional.py).
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-k.sh: opencc is missing (Debian: apt-get install opencc); z213 cannot be built" >&2
  exit 1
fi

f=z213_l6-traditional-pinyin-quality-news-province-assessment-circular-report
opencc -c s2t -i "$here/$f.src.html" \
  | sed -e 's/關於/關于/g' -e 's/佔/占/g' -e 's/發佈/發布/g' -e 's/爲/為/g' -e 's/製/制/g' \
  | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"

# z220  a study platform's copy of a news agency's release as text, the same naive map; the spaces before Chinese
#       punctuation are in the source as the copy shows them.
f=z220_l4-traditional-study-platform-xinhua-lead-national-four-body-plan-spaced-punctuation
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/關於/關于/g' -e 's/佔/占/g' -e 's/發佈/發布/g' -e 's/爲/為/g' -e 's/製/制/g' > "$zoo/$f.txt"
