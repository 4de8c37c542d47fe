#!/usr/bin/env bash
# Builds the part BP (held-out, representative sample of the EARLIER generation of city and county quality-strong plans
# after the 2012 质量发展纲要 — 质量强市 决定, 实施意见, 质量兴市 规划, 2012–2019 — as a researcher collecting them on city and
# county portals and in their gazettes would search for them, taken in search order) zoo fixtures that are made from a
# source rather than written by hand:
#   z790  a Traditional+pinyin copy of a quality paper's item on a city's 十三五 outline putting quality first (2016), as
#         text: the naive Simplified -> Traditional map of parts H–BI (naive-traditional.sh), then pinyin after 发/规/质/报/标
#         as the sampled copy prints them (the `?毒V要》` slips, GBK residue of `。《纲要》`, are in the source).
# The other files of the part (z789, z791, z792, z793) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bp.sh: opencc is missing (Debian: apt-get install opencc); z790 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z790_l6-traditional-pinyin-copy-quality-paper-item-city-thirteenth-five-year-outline-quality-first-pursuit-2016-source-time-line-question-mark-slips
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/規/規(guī)/g' -e 's/質/質(zhì)/g' -e 's/報/報(bào)/g' -e 's/標/標(biāo)/g' \
  > "$zoo/$f.txt"
