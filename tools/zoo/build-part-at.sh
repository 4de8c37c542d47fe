#!/usr/bin/env bash
# Builds the part AT (held-out, representative sample of NEWS-AGENCY and NEWSPAPER REPRINTS of province and city quality
# policies and the pages such searches bring, taken in search order) zoo fixtures that are made from a source rather than
# written by hand:
#   z569  a mobile policy column's copy of a province bureau's 政策解读 of a 2023 joint opinion, as text: the naive
#         Simplified -> Traditional map of parts H–AR (naive-traditional.sh) only;
#   z570  a Traditional+pinyin mobile copy of a quality paper's item on a city's 质量强市 work, as text: the naive map, then
#         pinyin after 發, 監, 區, 業, 爭, 創, 識 and 審 (質, 強 and 縣 stay bare; the GBK mojibake run is in the source);
#   z571  a spam-wrapped Traditional+pinyin mirror of a national bureau's 2010 item on a city's 名牌 cultivation, as text:
#         a Simplified spam line the wrapper adds, then the naive map, then pinyin after 當, 戰, 國, 質, 強, 動, 濟, 導,
#         產, 業, 績, 區, 縣, 經 and 響 (the `????` of lost no-break spaces is in the source);
#   z572  a Traditional wiki's entry of a province's 2018 standardization-reform pilot plan, as text: OpenCC's s2twp
#         (Taiwan phrases: 最佳化, 專案, 資訊 …), not the naive map;
#   z573  a Traditional+pinyin regional-news mirror's page 5 of a city's 2017 质量强市 mobilisation item, as text: the naive
#         map, then pinyin after 經, 濟, 發, 創, 強, 標, 準, 聯, 劃, 運, 規, 務 and 啟;
#   z578  a spam-wrapped Traditional+pinyin mirror of a national bureau's 2010 item on a province's quality-award
#         ceremony, as text: a Simplified spam line first, then the naive map, then pinyin after 當, 頁, 領, 導, 講, 質,
#         獎, 強, 頒, 長 and 來 (the mangled `?bā)C` for a lost character and the `????` are in the source).
# z574–z577 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-at.sh: opencc is missing (Debian: apt-get install opencc); z569–z573 and z578 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z569_l5-naive-traditional-mobile-policy-column-province-bureau-interpretation-joint-opinion-2023-column-tag-glued-to-headline-source-line
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z570_l6-traditional-pinyin-mobile-copy-quality-paper-city-quality-city-work-2023-two-outlines-byline-parens-mojibake-run-paper-name-and-crumb-tail
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/監/監(jiān)/g' -e 's/區/區(qū)/g' -e 's/業/業(yè)/g' -e 's/爭/爭(zhēng)/g' \
        -e 's/創/創(chuàng)/g' -e 's/識/識(shí)/g' -e 's/審/審(shěn)/g' \
  > "$zoo/$f.txt"

f=z571_l6-spam-wrapped-traditional-pinyin-mirror-national-bureau-item-city-brand-cultivation-2010-column-crumb-lost-spaces-source-line-first-second-third
{
  printf '%s\n\n' '永久免费高清影视在线看,一区二区三区精品导航,最新彩票开奖直播,午夜剧场免费观看,手机看片网址大全'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/戰/戰(zhàn)/g' -e 's/國/國(guó)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' \
          -e 's/動/動(dòng)/g' -e 's/濟/濟(jì)/g' -e 's/導/導(dǎo)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' \
          -e 's/績/績(jì)/g' -e 's/區/區(qū)/g' -e 's/縣/縣(xiàn)/g' -e 's/經/經(jīng)/g' -e 's/響/響(xiǎng)/g'
} > "$zoo/$f.txt"

f=z572_l6-taiwan-phrase-traditional-wiki-province-national-standardization-reform-pilot-plan-2018-title-then-body-no-issuer-cut-at-tasks
opencc -c s2twp -i "$here/$f.src.txt" > "$zoo/$f.txt"

f=z573_l6-traditional-pinyin-regional-news-mirror-page-five-city-quality-city-demonstration-mobilisation-2017-run-in-heads-related-news-tail
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/發/發(fā)/g' -e 's/創/創(chuàng)/g' -e 's/強/強(qiáng)/g' \
        -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/聯/聯(lián)/g' -e 's/劃/劃(huà)/g' -e 's/運/運(yùn)/g' \
        -e 's/規/規(guī)/g' -e 's/務/務(wù)/g' -e 's/啟/啟(qǐ)/g' \
  > "$zoo/$f.txt"

f=z578_l6-spam-wrapped-traditional-pinyin-mirror-national-bureau-item-province-government-quality-award-ceremony-2010-names-headline-url-source-mangled-character
{
  printf '%s\n\n' '高清无码影视大全,精品一区二区在线播放,彩票平台注册送彩金,夜间剧场免费看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/頁/頁(yè)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/講/講(jiǎng)/g' \
          -e 's/質/質(zhì)/g' -e 's/獎/獎(jiǎng)/g' -e 's/強/強(qiáng)/g' -e 's/頒/頒(bān)/g' -e 's/長/長(zhǎng)/g' \
          -e 's/來/來(lái)/g'
} > "$zoo/$f.txt"
