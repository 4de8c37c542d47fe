#!/usr/bin/env bash
# Builds the part E (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z85  a county office's notice wrapping two attachment plans, as .docx (tools/samples/make_docx.py);
#   z89  a 2008 page of a city 质量技术监督局 as GBK bytes (old ASP sites served GBK; the source is UTF-8 with
#        half-width punctuation); iconv fails, and so does this script, if a character is outside GBK;
#   z95  a two-column gazette page as a PDF viewer copies it row by row (two_column_pdf_text.py).
# Deterministic: same sources -> same bytes. Run from anywhere; needs python3 and iconv (Debian: libc-bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

python3 "$root/tools/samples/make_docx.py" "$here/z85_l10-notice-two-attachment-plans.src.txt" \
  "$zoo/z85_l10-notice-two-attachment-plans.docx" >&2
iconv -f UTF-8 -t GBK "$here/z89_l10-2008-quality-city-bureau-gbk.src.txt" > "$zoo/z89_l10-2008-quality-city-bureau-gbk.txt"
python3 "$here/two_column_pdf_text.py" "$here/z95_l8-pdf-two-column-gazette-interleaved.src.txt" \
  > "$zoo/z95_l8-pdf-two-column-gazette-interleaved.txt"
echo "built z85, z89 ($(wc -c < "$zoo/z89_l10-2008-quality-city-bureau-gbk.txt") bytes), z95 ($(wc -c < "$zoo/z95_l8-pdf-two-column-gazette-interleaved.txt") bytes)" >&2
