#!/usr/bin/env bash
# Builds the part U (held-out, representative sample) zoo fixture that is made from a source rather than written by
# hand:
#   z326  a quality-news mirror's copy of a 盟's joint-meeting news item, as text: the naive Simplified -> Traditional
#         map of parts H–S (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于,
#         佔→占, 發佈→發布, 爲→為, 製→制), then pinyin after converted characters (pinyin_after_traditional_text.py,
#         as part O's z265 and part S's z300); the sampled mirror printed the body only: no headline, date or site.
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-u.sh: opencc is missing (Debian: apt-get install opencc); z326 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z326_l6-traditional-pinyin-quality-news-mirror-league-joint-meeting-on-draft-plan-body-only
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"
