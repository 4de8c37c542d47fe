#!/usr/bin/env bash
# Builds the part BO (held-out, representative sample of quality policies and quality-work news seen from OUTSIDE the
# government portals — Traditional-script mirrors, Hong Kong/Taiwan sites reporting mainland quality policy, business-
# association, chamber and enterprise sites reposting them, forum and article-site copies; 2006–2023, taken in search
# order) zoo fixtures. All ten are made from UTF-8 Simplified sources `tools/zoo/zNN_….src.txt`:
#   z779  a Taiwan finance site's report on the 2023 纲要: OpenCC s2tw (Taiwan standard; 水準, 報導 as written in the
#         source), the source keeping 産 in three places so 産/產 are mixed as on the sampled page;
#   z780, z781, z784, z785, z786, z788  Traditional copies with pinyin after some characters: the naive map of parts
#         H–BI (naive-traditional.sh), then `字(pīn)` marks after a fixed list of characters per file (the list the
#         sampled page's converter marked, as far as it showed);
#   z782, z783  naive Traditional, no pinyin;
#   z787  spam-wrapped: a Simplified spam line, then the naive map with pinyin marks.
# Deterministic: same sources and same OpenCC -> same bytes. Needs opencc (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bo.sh: opencc is missing (Debian: apt-get install opencc); part BO cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

# marks CHAR:PINYIN ... — puts `(pinyin)` after every occurrence of each character.
marks() {
  local args=() pair
  for pair in "$@"; do args+=(-e "s/${pair%%:*}/${pair%%:*}(${pair#*:})/g"); done
  sed "${args[@]}"
}

f=z779_l6-taiwan-finance-news-site-national-quality-power-outline-2023-report-restated-targets-icon-chrome-tags-related-news
opencc -c s2tw -i "$here/$f.src.txt" > "$zoo/$f.txt"

f=z780_l6-traditional-pinyin-forum-thread-copy-quality-news-item-national-outline-publicity-training-series-2012-run-on-paragraph-reply-buttons
naive_traditional "$here/$f.src.txt" \
  | marks 協:xié 質:zhì 發:fā 設:shè 標:biāo 準:zhǔn 創:chuàng 據:jù 務:wù 網:wǎng 業:yè 織:zhī \
  > "$zoo/$f.txt"

f=z781_l6-traditional-pinyin-unrelated-host-copy-city-government-mayor-quality-award-circular-2013-number-first-scan-lines
naive_traditional "$here/$f.src.txt" \
  | marks 業:yè 區:qū 創:chuàng 產:chǎn 網:wǎng \
  > "$zoo/$f.txt"

f=z782_l6-naive-traditional-article-site-commentary-municipality-quality-development-plan-2013-slash-byline-no-headline-ascii-bracket-number
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z783_l6-naive-traditional-copy-quality-paper-item-national-quality-promotion-association-congress-yearless-paper-name-last
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z784_l6-traditional-pinyin-company-site-news-province-famous-brand-review-visit-2012-body-only-trailing-bar
naive_traditional "$here/$f.src.txt" \
  | marks 產:chǎn 質:zhì 術:shù 協:xié 辦:bàn 驗:yàn \
  > "$zoo/$f.txt"

f=z785_l6-traditional-pinyin-policy-service-api-fragment-standard-setting-reward-clause-attribute-leak-label-no-place
naive_traditional "$here/$f.src.txt" \
  | marks 對:duì 導:dǎo 際:jì 國:guó 業:yè 標:biāo 準:zhǔn 實:shí 單:dān 礎:chǔ 獎:jiǎng 勵:lì 級:jí \
  > "$zoo/$f.txt"

f=z786_l6-traditional-pinyin-mirror-chamber-site-district-quality-standardization-conference-2023-headline-dash-yearless-day
naive_traditional "$here/$f.src.txt" \
  | marks 質:zhì 標:biāo 準:zhǔn 創:chuàng 會:huì 區:qū 長:zhǎng 場:chǎng 監:jiān 聯:lián 協:xié 營:yíng 濟:jì 發:fā 導:dǎo 書:shū 團:tuán 專:zhuān 門:mén \
  > "$zoo/$f.txt"

f=z787_l6-spam-wrapped-traditional-pinyin-mirror-quality-bureau-feed-municipality-quality-work-meeting-2012-source-url-question-marks
{
  printf '%s\n\n' '精品一区二区免费观看_高清国产在线视频_中文字幕综合专区_午夜影院'
  naive_traditional "$here/$f.src.txt" \
    | marks 業:yè 區:qū 監:jiān 發:fā 臺:tái 質:zhì
} > "$zoo/$f.txt"

f=z788_l6-traditional-pinyin-policy-site-copy-national-bureau-famous-brand-strategy-opinion-2006-number-glued-to-title-chinese-numeral-date
naive_traditional "$here/$f.src.txt" \
  | marks 檢:jiǎn 驗:yàn 團:tuán 設:shè 權:quán 產:chǎn 業:yè 濟:jì 區:qū \
  > "$zoo/$f.txt"
