#!/usr/bin/env bash
# Builds the part BK (held-out, representative sample of COUNTY and DISTRICT quality plans and the interpretation and
# news pages around them, as a researcher collecting 质量强县/质量强区 plans would search for them, 2012–2024, taken in
# search order) zoo fixture that is made from a source rather than written by hand:
#   z744  a template-essay site's copy of a district head's speech at a 2012 government-quality-award mobilisation, as
#         text in Traditional with pinyin after some characters, the way the sampled copy prints them (`區(qū)長`,
#         `質(zhì)量`): OpenCC's s2t through the naive map of parts H–BI (naive-traditional.sh), then 來源於 and 藉此 put back to 來源于 and
#         借此 (as the copy prints them), then "(reading)" after
#         the characters 區 質 導 網 強 業 創 責 務 學 (a fixed set, by character, not by word).
# The other files of the part (z739–z743, z745–z748) are written as committed (UTF-8).
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bk.sh: opencc is missing (Debian: apt-get install opencc); z744 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z744_l6-traditional-pinyin-template-essay-site-district-head-speech-government-quality-award-mobilisation-2012-copy-time-lead-disclaimer-title-twice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/來源於/來源于/g' -e 's/藉此/借此/g' \
        -e 's/區/區(qū)/g' -e 's/質/質(zhì)/g' -e 's/導/導(dǎo)/g' -e 's/網/網(wǎng)/g' -e 's/強/強(qiáng)/g' \
        -e 's/業/業(yè)/g' -e 's/創/創(chuàng)/g' -e 's/責/責(zé)/g' -e 's/務/務(wù)/g' -e 's/學/學(xué)/g' \
  > "$zoo/$f.txt"
