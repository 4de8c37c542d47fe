#!/usr/bin/env bash
# Builds the part CC (held-out, representative sample of TASK-DIVISION and RESPONSIBILITY documents for quality-strong
# plans — 重点任务分工方案, 责任分工, 任务清单, 部门职责 for 质量强省/强市/强县 and 质量提升行动, 2013–2025 — as a researcher
# collecting them would search for them, taken in search order) zoo fixtures that are made from a source rather than
# written by hand:
#   z919  a Traditional+pinyin mirror's copy of a commentary on the 2023 质量强国建设纲要, body only: the naive
#         Simplified -> Traditional map of parts H–BI (naive-traditional.sh), then pinyin after 質, 設, 發, 標, 導, 準,
#         確, 貫, 構, 戰, 極, 術, 規, 現, 實, 動, 產, 業, 務 and 礎 (as the sampled mirror prints such readings), and one
#         sentence break read through a GBK/Big5 mix-up (`。《綱要》` -> `?!毒V要》`), as on the sampled page.
#   z925  a policy site's Traditional copy with pinyin of a region bureau's and seventeen departments' 2023 notice and
#         quality-upgrade plan: the naive map, then pinyin after 區, 監, 發, 業, 鄉 and 衛 only (as the sampled page prints
#         such readings).
#   z928  a gazette mirror's Traditional copy with pinyin of a county-level city office's 2013 质量强市 action plan: the
#         naive map, then pinyin after 辦, 關, 發, 質, 強, 動, 來, 時, 號, 機, 類, 鎮, 區, 會, 現, 請, 實, 標, 產 and 驗
#         (as the sampled copy prints such readings).
# The other files of the part are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cc.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be made" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z919_l6-traditional-pinyin-mirror-national-outline-commentary-2023-body-only-no-headline-gbk-mojibake-splice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/建設質量強國,首先要把準目標方向。《綱要》提出/建設質量強國,首先要把準目標方向?!毒V要》提出/' \
  | sed -e 's/質/質(zhì)/g' -e 's/設/設(shè)/g' -e 's/發/發(fā)/g' -e 's/標/標(biāo)/g' -e 's/導/導(dǎo)/g' \
        -e 's/準/準(zhǔn)/g' -e 's/確/確(què)/g' -e 's/貫/貫(guàn)/g' -e 's/構/構(gòu)/g' -e 's/戰/戰(zhàn)/g' \
        -e 's/極/極(jí)/g' -e 's/術/術(shù)/g' -e 's/規/規(guī)/g' -e 's/現/現(xiàn)/g' -e 's/實/實(shí)/g' \
        -e 's/動/動(dòng)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/務/務(wù)/g' -e 's/礎/礎(chǔ)/g' \
  > "$zoo/$f.txt"

f=z925_l6-policy-site-traditional-pinyin-region-bureau-and-17-departments-product-engineering-service-quality-plan-2023-2025-title-split-three-lines-18-signatures
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/監/監(jiān)/g' -e 's/發/發(fā)/g' -e 's/業/業(yè)/g' -e 's/鄉/鄉(xiāng)/g' -e 's/衛/衛(wèi)/g' \
  > "$zoo/$f.txt"

f=z928_l6-gazette-mirror-traditional-pinyin-county-city-office-quality-city-2013-action-plan-issue-line-source-time-empty-brackets-site-as-issuer-late-written-date
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/辦/辦(bàn)/g' -e 's/關/關(guān)/g' -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' \
        -e 's/動/動(dòng)/g' -e 's/來/來(lái)/g' -e 's/時/時(shí)/g' -e 's/號/號(hào)/g' -e 's/機/機(jī)/g' \
        -e 's/類/類(lèi)/g' -e 's/鎮/鎮(zhèn)/g' -e 's/區/區(qū)/g' -e 's/會/會(huì)/g' -e 's/現/現(xiàn)/g' \
        -e 's/請/請(qǐng)/g' -e 's/實/實(shí)/g' -e 's/標/標(biāo)/g' -e 's/產/產(chǎn)/g' -e 's/驗/驗(yàn)/g' \
  > "$zoo/$f.txt"
