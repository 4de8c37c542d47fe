#!/usr/bin/env bash
# Builds the part AR (held-out, representative sample of COUNTY and DISTRICT level pages — 县, 区, 县级市, 旗 documents and
# news, 2008–2025, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z554  a spam-wrapped Traditional+pinyin mirror of a quality paper's front-page feature on a 旗's lamb regional brand, as
#         text: a Simplified spam line the wrapper adds, then the naive Simplified -> Traditional map of parts H–AP
#         (naive-traditional.sh), then pinyin after 質, 區, 內, 標, 產, 導, 農, 續 and 過 (旗, 羊 and 牌 stay bare);
#   z555  a Traditional+pinyin mirror of a quality-news item on a county bureau's city-award applications, as text: the naive
#         map, then pinyin after 長, 質, 獎, 報, 動, 興, 產, 業, 號 and 強 (縣, 監, 評 and OpenCC's 啓 bare);
#   z557  a spam-wrapped county portal page of a 地理标志 use-measures notice in naive Traditional, as text: a Simplified spam
#         line first, then the naive map only (the `?` runs, a converter's lost no-break spaces, are in the source);
#   z558  a Traditional mirror of a quality-news item on a county's 质量兴县 conference, as text: the naive map only.
# z549–z553 and z556 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ar.sh: opencc is missing (Debian: apt-get install opencc); z554, z555, z557 and z558 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z554_l6-spam-wrapped-traditional-pinyin-mirror-quality-paper-front-page-banner-lamb-regional-brand-feature-kicker-byline
{
  printf '%s\n\n' '澳门彩票在线投注导航,精品免费视频一区二区,欧美高清在线观看,最新网址发布页,彩票开奖结果查询'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/質/質(zhì)/g' -e 's/區/區(qū)/g' -e 's/內/內(nèi)/g' -e 's/標/標(biāo)/g' -e 's/產/產(chǎn)/g' \
          -e 's/導/導(dǎo)/g' -e 's/農/農(nóng)/g' -e 's/續/續(xù)/g' -e 's/過/過(guò)/g'
} > "$zoo/$f.txt"

f=z555_l6-traditional-pinyin-mirror-quality-news-county-bureau-city-government-award-applications-completed-notice-number-byline-twice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/長/長(zhǎng)/g' -e 's/質/質(zhì)/g' -e 's/獎/獎(jiǎng)/g' -e 's/報/報(bào)/g' \
        -e 's/動/動(dòng)/g' -e 's/興/興(xīng)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/號/號(hào)/g' \
        -e 's/強/強(qiáng)/g' \
  > "$zoo/$f.txt"

f=z557_l1-spam-wrapped-naive-traditional-county-portal-gi-use-measures-info-labels-one-per-line-question-mark-runs
{
  printf '%s\n\n' '精品国产在线导航_最新一区二区不卡_高清资源免费看'
  naive_traditional "$here/$f.src.txt"
} > "$zoo/$f.txt"

f=z558_l6-naive-traditional-mirror-quality-news-county-quality-county-strategy-conference-body-only-no-year-officials-named
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
