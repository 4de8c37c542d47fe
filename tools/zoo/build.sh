#!/usr/bin/env bash
# Builds the zoo fixtures of part A that are made from a source rather than written by hand:
#   z07  GB18030 bytes of a department-site reprint (real county sites still serve GBK/GB18030 pages);
#   z16  a mirror page run through a Simplified -> Taiwan converter, then given inline pinyin after some
#        characters, as mirror sites do (發(fā)展, 人(rén)民).
# The output is deterministic: same sources and same OpenCC -> same bytes. Run from anywhere.
#
# Step 2 of z16 repeats tools/samples/make_traditional.sh: Debian's OpenCC 1.1 no longer makes four Taiwan
# substitutions (計劃→計畫 宏觀→巨觀 應用→套用 群眾性→民眾性) that older converters made and real mirrors carry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
zoo="$(cd "$here/../../tests/Zoo" && pwd)"

iconv -f UTF-8 -t GB18030 "$here/z07_l2-county-bureau-reprint.src.txt" > "$zoo/z07_l2-county-bureau-reprint-gb18030.txt"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build.sh: opencc is missing (Debian: apt-get install opencc); z16 not rebuilt" >&2
  exit 1
fi
opencc -c s2twp -i "$here/z16_l6-traditional-pinyin-mirror.src.html" \
  | sed -e 's/計劃/計畫/g' -e 's/宏觀/巨觀/g' -e 's/應用/套用/g' -e 's/群眾性/民眾性/g' \
  | python3 "$here/add_pinyin.py" \
  > "$zoo/z16_l6-traditional-pinyin-mirror.html"
echo "built z07 ($(wc -c < "$zoo/z07_l2-county-bureau-reprint-gb18030.txt") bytes), z16 ($(wc -c < "$zoo/z16_l6-traditional-pinyin-mirror.html") bytes)" >&2
