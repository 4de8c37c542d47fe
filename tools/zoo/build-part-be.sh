#!/usr/bin/env bash
# Builds the part BE (held-out, representative sample of pages on QUALITY MONTH, consumer-goods quality and quality
# credit work — 质量月 plans and news, consumer-goods quality actions, spot-check and recall reports, 质量诚信 — 2014–2022,
# taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z681  a Traditional+pinyin mirror of an economic news site's report on the national 2021 "一老一小" goods quality
#         campaign (2022), as text: the naive Simplified -> Traditional map of parts H–BA (naive-traditional.sh), then
#         pinyin after 經, 濟, 產, 業, 報, 監 and 標 (OpenCC's 衆 put back to 眾);
#   z684  a Traditional+pinyin news-site copy of a region bureau's 2014 fourth-quarter spot-check item, body only, as
#         text: the naive map, then pinyin after 區, 質, 監, 費, 產, 檢, 報 and 門;
#   z686  a Traditional+pinyin fragment on a company site of a transport-sector QC results release in 质量月, as text:
#         the naive map with 羣衆 put back to 群眾, then pinyin after 質, 進, 會, 實 and 現;
#   z688  a spam-wrapped copy on a company site of the national bureau's 2016 recall press conference, as text: a
#         Simplified spam line, the naive map, toneless pinyin in the author/views line (作者(zhe), 瀏(liu)覽數(shu)) and,
#         from the first numbered heading on, toneless pinyin after 以, 基, 本, 至 and doubled after 車, 輛, 回 and 數
#         (as the sampled copy prints them: `車(che)(che)`).
# The other files of the part (z679, z680, z682, z683, z685, z687) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-be.sh: opencc is missing (Debian: apt-get install opencc); z681, z684, z686 and z688 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z681_l6-traditional-pinyin-mirror-economic-news-site-national-children-elderly-goods-quality-report-2022-app-line-first-headline-time-source
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/衆/眾/g' \
  | sed -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/報/報(bào)/g' \
        -e 's/監/監(jiān)/g' -e 's/標/標(biāo)/g' \
  > "$zoo/$f.txt"

f=z684_l6-traditional-pinyin-news-site-copy-region-bureau-quarterly-spot-check-2014-body-only-two-xls-attachment-names
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/費/費(fèi)/g' -e 's/產/產(chǎn)/g' \
        -e 's/檢/檢(jiǎn)/g' -e 's/報/報(bào)/g' -e 's/門/門(mén)/g' \
  > "$zoo/$f.txt"

f=z686_l6-traditional-pinyin-company-site-fragment-transport-sector-qc-results-release-quality-month-counts-no-headline-no-date
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/羣衆/群眾/g' \
  | sed -e 's/質/質(zhì)/g' -e 's/進/進(jìn)/g' -e 's/會/會(huì)/g' -e 's/實/實(shí)/g' -e 's/現/現(xiàn)/g' \
  > "$zoo/$f.txt"

f=z688_l6-spam-wrapped-traditional-toneless-pinyin-company-site-industry-news-national-recall-press-conference-2016-author-views-doubled-syllables
{
  printf '%s\n\n' '高清影视免费看,热门资源一键直达,最新地址永久收藏,手机在线秒播,精品专区每日更新'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/作者:/作者(zhe):/' -e 's/瀏覽數:/瀏(liu)覽數(shu):/' \
    | sed -e '/一、/,$ { s/以/以(yi)/g; s/基/基(ji)/g; s/本/本(ben)/g; s/至/至(zhi)/g; s/車/車(che)(che)/g; s/輛/輛(liang)(liang)/g; s/回/回(hui)(hui)/g; s/數/數(shu)(shu)/g; }'
} > "$zoo/$f.txt"
