#!/usr/bin/env bash
# Builds the part BL (held-out, representative sample of PROVINCIAL quality documents of every period — 质量兴省/强省
# 决定 and 意见, 质量发展纲要 实施意见 and 纲要 of 2012–2013, 质量提升 实施意见 of 2018, 2023 实施意见, annual 考核 通报,
# 评分细则 and 规划 — as a researcher collecting what provincial portals and bureaux post would search for them, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z749  a Traditional + pinyin copy (no address) of a report on a province government's 质量兴省战略 decision: the naive
#         Simplified -> Traditional map (naive-traditional.sh), pinyin after 發, 戰, 業, 創, 協 and 調, and the mojibake run
#         `?!稕Q定》` for `。《決定》` at the source's @@MOJIBAKE@@ mark (as the sampled copy prints one);
#   z753  a Traditional + pinyin document-sharing page of a city's 2016 质量工作考核评分细则 (部门), glued in one run: the naive
#         map, pinyin after 權, 進, 舉, 報, 級, 標, 劃, 務, 產 and 監;
#   z756  a spam-wrapped naive-Traditional copy, on a province portal's topic column, of a quality paper's item on the
#         national 2023 纲要 progress figures: a Simplified spam line the wrapper adds, then the naive map.
# The other files of the part (z750, z751, z752, z754, z755, z757, z758) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bl.sh: opencc is missing (Debian: apt-get install opencc); z749, z753 and z756 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z749_l6-traditional-pinyin-copy-province-government-quality-province-strategy-decision-issued-report-yearless-day-mojibake-run-reward-amounts
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/戰/戰(zhàn)/g' -e 's/業/業(yè)/g' -e 's/創/創(chuàng)/g' -e 's/協/協(xié)/g' -e 's/調/調(diào)/g' \
        -e 's/。@@MOJIBAKE@@/?!稕Q定》/' \
  > "$zoo/$f.txt"

f=z753_l6-traditional-pinyin-doc-sharing-site-city-quality-work-assessment-scoring-rules-departments-2016-glued-one-run-page-marks-copyright-notice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/權/權(quán)/g' -e 's/進/進(jìn)/g' -e 's/舉/舉(jǔ)/g' -e 's/報/報(bào)/g' -e 's/級/級(jí)/g' \
        -e 's/標/標(biāo)/g' -e 's/劃/劃(huà)/g' -e 's/務/務(wù)/g' -e 's/產/產(chǎn)/g' -e 's/監/監(jiān)/g' \
  > "$zoo/$f.txt"

f=z756_l6-spam-wrapped-naive-traditional-province-portal-topic-media-column-copy-quality-paper-national-2023-outline-progress-figures-crumb-source-time-font-size
{
  printf '%s\n\n' '国产精品高清在线观看_热门影视免费看_最新电视剧在线播放'
  naive_traditional "$here/$f.src.txt"
} > "$zoo/$f.txt"
