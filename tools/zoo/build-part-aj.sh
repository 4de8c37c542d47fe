#!/usr/bin/env bash
# Builds the part AJ (held-out, representative sample of COUNTY- and DISTRICT-level pages: county portals, county news and
# e-paper sites, reposting and policy-service sites, Traditional copies) zoo fixtures that are made from a source rather than
# written by hand:
#   z471  a Traditional+pinyin copy of a district quality-development committee office's note on the consultation of its
#         award measures, one paragraph with injected ASCII commas, as text: the naive Simplified -> Traditional map of parts
#         H–AH (naive-traditional.sh), 徵求 put back to 征求 as the sampled copy prints it, then pinyin after only the six
#         characters the sampled copy annotates (區, 規, 現, 網, 續, 業; 質, 獎, 評, 發, 議 stay bare);
#   z473  a naive-Traditional copy of an autonomous prefecture's leading-group office consultation on its government quality
#         award measures, as text: the naive map, with 征求, 聯系 and 請于 left as the sampled copy prints them (OpenCC's 徵, 聯繫
#         and 於 after 請 undone).
# z469, z470, z472, z474–z478 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-aj.sh: opencc is missing (Debian: apt-get install opencc); z471 and z473 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z471_l6-traditional-pinyin-copy-district-quality-committee-office-award-measures-consultation-outcome-note-one-paragraph-injected-commas-no-title
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/徵/征/g' \
        -e 's/區/區(qū)/g' -e 's/規/規(guī)/g' -e 's/現/現(xiàn)/g' -e 's/網/網(wǎng)/g' -e 's/續/續(xù)/g' \
        -e 's/業/業(yè)/g' \
  > "$zoo/$f.txt"

f=z473_l6-naive-traditional-copy-autonomous-prefecture-leading-group-office-government-quality-award-measures-consultation-no-title-short-signature
naive_traditional "$here/$f.src.txt" | sed -e 's/徵/征/g' -e 's/聯繫/聯系/g' -e 's/請於/請于/g' > "$zoo/$f.txt"
