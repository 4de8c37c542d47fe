#!/usr/bin/env bash
# Builds the part DJ (held-out, representative sample of quality-strong documents and reports of the WESTERN provinces
# — 四川 重庆 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 and their cities, prefectures and counties, 质量强省/强区/强州/强县
# 意见, 方案, 要点, 报道, 2012–2025 — as a researcher collecting them would search for them, taken in search order) zoo
# fixture that is made from a source rather than written by hand:
#   z1253  a Traditional+pinyin copy, on an unrelated host, of a region's press-conference item on its 质量强区 results
#          (headline, day-only lead, cut at a section head): OpenCC's s2t, then pinyin after EVERY 進, 質, 強, 區, 設,
#          發, 務, 養, 驗 and 獲 (the copy's converter marks those characters wherever they occur, the headline too).
# The other files of the part (z1249–z1252, z1254–z1258) are written as committed (UTF-8).
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-dj.sh: opencc is missing (Debian: apt-get install opencc); the part's built file cannot be built" >&2
  exit 1
fi

f=z1253_l6-traditional-pinyin-unrelated-host-copy-region-press-conference-quality-region-results-2023-headline-day-only-lead-cut
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/進/進(jìn)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/區/區(qū)/g' -e 's/設/設(shè)/g' \
        -e 's/發/發(fā)/g' -e 's/務/務(wù)/g' -e 's/養/養(yǎng)/g' -e 's/驗/驗(yàn)/g' -e 's/獲/獲(huò)/g' \
  > "$zoo/$f.txt"
