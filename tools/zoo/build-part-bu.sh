#!/usr/bin/env bash
# Builds the part BU (held-out, representative sample of QUALITY INFRASTRUCTURE and METROLOGY policies and reports, as a
# researcher collecting 质量基础设施/一站式/计量/检验检测 documents at any level would search for them, 2010–2025, taken in search
# order) zoo fixtures that are made from a source rather than written by hand:
#   z845  a standards site's Traditional+pinyin copy of an (invented) State Council notice issuing a plan, as text: a partial
#         converter — the naive Simplified -> Traditional map of parts H–BI (naive-traditional.sh) with 標/將/準確/隨著/產 put
#         back to 标/将/准确/随着/産 as the sampled copy leaves them — then pinyin after 民, 你, 請, 科, 生, 日 and 體;
#   z846  a spam-wrapped Traditional+pinyin copy, on a company site, of a news item on the national testing industry's
#         revenue (2025), as text: a spam line the wrapper adds, then the naive map, then pinyin after 國, 檢, 驗, 測, 場, 監,
#         開, 會, 發, 長 and 營;
#   z847  a Traditional+pinyin copy of a market-regulation paper's item on a district's 计量惠民 work (2025), as text: the
#         naive map, then pinyin after 區, 監, 質, 進, 準, 計, 關 and 專 (the `????` run after the time is in the source).
# The other files of the part (z839–z844, z848) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bu.sh: opencc is missing (Debian: apt-get install opencc); z845, z846 and z847 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z845_l6-traditional-pinyin-standards-site-copy-state-council-notice-invented-quality-infrastructure-plan-title-twice-partial-converter
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/標/标/g' -e 's/將/将/g' -e 's/準確/准确/g' -e 's/隨著/随着/g' -e 's/產/産/g' \
  | sed -e 's/民/民(mín)/g' -e 's/你/你(nǐ)/g' -e 's/請/請(qǐng)/g' -e 's/科/科(kē)/g' -e 's/生/生(shēng)/g' \
        -e 's/日/日(rì)/g' -e 's/體/體(tǐ)/g' \
  > "$zoo/$f.txt"

f=z846_l6-spam-wrapped-traditional-pinyin-company-site-national-testing-industry-revenue-press-conference-2025-time-views-line
{
  printf '%s\n\n' '免费高清影院|最新电影在线看|热门剧集抢先看|手机在线观看无需下载|精品资源每日更新'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/國/國(guó)/g' -e 's/檢/檢(jiǎn)/g' -e 's/驗/驗(yàn)/g' -e 's/測/測(cè)/g' -e 's/場/場(chǎng)/g' \
          -e 's/監/監(jiān)/g' -e 's/開/開(kāi)/g' -e 's/會/會(huì)/g' -e 's/發/發(fā)/g' -e 's/長/長(zhǎng)/g' -e 's/營/營(yíng)/g'
} > "$zoo/$f.txt"

f=z847_l6-traditional-pinyin-regulation-paper-copy-district-metrology-for-people-item-2025-question-mark-run-source-line
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/監/監(jiān)/g' -e 's/質/質(zhì)/g' -e 's/進/進(jìn)/g' -e 's/準/準(zhǔn)/g' \
        -e 's/計/計(jì)/g' -e 's/關/關(guān)/g' -e 's/專/專(zhuān)/g' \
  > "$zoo/$f.txt"
