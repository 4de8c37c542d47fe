#!/usr/bin/env bash
# Builds the part BV (held-out, representative sample of PROVINCIAL and CITY MEDIA news reports on quality-strong work —
# 质量强省/强市 推进会, 工作会议, 新闻发布会, 成效 报道, 2011–2024 — as a researcher collecting provincial dailies', city
# TV/news sites' and government news columns' reports would search for them, taken in search order) zoo fixtures that
# are made from a source rather than written by hand:
#   z853  a spam-wrapped Traditional+pinyin copy of a quality-supervision magazine site's rolling-news page carrying the
#         magazine's 2022 new-year address, as text: a Simplified spam line the wrapper adds, then the naive Simplified ->
#         Traditional map of parts H–BI (naive-traditional.sh), then pinyin after 質, 創, 體, 經, 濟, 場, 權, 產, 應, 動,
#         萬, 領, 導, 這 and 對 (as the sampled copy prints such readings);
#   z858  a spam-wrapped naive-Traditional copy of a local portal's topic column (媒体关注) carrying a quality paper's
#         item on the 2023 national quality statistics and the 2023 纲要's targets, as text: a Simplified spam line, then
#         the naive map.
# The other files of the part (z849–z852, z854–z857) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bv.sh: opencc is missing (Debian: apt-get install opencc); z853 and z858 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z853_l6-spam-wrapped-traditional-pinyin-magazine-site-rolling-news-quality-supervision-magazine-new-year-address-2022-date-source-author-clicks-line
{
  printf '%s\n\n' '免费高清影视在线看_最新电视剧大全_综艺动漫一区二区_手机直接观看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/質/質(zhì)/g' -e 's/創/創(chuàng)/g' -e 's/體/體(tǐ)/g' -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' \
          -e 's/場/場(chǎng)/g' -e 's/權/權(quán)/g' -e 's/產/產(chǎn)/g' -e 's/應/應(yīng)/g' -e 's/動/動(dòng)/g' \
          -e 's/萬/萬(wàn)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/這/這(zhè)/g' -e 's/對/對(duì)/g'
} > "$zoo/$f.txt"

f=z858_l6-spam-wrapped-naive-traditional-local-portal-topic-column-media-watch-quality-paper-item-national-quality-statistics-2024-crumb-source-time-font-size-outline-targets-restated
{
  printf '%s\n\n' '国产高清影视免费在线观看_最新热播剧集一区二区_精品导航'
  naive_traditional "$here/$f.src.txt"
} > "$zoo/$f.txt"
