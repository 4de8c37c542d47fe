#!/usr/bin/env bash
# Builds the part M (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z235  a policy-news site's page of a city office's notice, headed by the attached plan's title and giving no
#         number, through a naive Simplified -> Traditional map (OpenCC s2t, then the phrase-level choices such a
#         map does not make undone: 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制, as parts H–K), then pinyin after
#         converted characters (pinyin_after_traditional.py);
#   z238  a city portal's 2013 page of meeting minutes as GB18030 bytes (`iconv -f UTF-8 -t GB18030`);
#   z239  text copied out of a county-level city's PDF: Kangxi look-alikes in the plan's body only
#         (pdf_lookalikes_body.py); the 26-character lines, page numbers and running headers are in the source as the
#         copy shows them;
#   z242  a content site's copy of an autonomous region's opinion as text, the same naive map;
#   z243  a district's joint party/government office notice as .docx (tools/samples/make_docx.py);
#   z244  a mirror's page of a city notice copied out as text, the same naive map and pinyin
#         (pinyin_after_traditional_text.py).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-m.sh: opencc is missing (Debian: apt-get install opencc); z235, z242 and z244 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z235_l6-traditional-pinyin-policy-site-headline-is-attached-plan-no-number-city-office
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"

f=z238_l10-city-portal-executive-meeting-minutes-codeless-number-circle-numeral-date-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.txt" > "$zoo/$f.txt"

f=z239_l8-pdf-text-county-city-fourteenth-plan-autonomous-prefecture-page-break-mid-target-list
python3 "$here/pdf_lookalikes_body.py" "$here/$f.src.txt" "$zoo/$f.txt" "    为深入贯彻" 弥勒市“十四五”

f=z242_l6-traditional-content-farm-region-party-gov-opinion-no-number-no-signature
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z243_l12-district-party-gov-offices-joint-notice-docx-three-year-plan
python3 "$root/tools/samples/make_docx.py" "$here/$f.src.txt" "$zoo/$f.docx"

f=z244_l6-traditional-pinyin-mirror-number-first-city-notice-no-page-date
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"
