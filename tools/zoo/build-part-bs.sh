#!/usr/bin/env bash
# Builds the part BS (held-out, representative sample of GOVERNMENT QUALITY WORK ASSESSMENT pages — 质量工作考核 办法,
# 通知, 结果通报 and news of them at every level, 2012–2022, taken in search order) zoo fixtures that are made from a
# source rather than written by hand:
#   z821  a spun (synonym-swapped) Traditional+pinyin copy, on a wall-advertising company's site, of a city's 2016
#         citizen quality-satisfaction survey report: the naive map of parts H–BI (naive-traditional.sh), 牆 printed
#         墻 and 於 printed 于 as the sampled copy prints them, pinyin after 戰 and 區;
#   z822  a Traditional+pinyin copy of an evening paper's item on a province's quality-work assessment measures, its
#         doubled commas (`,,`, `,。`, `,、`) in the source: the naive map with 考覈 put back to
#         考核 and 啓 printed 啟 (as the sampled copy prints them), pinyin after fourteen characters.
# The other files of the part (z819, z820, z823–z828) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bs.sh: opencc is missing (Debian: apt-get install opencc); z821 and z822 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z821_l6-traditional-pinyin-spun-copy-wall-advertising-site-city-citizen-quality-satisfaction-survey-report-2016-glued-site-name-bracket-spun-words-ad-footer
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/牆/墻/g' -e 's/於/于/g' -e 's/戰/戰(zhàn)/g' -e 's/區/區(qū)/g' \
  > "$zoo/$f.txt"

f=z822_l6-traditional-pinyin-copy-evening-paper-item-province-office-issues-quality-work-assessment-measures-doubled-commas-no-headline-no-date
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' -e 's/啓/啟/g' -e 's/報/報(bào)/g' -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' -e 's/務/務(wù)/g' \
        -e 's/領/領(lǐng)/g' -e 's/實/實(shí)/g' -e 's/評/評(píng)/g' -e 's/滿/滿(mǎn)/g' -e 's/問/問(wèn)/g' \
        -e 's/責/責(zé)/g' -e 's/約/約(yuē)/g' -e 's/談/談(tán)/g' -e 's/謊/謊(huǎng)/g' \
  > "$zoo/$f.txt"
