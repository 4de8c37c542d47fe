#!/usr/bin/env bash
# Builds the part AH (held-out, representative sample phrased around the SOURCES a researcher meets: open-information
# pages, reposts, law databases, mirrors, previews) zoo fixtures that are made from a source rather than written by hand:
#   z449  a Traditional+pinyin copy of a four-province regional quality-cooperation meeting item, body only, as text:
#         the naive Simplified -> Traditional map of parts H–AF (naive-traditional.sh), then pinyin after the characters
#         the sampled copy annotates (區, 質, 發, 監, 開, 議, 導, 責, 處, 專, 進, 設, 務, 動, 產, 業, 項, 體) and not after
#         others (會, 關于, 為, 國, 黨 stay bare); its `總共: 1頁` and `作者:小編` footer kept;
#   z453  a Traditional+pinyin copy of a provincial paper's item on a national consumer-brand list, as text: the naive
#         map, then pinyin after 業, 費, 單, 國, 長, 擴, 場, 導, 質, 識, 現, 區 (圖, 麵, 品 bare);
#   z455  a metrology portal's naive-Traditional page of a national bureau's guidance being issued, as HTML: the naive
#         map, then the footer placeholder SPAMLINE replaced by the Simplified spam line the sampled page carries;
#   z457  a Traditional+pinyin mirror of a quality paper's report of a province's quality conference, as text: the
#         naive map, then pinyin after 質, 發, 產, 業, 設, 強, 標, 準, 務 (會, 開, 國 bare);
#   z458  a Traditional+pinyin mirror of a quality paper's brief on a city bureau's publicity for the 2023 纲要, as
#         text: the naive map, then pinyin after 發, 監, 統, 現, 創 only (質, 場, 經 bare, as the sampled mirror leaves them).
# z450, z451, z452, z454 and z456 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ah.sh: opencc is missing (Debian: apt-get install opencc); z449, z453, z455, z457 and z458 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z449_l6-traditional-pinyin-copy-four-province-regional-quality-cooperation-meeting-body-only-total-pages-author-footer
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/質/質(zhì)/g' -e 's/發/發(fā)/g' -e 's/監/監(jiān)/g' -e 's/開/開(kāi)/g' \
        -e 's/議/議(yì)/g' -e 's/導/導(dǎo)/g' -e 's/責/責(zé)/g' -e 's/處/處(chù)/g' -e 's/專/專(zhuān)/g' \
        -e 's/進/進(jìn)/g' -e 's/設/設(shè)/g' -e 's/務/務(wù)/g' -e 's/動/動(dòng)/g' -e 's/產/產(chǎn)/g' \
        -e 's/業/業(yè)/g' -e 's/項/項(xiàng)/g' -e 's/體/體(tǐ)/g' \
  > "$zoo/$f.txt"

f=z453_l6-traditional-pinyin-copy-national-consumer-brand-list-report-province-angle-no-headline-reporter
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/業/業(yè)/g' -e 's/費/費(fèi)/g' -e 's/單/單(dān)/g' -e 's/國/國(guó)/g' -e 's/長/長(zhǎng)/g' \
        -e 's/擴/擴(kuò)/g' -e 's/場/場(chǎng)/g' -e 's/導/導(dǎo)/g' -e 's/質/質(zhì)/g' -e 's/識/識(shí)/g' \
        -e 's/現/現(xiàn)/g' -e 's/區/區(qū)/g' \
  > "$zoo/$f.txt"

f=z455_l6-naive-traditional-metrology-portal-national-bureau-guidance-issued-news-spam-footer
naive_traditional "$here/$f.src.html" \
  | sed -e 's/SPAMLINE/福星棋牌官网下载|乐盈娱乐平台注册送彩金|真人视讯在线开户|老虎机免费试玩/' \
  > "$zoo/$f.html"

f=z457_l6-traditional-pinyin-mirror-quality-paper-province-quality-conference-headline-subhead-paper-name-trailing-crumb
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/發/發(fā)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/設/設(shè)/g' \
        -e 's/強/強(qiáng)/g' -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/務/務(wù)/g' \
  > "$zoo/$f.txt"

f=z458_l6-traditional-pinyin-mirror-quality-paper-city-bureau-outline-publicity-brief-info-express-tag
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/監/監(jiān)/g' -e 's/統/統(tǒng)/g' -e 's/現/現(xiàn)/g' -e 's/創/創(chuàng)/g' \
  > "$zoo/$f.txt"
