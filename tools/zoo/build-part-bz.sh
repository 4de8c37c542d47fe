#!/usr/bin/env bash
# Builds the part BZ (held-out, representative sample of COUNTY quality-strong-county CREATION and ACCEPTANCE pages,
# as a researcher collecting 质量强县 示范县 创建 方案, 验收 公示 and 创建 汇报/总结 would search for them, 2015–2024, taken
# in search order) zoo fixtures that are made from a source rather than written by hand:
#   z894  a naive-Traditional copy, on an unrelated host, of a prefecture news site's item on a county honoured at the
#         city's quality conference (2018), as text: the naive Simplified -> Traditional map of parts H–BI
#         (naive-traditional.sh) with OpenCC's 示範 and 瞭解 put back to 示范 and 了解 (as the sampled copy prints them); the image lines and the editor line with its trailing pipe are in the source;
#   z895  a Traditional+pinyin copy, on an unrelated host, of a county portal's item on its 2024 质量强县 work meeting,
#         as text: the pinyin is written in the Simplified source after the characters the sampled copy marks, then the
#         naive map (the tone-marked ASCII passes through OpenCC unchanged) with 考覈, 喫透 and the name's 峯 put back to 考核,
#         吃透 and 峰.
# The other files of the part (z889–z893, z896, z897) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bz.sh: opencc is missing (Debian: apt-get install opencc); z894 and z895 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z894_l6-naive-traditional-copy-prefecture-news-site-county-honoured-at-city-quality-conference-2018-image-lines-around-body-editor-pipe-tail
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/示範/示范/g' -e 's/瞭解/了解/g' \
  > "$zoo/$f.txt"

f=z895_l6-traditional-pinyin-unrelated-host-copy-county-portal-quality-county-work-meeting-2024-body-only-no-headline-yearless-day-first-in-city
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' -e 's/喫透/吃透/g' -e 's/梁志峯/梁志峰/g' \
  > "$zoo/$f.txt"
