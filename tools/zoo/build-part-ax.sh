#!/usr/bin/env bash
# Builds the part AX (held-out, representative sample drawn with searches phrased as a researcher collecting PREFECTURE-level
# policies on standards, brands, metrology and certification — 标准化, 品牌建设, 计量, 检验检测, 质量基础设施 一站式服务,
# 2015–2025 — taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z609  a pump company's news column copying a prefecture paper's item on two GI trademark applications helped by the
#         prefecture's chronicle office, as text: the naive Simplified -> Traditional map of parts H–AV (naive-traditional.sh),
#         then pinyin after 網, 時, 開, 書, 進, 產, 來, 實, 門, 縣, 動 and 與 (縣 in every 茂縣 too);
#   z613  a policy-service site's API detail page keeping one reward clause of a standard-setting support policy, as text:
#         the naive map, then pinyin after 導, 國, 標, 準, 發, 礎, 獎, 勵, 級 and 業 (the attribute tail `…基礎">` is in
#         the source);
#   z615  a company site's copy of the national certification body's 2024 notice issuing a small-firm certification plan,
#         as text: the naive map, then pinyin after 區, 轄, 產, 設, 團, 場, 監, 構, 現, 發, 實 and 質;
#   z617  a spam-wrapped copy of a 2025 item on the national testing industry's 2024 revenue, as text: a Simplified spam
#         line the wrapper adds, then the naive map, then pinyin after 國, 驗, 測, 業, 營, 長, 術, 場, 監, 區 and 發 (the
#         doubled `,,` and the stray `;` are in the source);
#   z618  a site's 质检 column copying a quality paper's item on a province's compulsory-verification instrument platform,
#         as text: the naive map only (no pinyin).
# z610, z611, z612, z614 and z616 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ax.sh: opencc is missing (Debian: apt-get install opencc); z609, z613, z615, z617 and z618 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z609_l6-traditional-pinyin-pump-company-news-copy-prefecture-paper-item-gi-trademark-applications-chronicle-office-yearbook-paper-date-header
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/網/網(wǎng)/g' -e 's/時/時(shí)/g' -e 's/開/開(kāi)/g' -e 's/書/書(shū)/g' -e 's/進/進(jìn)/g' \
        -e 's/產/產(chǎn)/g' -e 's/來/來(lái)/g' -e 's/實/實(shí)/g' -e 's/門/門(mén)/g' -e 's/縣/縣(xiàn)/g' \
        -e 's/動/動(dòng)/g' -e 's/與/與(yǔ)/g' \
  > "$zoo/$f.txt"

f=z613_l6-traditional-pinyin-policy-service-api-page-standard-setting-reward-clause-attribute-tail-no-title-no-place
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/導/導(dǎo)/g' -e 's/國/國(guó)/g' -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/發/發(fā)/g' \
        -e 's/礎/礎(chǔ)/g' -e 's/獎/獎(jiǎng)/g' -e 's/勵/勵(lì)/g' -e 's/級/級(jí)/g' -e 's/業/業(yè)/g' \
  > "$zoo/$f.txt"

f=z615_l6-traditional-pinyin-company-site-copy-national-certification-body-small-firm-certification-help-plan-notice-2024-opens-at-addressees-plan-heading
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/轄/轄(xiá)/g' -e 's/產/產(chǎn)/g' -e 's/設/設(shè)/g' -e 's/團/團(tuán)/g' \
        -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/構/構(gòu)/g' -e 's/現/現(xiàn)/g' -e 's/發/發(fā)/g' \
        -e 's/實/實(shí)/g' -e 's/質/質(zhì)/g' \
  > "$zoo/$f.txt"

f=z617_l6-spam-wrapped-traditional-pinyin-copy-national-testing-industry-revenue-2024-press-conference-item-time-views-doubled-punctuation
{
  printf '%s\n\n' '免费影视在线看|高清电影电视剧大全|最新综艺抢先看|福利导航一站直达|每日更新不迷路'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/國/國(guó)/g' -e 's/驗/驗(yàn)/g' -e 's/測/測(cè)/g' -e 's/業/業(yè)/g' -e 's/營/營(yíng)/g' \
          -e 's/長/長(zhǎng)/g' -e 's/術/術(shù)/g' -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/區/區(qū)/g' \
          -e 's/發/發(fā)/g'
} > "$zoo/$f.txt"

f=z618_l6-naive-traditional-quality-paper-item-copy-province-compulsory-verification-instrument-platform-project-approved-body-only-no-date
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
