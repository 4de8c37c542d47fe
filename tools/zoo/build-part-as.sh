#!/usr/bin/env bash
# Builds the part AS (held-out, representative sample of pages drawn by searches phrased as a researcher collecting
# GOVERNMENT GAZETTE issues, attachment texts, 规范性文件库 and 政策文件库 entries of quality documents would type them, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z561  a spam-wrapped Traditional+pinyin mirror of the national bureau's 2002 中国名牌产品 application notice, as text: a
#         Simplified spam line the wrapper adds, then the naive Simplified -> Traditional map of parts H–AR
#         (naive-traditional.sh), then pinyin after 當, 戰, 質, 監, 檢, 驗, 報, 價, 術, 區, 產, 現, 請 and 關 (the `????`
#         run and the `?F(xiàn)` slip of a GBK round trip are in the source);
#   z562  a spam-wrapped Traditional+pinyin mirror of the national bureau's 领导讲话 column item on a province's 2010 government
#         quality award ceremony, as text: a Simplified spam line, the naive map, then pinyin after 當, 領, 導, 講, 質, 獎,
#         頒, 會, 長, 業, 經, 優 and 強;
#   z565  a Traditional copy of a city portal's 2015 市长质量奖 notice with pinyin after some characters, as text: the naive map,
#         then pinyin after 關, 區, 質, 創, 業, 範 and 譽 (the doubled `,,` and `,、` are in the source);
#   z566  an expo company site's naive-Traditional copy of national 质检 work points, body only, as text: the naive map only;
#   z568  a spam-wrapped Traditional+pinyin host's item on the 2019 national 质量月 notice, as text: a Simplified spam line, the
#         naive map, then pinyin after 國, 場, 監, 門, 聯, 發, 質, 動, 設, 為, 強 and 會.
# z559, z560, z563, z564 and z567 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-as.sh: opencc is missing (Debian: apt-get install opencc); z561, z562, z565, z566 and z568 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z561_l6-spam-wrapped-traditional-pinyin-mirror-national-bureau-2002-china-top-brand-application-notice-strategy-column-question-mark-runs-gbk-slip
{
  printf '%s\n\n' '最新影视资源在线看,高清免费视频一区二区,热门电视剧全集,手机在线观看网址导航'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/戰/戰(zhàn)/g' -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/檢/檢(jiǎn)/g' \
          -e 's/驗/驗(yàn)/g' -e 's/報/報(bào)/g' -e 's/價/價(jià)/g' -e 's/術/術(shù)/g' -e 's/區/區(qū)/g' \
          -e 's/產/產(chǎn)/g' -e 's/現/現(xiàn)/g' -e 's/請/請(qǐng)/g' -e 's/關/關(guān)/g'
} > "$zoo/$f.txt"

f=z562_l6-spam-wrapped-traditional-pinyin-mirror-national-bureau-leaders-column-province-2010-government-quality-award-ceremony-officials-in-headline-url-source
{
  printf '%s\n\n' '体育彩票开奖直播,精品视频免费在线,最新地址发布页,日韩剧集高清在线观看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/講/講(jiǎng)/g' -e 's/質/質(zhì)/g' \
          -e 's/獎/獎(jiǎng)/g' -e 's/頒/頒(bān)/g' -e 's/會/會(huì)/g' -e 's/長/長(zhǎng)/g' -e 's/業/業(yè)/g' \
          -e 's/經/經(jīng)/g' -e 's/優/優(yōu)/g' -e 's/強/強(qiáng)/g'
} > "$zoo/$f.txt"

f=z565_l6-traditional-pinyin-portal-copy-city-government-2015-mayor-quality-award-winners-notice-one-paragraph-doubled-commas-pipe-cells-empty-author-source
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/關/關(guān)/g' -e 's/區/區(qū)/g' -e 's/質/質(zhì)/g' -e 's/創/創(chuàng)/g' -e 's/業/業(yè)/g' \
        -e 's/範/範(fàn)/g' -e 's/譽/譽(yù)/g' \
  > "$zoo/$f.txt"

f=z566_l6-naive-traditional-expo-company-site-copy-national-quality-inspection-work-points-body-only-numbered-yi-shi-targets-no-year-no-title
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z568_l6-spam-wrapped-traditional-pinyin-host-national-2019-quality-month-joint-notice-item-body-only-two-paragraphs-number-in-parens-twice
{
  printf '%s\n\n' '在线视频免费观看,精品一区二区三区,最新网址永久发布,高清影院导航'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/國/國(guó)/g' -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/門/門(mén)/g' -e 's/聯/聯(lián)/g' \
          -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/動/動(dòng)/g' -e 's/設/設(shè)/g' -e 's/為/為(wèi)/g' \
          -e 's/強/強(qiáng)/g' -e 's/會/會(huì)/g'
} > "$zoo/$f.txt"
