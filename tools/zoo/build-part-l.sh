#!/usr/bin/env bash
# Builds the part L (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z225  a mirror's copy of a county-level city's meeting news: OpenCC s2t, then the phrase-level choices such a naive
#         map does not make undone (關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制, as parts H–K), then pinyin after converted
#         characters (pinyin_after_traditional.py, as part K's z213);
#   z227  a mirror's copy of an autonomous county's 征求意见 notice with its draft, as text, the same naive map;
#   z230  a county's joint-office notice and plan as .docx (tools/samples/make_docx.py);
#   z231  a policy-content site's page copied as text and saved in GB18030 (`iconv -t GB18030` of a UTF-8 source);
#   z232  a mirror's copy of a city office's notice whose headline ends `（…年）的通知（…号）`, as text, the naive map.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-l.sh: opencc is missing (Debian: apt-get install opencc); z225, z227 and z232 cannot be built" >&2
  exit 1
fi
if ! command -v iconv >/dev/null 2>&1; then
  echo "build-part-l.sh: iconv is missing (Debian: libc-bin); z231 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z225_l6-traditional-pinyin-mirror-county-city-meeting-news-original-headline
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"

for f in z227_l6-naive-traditional-mirror-autonomous-county-consultation-notice-draft-inline \
         z232_l9-naive-traditional-mirror-title-with-year-parens-then-number-parens; do
  naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
done

f=z230_l9-county-joint-offices-docx-notice-title-with-issuers-and-yin-fa
python3 "$root/tools/samples/make_docx.py" "$here/$f.src.txt" "$zoo/$f.docx"

f=z231_l9-policy-content-site-city-prints-headline-office-signature-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.txt" > "$zoo/$f.txt"
