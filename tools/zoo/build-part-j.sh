#!/usr/bin/env bash
# Builds the part J (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z186  a county portal saved in its pinyin reading mode: pinyin after ten frequent Simplified characters
#         (pinyin_after_simplified.py), inside names, numbers' labels and words (L7);
#   z189  a county bureau's 2009 page as GBK bytes: `iconv -f UTF-8 -t GBK` of a UTF-8 source (fails, and so does
#         this script, if a character is outside GBK);
#   z191  a 2010 quality-newspaper page through a naive Simplified -> Traditional map (OpenCC s2t, then the phrase-level
#         choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制), as part H's z158;
#   z194  an autonomous county office's notice and work points as .docx (tools/samples/make_docx.py);
#   z195  a 政务文库 mirror of a county-level city's 2013 action plan, the same naive map;
#   z196  a content site's copy of a regional opinion as text, the same naive map;
#   z202  text copied out of a city's PDF: Kangxi look-alikes in the plan's body only (pdf_lookalikes_body.py); the
#         fixed-width lines, page numbers and running headers are in the source as the copy shows them.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-j.sh: opencc is missing (Debian: apt-get install opencc); z191, z195 and z196 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z186_l7-county-portal-simplified-pinyin-autonomous-county-plan
python3 "$here/pinyin_after_simplified.py" < "$here/$f.src.html" > "$zoo/$f.html"

f=z189_l2-county-bureau-site-2009-quality-county-opinion-gbk
iconv -f UTF-8 -t GBK "$here/$f.src.txt" > "$zoo/$f.txt"

for f in z191_l6-traditional-mirror-2010-quality-news-province-executive-meeting \
         z195_l6-traditional-mirror-county-city-action-plan-site-name-as-issuer-field; do
  naive_traditional "$here/$f.src.html" > "$zoo/$f.html"
done

f=z196_l6-traditional-content-farm-region-opinion-no-issuer-no-number
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z194_l10-autonomous-county-office-docx-work-points-numeral-date-banji
python3 "$root/tools/samples/make_docx.py" "$here/$f.src.txt" "$zoo/$f.docx"

f=z202_l8-pdf-text-city-thirteenth-plan-running-header-kangxi
python3 "$here/pdf_lookalikes_body.py" "$here/$f.src.txt" "$zoo/$f.txt" 为贯彻落实 石嘴山市“十三五”
