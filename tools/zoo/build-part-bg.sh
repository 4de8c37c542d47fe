#!/usr/bin/env bash
# Builds the part BG (held-out, representative sample of pages on quality WORK SUMMARIES, ANNUAL REPORTS and
# QUALITY-STATUS ANALYSES — 质量报告, 质量状况白皮书, 质量状况分析, 质量强市 work meetings, work points; 2010–2024,
# taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z702  a spam-wrapped Traditional+pinyin mirror of a journal abstract on the national quality turning point (2014),
#         as text: a bullet line and a Simplified spam line, then the naive Simplified -> Traditional map of parts H–BE
#         (naive-traditional.sh), then pinyin after 質, 發, 現, 轉, 續, 調, 務 and 滿 (調 always read diào, as the
#         sampled mirror prints it);
#   z705  a doc-sharing preview of a province's 2010 quality-status white paper (征求意见稿), Traditional, as text:
#         the naive map with OpenCC's 徵 put back to 征 (the sampled page keeps 征求意見稿); the doubled characters and
#         spaced digits of the PDF text are in the source as the page prints them;
#   z706  an unrelated site's Traditional copy of the national 2019 standardization work points under a 导读 lead, as
#         text: the naive map, nothing else;
#   z708  a quality-news copy of a city's first government quality award site review, body only, as text: the naive map,
#         nothing else.
# The other files of the part (z699, z700, z701, z703, z704, z707) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bg.sh: opencc is missing (Debian: apt-get install opencc); z702, z705, z706 and z708 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z702_l6-spam-wrapped-traditional-pinyin-mirror-journal-abstract-national-quality-turning-point-2014-time-glued-authors-keyword-line-gbk-slip-run
{
  printf '%s\n\n' '• '
  printf '      %s\n\n' '在线影视免费看_高清资源每日更新_手机秒播不卡顿_夜间福利专区_热门短视频大全_精品推荐天天看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/質/質(zhì)/g' -e 's/發/發(fā)/g' -e 's/現/現(xiàn)/g' -e 's/轉/轉(zhuǎn)/g' -e 's/續/續(xù)/g' \
          -e 's/調/調(diào)/g' -e 's/務/務(wù)/g' -e 's/滿/滿(mǎn)/g'
} > "$zoo/$f.txt"

f=z705_l6-doc-sharing-preview-traditional-province-quality-status-white-paper-draft-2010-year-as-xxxx-page-list-doubled-characters-spaced-digits
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/徵/征/g' \
  > "$zoo/$f.txt"

f=z706_l6-naive-traditional-unrelated-site-copy-national-standardization-work-points-2019-lead-box-full-text-below-numbered-points-no-date
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z708_l6-naive-traditional-quality-news-copy-city-first-government-quality-award-site-review-body-only-yearless-days-firms-named-measures-by-title-reporter-in-parens
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
