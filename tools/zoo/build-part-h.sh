#!/usr/bin/env bash
# Builds the part H (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z147  a policy-document mirror run through a naive one-to-one Simplified -> Traditional map (OpenCC s2t, then the
#         phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制) and given
#         pinyin after the converted characters (pinyin_after_traditional.py, as z122): 壽政發(fā)[2012]57號;
#   z153  text copied out of a city office's red-masthead PDF (redhead_pdf_text.py): fixed-width lines, Kangxi and
#         radical-supplement look-alikes in body text only, `— N —` page numbers;
#   z154  a county office's notice and work plan as .docx (tools/samples/make_docx.py);
#   z158  a quality-newspaper mirror, the same naive map and pinyin as z147;
#   z159  a content-farm copy of a national notice through the naive map (no pinyin), then two quoted phrases damaged
#         the way a GBK/UTF-8 slip damages them (`“質量第?!币庾R`), which is what the real copy showed;
#   z162  a county bureau's 2008 page as GBK bytes (the source is UTF-8; iconv fails, and so does this script, if a
#         character is outside GBK).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian:
# libc-bin) and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-h.sh: opencc is missing (Debian: apt-get install opencc); z147, z158 and z159 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

z147=z147_l6-traditional-pinyin-mirror-table-issuer-without-shi-flattened
naive_traditional "$here/$z147.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$z147.html"

z153=z153_l8-redhead-pdf-text-kangxi-work-points-banji
python3 "$here/redhead_pdf_text.py" "$here/$z153.src.txt" > "$zoo/$z153.txt"

z154=z154_l10-county-masthead-docx-work-plan-numeral-date
python3 "$root/tools/samples/make_docx.py" "$here/$z154.src.txt" "$zoo/$z154.docx" >&2

z158=z158_l6-quality-news-mirror-2010-province-opinion-draft-passed
naive_traditional "$here/$z158.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$z158.html"

z159=z159_l6-national-quality-month-notice-naive-traditional-mojibake-quotes
naive_traditional "$here/$z159.src.html" \
  | sed -e 's/“質量第一”意識/“質量第?!币庾R/' -e 's/“質量強國”建設/“質量強?!苯ㄔO/' \
  > "$zoo/$z159.html"
grep -q '第?!币庾R' "$zoo/$z159.html" || { echo "build-part-h.sh: z159's damaged quote was not made" >&2; exit 1; }

z162=z162_l2-bureau-site-2008-county-opinion-gbk
iconv -f UTF-8 -t GBK "$here/$z162.src.txt" > "$zoo/$z162.txt"

for f in "$z147.html" "$z153.txt" "$z154.docx" "$z158.html" "$z159.html" "$z162.txt"; do
  echo "built ${f%%_*} ($(wc -c < "$zoo/$f") bytes)" >&2
done
