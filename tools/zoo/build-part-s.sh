#!/usr/bin/env bash
# Builds the part S (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z299  a content mirror's copy of a provincial quality opinion, as text, through a naive Simplified -> Traditional
#         map (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布,
#         爲→為, 製→制, as parts H–Q); the sampled mirror printed the body only: no title, issuer or signature;
#   z300  a content farm's copy of a district head's speech, as text: the same naive map (and 來源於→來源于, the
#         spelling of the sampled farm's disclaimer), then pinyin after converted characters
#         (pinyin_after_traditional_text.py, as part O's z265);
#   z301  an association site's saved page of a provincial news item, in GB18030 (`iconv -t GB18030` of a UTF-8
#         source; the page declares gb2312, as such older sites do);
#   z306  a mirror's copy of a county-level city bureau's 解读, as text, the naive map.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-s.sh: opencc is missing (Debian: apt-get install opencc); z299, z300 and z306 cannot be built" >&2
  exit 1
fi
if ! command -v iconv >/dev/null 2>&1; then
  echo "build-part-s.sh: iconv is missing (Debian: libc-bin); z301 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z299_l6-naive-traditional-mirror-province-opinion-body-only-no-title
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z300_l6-traditional-pinyin-content-farm-district-award-meeting-speech-no-place
naive_traditional "$here/$f.src.txt" | sed -e 's/來源於/來源于/g' \
  | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"

f=z301_l5-association-site-province-strategy-news-headline-only-in-title-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.html" > "$zoo/$f.html"

f=z306_l6-naive-traditional-mirror-county-city-bureau-interpretation-flattened-info-block
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
