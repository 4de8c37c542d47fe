#!/usr/bin/env bash
# Builds the part F (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z113  a policy-mirror page converted to Traditional by a naive one-to-one character map, as some mirror sites
#         do: OpenCC's s2t, then the phrase-level choices such a map does not make are undone (關於→關于, 佔→占, 爲→為,
#         發佈→發布, 製→制), which is what the real mirror pages show;
#   z119  a city site's page as GBK bytes (the source is UTF-8); iconv fails, and so does this script, if a
#         character is outside GBK;
#   z120  an attachment-only county plan as .docx (tools/samples/make_docx.py).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian:
# libc-bin) and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-f.sh: opencc is missing (Debian: apt-get install opencc); z113 cannot be built" >&2
  exit 1
fi
opencc -c s2t -i "$here/z113_l6-naive-traditional-mirror-target-table.src.html" \
  | sed -e 's/關於/關于/g' -e 's/佔/占/g' -e 's/發佈/發布/g' -e 's/製/制/g' -e 's/爲/為/g' \
  > "$zoo/z113_l6-naive-traditional-mirror-target-table.html"
iconv -f UTF-8 -t GBK "$here/z119_l2-results-circular-city-committee-office-gbk.src.txt" \
  > "$zoo/z119_l2-results-circular-city-committee-office-gbk.txt"
python3 "$root/tools/samples/make_docx.py" "$here/z120_l13-attachment-only-county-plan.src.txt" \
  "$zoo/z120_l13-attachment-only-county-plan.docx" >&2
echo "built z113 ($(wc -c < "$zoo/z113_l6-naive-traditional-mirror-target-table.html") bytes), z119 ($(wc -c < "$zoo/z119_l2-results-circular-city-committee-office-gbk.txt") bytes), z120" >&2
