#!/usr/bin/env bash
# Builds the part C (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z52  text of a city gazette PDF, laid out by gazette_pdf_text.py (fixed-width lines, page numbers,
#        alternating running heads) from z52_…src.txt;
#   z54  a page of a government site seen through a "big5 gate" mirror: the whole page converted to
#        Traditional characters by OpenCC's plain s2t (characters and phrases, no Taiwan vocabulary and no
#        pinyin), which is how such mirrors convert. s2t's own slips are kept on purpose, because mirrors make
#        them too: 把握发展 → 把握髮展 (髮 "hair"), 为 → 爲, and 全市制造业 left as 制造業 beside 製造業.
# Deterministic: same sources and same OpenCC → same bytes. Run from anywhere; needs Debian's opencc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
zoo="$(cd "$here/../../tests/Zoo" && pwd)"

python3 "$here/gazette_pdf_text.py" "$here/z52_l8-pdf-gazette-contents.src.txt" > "$zoo/z52_l8-pdf-gazette-contents.txt"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-c.sh: opencc is missing (Debian: apt-get install opencc); z54 not rebuilt" >&2
  exit 1
fi
opencc -c s2t -i "$here/z54_l6-traditional-gate-mirror.src.html" > "$zoo/z54_l6-traditional-gate-mirror.html"
echo "built z52 ($(wc -c < "$zoo/z52_l8-pdf-gazette-contents.txt") bytes), z54 ($(wc -c < "$zoo/z54_l6-traditional-gate-mirror.html") bytes)" >&2
