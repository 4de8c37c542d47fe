#!/usr/bin/env bash
# Builds the part AD (held-out, representative sample of quality-policy working documents) zoo fixtures that are made
# from a source rather than written by hand:
#   z411  a copy without address of a city leading-group office's circular of county assessment grades, as text: the
#         naive Simplified -> Traditional map of parts H–AB (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制
#         undone) with 考覈/審覈 written 考核/審核 and 幹部 written 干部 (領導干部, as the sampled copy prints them);
#   z412  a spam page's copy of a quality-news item on a municipality's 2012 quality work meeting, as text: the spam
#         keyword line on top stays Simplified (the site's own), the rest goes through the naive map (OpenCC's
#         `人蔘加` slip for 人参加 left, as converted pages show it), then pinyin after the few characters the sampled
#         copy annotates (監, 區, 發, 創, 現, and 業 in 工業 only);
#   z414  a spam-wrapped site's copy of a municipality's 質量月 news, as HTML: the naive map over the page, then the
#         spam keywords put back in Simplified as the sampled page prints them (its `”質量月”` quotes are in the source);
#   z416  a spam host's copy of a national 質量月 news item, as HTML: the naive map, pinyin after converted characters
#         (pinyin_after_traditional.py, as parts H–AB) and after the further characters the sampled page annotates
#         (場, 監, 國, 業, 務, 動, 開, 進, 設, 導).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ad.sh: opencc is missing (Debian: apt-get install opencc); z411, z412, z414 and z416 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z411_l6-naive-traditional-no-address-city-leading-group-office-county-assessment-grades-circular-no-title
naive_traditional "$here/$f.src.txt" | sed -e 's/考覈/考核/g' -e 's/審覈/審核/g' -e 's/幹部/干部/g' > "$zoo/$f.txt"

f=z412_l6-spam-line-traditional-pinyin-copy-municipality-quality-work-meeting-2012-url-source-line
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
tail -n +2 "$here/$f.src.txt" > "$tmp"
{
  head -n 1 "$here/$f.src.txt"
  naive_traditional "$tmp" \
    | sed -e 's/監/監(jiān)/g' -e 's/區/區(qū)/g' -e 's/發/發(fā)/g' -e 's/創/創(chuàng)/g' -e 's/現/現(xiàn)/g' -e 's/工業/工業(yè)/g'
} > "$zoo/$f.txt"

f=z414_l6-spam-wrapped-naive-traditional-municipality-quality-month-launch-reversed-quotes-source-bureau
naive_traditional "$here/$f.src.html" \
  | sed -e 's/免費高清影視在線觀看/免费高清影视在线观看/g' -e 's/最新電視劇全集/最新电视剧全集/g' \
        -e 's/午夜劇場在線播放/午夜剧场在线播放/g' -e 's/熱門綜藝免費看/热门综艺免费看/g' \
        -e 's/高清電影下載/高清电影下载/g' -e 's/經典老片大全/经典老片大全/g' \
  > "$zoo/$f.html"

f=z416_l6-traditional-pinyin-spam-host-national-quality-month-news-body-only-no-headline
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" \
  | sed -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/國/國(guó)/g' -e 's/業/業(yè)/g' -e 's/務/務(wù)/g' \
        -e 's/動/動(dòng)/g' -e 's/開/開(kāi)/g' -e 's/進/進(jìn)/g' -e 's/設/設(shè)/g' -e 's/導/導(dǎo)/g' \
  > "$zoo/$f.html"
