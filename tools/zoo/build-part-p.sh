#!/usr/bin/env bash
# Builds the part P (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z269  a policy-collection site's copy of a provincial opinion, as text, through a naive Simplified -> Traditional
#         map (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占,
#         發佈→發布, 爲→為, 製→制, as parts H–O);
#   z274  a rule-collection site's copy of a city party-government opinion, as text saved in GB18030
#         (`iconv -t GB18030` of a UTF-8 source);
#   z277  a digest site's copy of a city news item, as text: the same naive map, then pinyin after converted
#         characters (pinyin_after_traditional_text.py, part M's table applied to copied text).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-p.sh: opencc is missing (Debian: apt-get install opencc); z269 and z277 cannot be built" >&2
  exit 1
fi
if ! command -v iconv >/dev/null 2>&1; then
  echo "build-part-p.sh: iconv is missing (Debian: libc-bin); z274 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z269_l6-naive-traditional-content-site-province-opinion-no-number-no-signature
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z274_l9-rule-site-number-first-headline-city-party-gov-opinion-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.txt" > "$zoo/$f.txt"

f=z277_l6-traditional-pinyin-content-site-city-leading-group-meeting-news
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"
