#!/usr/bin/env bash
# Builds the part BA (held-out, representative sample of PREFECTURE-level 质量强市 implementation plans, work points and
# assessment notices on city government portals and their copies, 2015–2023, taken in search order) zoo fixtures that are
# made from a source rather than written by hand:
#   z643  a spam-wrapped Traditional+pinyin copy of a quality-brand institute site's `内地新闻` item on two cities approved
#         to create 全国质量强市示范城市 (2015), as text: a Simplified spam line the wrapper adds, then the naive Simplified ->
#         Traditional map of parts H–AY (naive-traditional.sh), then pinyin after 幫, 頁, 質, 內, 聞, 發, 間, 創, 驗, 產,
#         業 and 導 (OpenCC's 考覈 and 羣衆 put back to 考核 and 群眾, as the sampled copy prints them);
#   z644  a Traditional+pinyin copy, on an unrelated site, of a city's meeting preparing for the province's 2023 quality
#         assessment, as text: the naive map, then pinyin after 網, 據, 質, 統, 協, 調, 強 and 聯 (the `網站二維碼` line
#         first is the copying site's chrome, in the source; OpenCC's 考覈, 蔘加, 對錶 and 祕書 put back to 考核, 參加,
#         對表 and 秘書);
#   z645  a Traditional+pinyin copy, on a video site, of a city government office's 2018 circular of the counties' 2017
#         assessment grades opening at the addressees, as text: the naive map with OpenCC's 考覈, 並 and 嶽 put back to
#         考核, 并 and 岳 (as the sampled copy prints them), then pinyin after 區, 發, 現 and 績 only;
#   z648  a Traditional+pinyin copy, without address, of a news item on a region government's 2022 circular of the
#         cities' assessment grades, as text: the naive map with 考覈 put back to 考核, then pinyin after 門, 戶, 網,
#         關, 級, 質, 強, 報, 稱, 領, 導, 開, 評, 價, 黨, 國 and 設.
# z639–z642, z646 and z647 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ba.sh: opencc is missing (Debian: apt-get install opencc); z643, z644, z645 and z648 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z643_l6-spam-wrapped-traditional-pinyin-quality-brand-institute-site-mainland-news-two-cities-creation-approval-2015-province-angle-publish-time
{
  printf '%s\n\n' '热门影视在线看|高清资源每日更新|精品导航一区二区|最新网址永久发布|福利专区不迷路|手机直接观看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/考覈/考核/g' -e 's/羣衆/群眾/g' \
    | sed -e 's/幫/幫(bāng)/g' -e 's/頁/頁(yè)/g' -e 's/質/質(zhì)/g' -e 's/內/內(nèi)/g' -e 's/聞/聞(wén)/g' \
          -e 's/發/發(fā)/g' -e 's/間/間(jiān)/g' -e 's/創/創(chuàng)/g' -e 's/驗/驗(yàn)/g' -e 's/產/產(chǎn)/g' \
          -e 's/業/業(yè)/g' -e 's/導/導(dǎo)/g'
} > "$zoo/$f.txt"

f=z644_l6-traditional-pinyin-unrelated-site-copy-city-meeting-preparing-for-province-quality-assessment-2023-qr-code-line-first-body-only-no-headline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' -e 's/蔘/參/g' -e 's/對錶/對表/g' -e 's/祕/秘/g' \
  | sed -e 's/網/網(wǎng)/g' -e 's/據/據(jù)/g' -e 's/質/質(zhì)/g' -e 's/統/統(tǒng)/g' -e 's/協/協(xié)/g' \
        -e 's/調/調(tiáo)/g' -e 's/強/強(qiáng)/g' -e 's/聯/聯(lián)/g' \
  > "$zoo/$f.txt"

f=z645_l6-traditional-pinyin-video-site-copy-city-office-county-assessment-grades-circular-2018-opens-at-addressees-grade-lines-none-grade-bonus-point
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' -e 's/並/并/g' -e 's/嶽/岳/g' \
  | sed -e 's/區/區(qū)/g' -e 's/發/發(fā)/g' -e 's/現/現(xiàn)/g' -e 's/績/績(jì)/g' \
  > "$zoo/$f.txt"

f=z648_l6-traditional-pinyin-copy-no-address-news-item-region-government-city-assessment-grades-circular-2022-report-opens-at-yearless-day-abbreviated-circular
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' \
  | sed -e 's/門/門(mén)/g' -e 's/戶/戶(hù)/g' -e 's/網/網(wǎng)/g' -e 's/關/關(guān)/g' -e 's/級/級(jí)/g' \
        -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/報/報(bào)/g' -e 's/稱/稱(chēng)/g' -e 's/領/領(lǐng)/g' \
        -e 's/導/導(dǎo)/g' -e 's/開/開(kāi)/g' -e 's/評/評(píng)/g' -e 's/價/價(jià)/g' -e 's/黨/黨(dǎng)/g' \
        -e 's/國/國(guó)/g' -e 's/設/設(shè)/g' \
  > "$zoo/$f.txt"
