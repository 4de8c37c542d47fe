#!/usr/bin/env bash
# Builds the part D (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z68  a county-level city's notice as .docx, title set over three centred paragraphs (make_docx.py);
#   z71  text of a Word-exported PDF as pdftotext delivers it: form feeds between pages, `第 N 页 共 M 页`
#        footers, chapter/section headings spaced out glyph by glyph (pdftotext_pages.py);
#   z73  a Hong Kong news page reprinting a Guangdong plan: the source's leading comment is dropped, the page
#        (written in Simplified) is converted by OpenCC s2hk (Hong Kong standard characters, no Taiwan vocabulary,
#        no pinyin), then the three Hong Kong variant forms s2hk produces that are not in Big5 (着 羣 閲) are folded
#        to their plain Big5 forms (著 群 閱), so the page holds only characters a Big5 site would. The build fails
#        if any other character outside Big5 remains.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs Debian's opencc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

python3 "$root/tools/samples/make_docx.py" "$here/z68_l10-three-line-title-county-city.src.txt" \
  "$zoo/z68_l10-three-line-title-county-city.docx" >&2
python3 "$here/pdftotext_pages.py" "$here/z71_l8-pdf-region-plan-chapters.src.txt" \
  > "$zoo/z71_l8-pdf-region-plan-chapters.txt"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-d.sh: opencc is missing (Debian: apt-get install opencc); z73 not rebuilt" >&2
  exit 1
fi
sed -e "1,/-->/d" "$here/z73_l6-hongkong-traditional-reprint.src.html" | opencc -c s2hk \
  | sed -e 's/着/著/g' -e 's/羣/群/g' -e 's/閲/閱/g' \
  > "$zoo/z73_l6-hongkong-traditional-reprint.html"
python3 - "$zoo/z73_l6-hongkong-traditional-reprint.html" <<'PY'
import sys, unicodedata
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
bad = sorted({c for c in text if ord(c) > 127 and c.encode("big5", errors="ignore") == b""})
if bad:
    sys.exit(f"build-part-d.sh: {path} holds characters outside Big5: {' '.join(bad)}")
PY
echo "built z68, z71 ($(wc -c < "$zoo/z71_l8-pdf-region-plan-chapters.txt") bytes), z73 ($(wc -c < "$zoo/z73_l6-hongkong-traditional-reprint.html") bytes)" >&2
