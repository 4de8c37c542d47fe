#!/usr/bin/env bash
# Builds the part AU (held-out, representative sample of SECTOR quality policies and reports on DEPARTMENT sites —
# construction, agriculture, transport, tourism, drugs and devices, grain, postal and hotel services, 2008–2025, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z584  a spam-wrapped Traditional+pinyin copy of a news site's item on the national postal bureau's monthly complaints
#         notice, as text: a Simplified spam line the wrapper adds, then the naive Simplified -> Traditional map of parts
#         H–AR (naive-traditional.sh), then pinyin after 務, 網, 環, 業, 題, 問, 時, 聞, 訴 and 對 (郵, 遞 and 件 stay bare);
#   z586  a spam-wrapped Traditional+pinyin blog copy of an item on the national star-rating committee's hotel
#         inspections, as text: a Simplified spam line, the naive map, then pinyin after 個, 時, 級, 評, 會, 發, 號, 題, 現
#         and 檢 (飯, 店 and 星 stay bare).
# z579–z583, z585, z587 and z588 are written as committed (UTF-8; z581's and z588's spun wording and z588's glyph bullets
# and Traditional 國 are in the files as written).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-au.sh: opencc is missing (Debian: apt-get install opencc); z584 and z586 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z584_l6-spam-wrapped-traditional-pinyin-news-copy-national-postal-complaints-notice-report-source-glued-datetime-table-one-cell-per-line
{
  printf '%s\n\n' '精品影视导航_最新一区二区在线_高清免费资源站_每日更新不卡顿_热门推荐'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/務/務(wù)/g' -e 's/網/網(wǎng)/g' -e 's/環/環(huán)/g' -e 's/業/業(yè)/g' -e 's/題/題(tí)/g' \
          -e 's/問/問(wèn)/g' -e 's/時/時(shí)/g' -e 's/聞/聞(wén)/g' -e 's/訴/訴(sù)/g' -e 's/對/對(duì)/g'
} > "$zoo/$f.txt"

f=z586_l6-spam-wrapped-traditional-pinyin-blog-copy-national-star-hotel-secret-inspection-report-bullet-date-reads-image-name
{
  printf '%s\n\n' '免费高清影视大全-在线观看最新电影-热门综艺全集-无广告极速播放'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/個/個(gè)/g' -e 's/時/時(shí)/g' -e 's/級/級(jí)/g' -e 's/評/評(píng)/g' -e 's/會/會(huì)/g' \
          -e 's/發/發(fā)/g' -e 's/號/號(hào)/g' -e 's/題/題(tí)/g' -e 's/現/現(xiàn)/g' -e 's/檢/檢(jiǎn)/g'
} > "$zoo/$f.txt"
