#!/usr/bin/env bash
# Builds the part BM (held-out, representative sample of NATIONAL quality documents as they are reprinted elsewhere — the
# 质量强国建设纲要, the 2017 质量提升行动 指导意见, the 2012 质量发展纲要, State Council quality notices and the national
# ministries' own quality notices on news sites, periodical sites, company sites and unrelated hosts; 2012–2024, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z759  a Traditional+pinyin copy of a quality news net's item on a city bureau's 学雷锋日 publicity of the 2017 指导意见:
#         the naive Simplified -> Traditional map of parts H–BI (naive-traditional.sh), then pinyin after 質, 國, 發, 動 and 會;
#   z760  a naive-Traditional periodical-site copy of a magazine brief on the 2012 质量发展纲要 notice: the naive map (and the forms below);
#   z761  a spam-wrapped naive-Traditional copy of a CCTV-site item on the national administration's 产品质量分级
#         consultation (2024): a Simplified spam line the wrapper adds, then the naive map;
#   z762  a naive-Traditional company-site copy of the national standardization administration's 2019 工作要点: the naive map;
#   z766  a Traditional+pinyin copy of a quality paper's interview with a province fibre-inspection bureau head: the naive
#         map, then pinyin after 質, 國, 協, 經 and 這;
#   z767  a naive-Traditional copy, on an unrelated host, of a news portal's item on the national administration's 2023
#         press conference: the naive map.
# The other files of the part (z763, z764, z765) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bm.sh: opencc is missing (Debian: apt-get install opencc); z759–z762, z766 and z767 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

# OpenCC's forms the sampled copies do not print, put back: 瞭 -> 了 (瞭解, 演示瞭), 標誌 -> 標志, 羣/衆 -> 群/眾,
# 於 -> 于, 週 -> 周 (週年, 週期).
copy_forms() {
  sed -e 's/瞭/了/g' -e 's/標誌/標志/g' -e 's/羣/群/g' -e 's/衆/眾/g' -e 's/於/于/g' -e 's/週/周/g'
}

f=z759_l6-traditional-pinyin-copy-quality-news-net-item-city-bureau-learn-from-lei-feng-day-community-publicity-guiding-opinion-2018-yearless-lead-no-headline
naive_traditional "$here/$f.src.txt" | copy_forms \
  | sed -e 's/質/質(zhì)/g' -e 's/國/國(guó)/g' -e 's/發/發(fā)/g' -e 's/動/動(dòng)/g' -e 's/會/會(huì)/g' \
  > "$zoo/$f.txt"

f=z760_l6-naive-traditional-periodical-site-copy-magazine-brief-state-council-quality-development-outline-notice-2012-body-only-no-headline-revitalization-outline
naive_traditional "$here/$f.src.txt" | copy_forms > "$zoo/$f.txt"

f=z761_l6-spam-wrapped-naive-traditional-portal-copy-cctv-item-national-administration-product-quality-grading-consultation-2024-nav-time-source-author-editor-footer
{
  printf '%s\n\n' '精品影院在线观看_热门综艺免费看_午夜剧场高清一区_最新电视剧手机版'
  naive_traditional "$here/$f.src.txt" | copy_forms
} > "$zoo/$f.txt"

f=z762_l6-naive-traditional-company-site-news-copy-national-standardization-administration-work-points-2019-lead-summary-full-text-follows-numbered-items-cut
naive_traditional "$here/$f.src.txt" | copy_forms > "$zoo/$f.txt"

f=z766_l6-traditional-pinyin-copy-quality-paper-interview-province-fibre-inspection-bureau-head-cppcc-member-proposals-headline-dash-subhead-yearless-day
naive_traditional "$here/$f.src.txt" | copy_forms \
  | sed -e 's/質/質(zhì)/g' -e 's/國/國(guó)/g' -e 's/協/協(xié)/g' -e 's/經/經(jīng)/g' -e 's/這/這(zhè)/g' \
  > "$zoo/$f.txt"

f=z767_l6-naive-traditional-unrelated-host-copy-news-portal-item-national-administration-head-press-conference-outline-implementation-2023-crumb-publish-time-source-client
naive_traditional "$here/$f.src.txt" | copy_forms > "$zoo/$f.txt"
