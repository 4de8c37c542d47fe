#!/usr/bin/env bash
# Builds the part CQ (held-out, representative sample of CHIEF QUALITY OFFICER and ADVANCED QUALITY MANAGEMENT policies
# and their news — 首席质量官 制度 实施意见/管理办法, 质量标杆 遴选, 先进质量管理方法 推广, 质量管理体系 升级 行动, 2014–2025 — as a
# researcher collecting them would search for them, taken in search order) zoo fixtures that are made from a source rather
# than written by hand:
#   z1059  a spam-wrapped Traditional+pinyin copy of a market-regulation paper's item on a city bureau's 首席质量官 measures:
#          the first line (Simplified keyword spam, as the sampled copy keeps it) is left as written; the rest goes through
#          OpenCC's s2t, then pinyin after every 质/监/据/应/权/关/训/历/济/证/规 in their Traditional forms (as the sampled
#          copy prints such readings).
# The other files of the part are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cq.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

f=z1059_l6-spam-wrapped-traditional-pinyin-local-paper-site-quality-column-copy-city-bureau-chief-quality-officer-measures-2025-keyword-spam-first-line-crumb-source-time
{
  head -n 1 "$here/$f.src.txt"
  tail -n +2 "$here/$f.src.txt" > "${TMPDIR:-/tmp}/cq-z1059.$$"
  opencc -c s2t -i "${TMPDIR:-/tmp}/cq-z1059.$$" \
    | sed -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/據/據(jù)/g' -e 's/應/應(yīng)/g' -e 's/權/權(quán)/g' \
          -e 's/關/關(guān)/g' -e 's/訓/訓(xùn)/g' -e 's/歷/歷(lì)/g' -e 's/濟/濟(jì)/g' -e 's/證/證(zhèng)/g' \
          -e 's/規/規(guī)/g'
  rm -f "${TMPDIR:-/tmp}/cq-z1059.$$"
} > "$zoo/$f.txt"

# z1064  a Traditional+pinyin copy, on a quality-inspection news site's local column, of a county bureau's item on its
#        县长质量奖 training: OpenCC's s2t, then pinyin after every 质/强/导/领/办/调/训/评/资/务/营/争/战/设/组/员 in
#        their Traditional forms (as the sampled copy prints such readings).
f=z1064_l6-traditional-pinyin-quality-inspection-news-site-local-column-copy-county-bureau-county-head-quality-award-training-excellence-model-yearless-body-only-no-headline-byline-in-parens
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/導/導(dǎo)/g' -e 's/領/領(lǐng)/g' -e 's/辦/辦(bàn)/g' \
        -e 's/調/調(diào)/g' -e 's/訓/訓(xùn)/g' -e 's/評/評(píng)/g' -e 's/資/資(zī)/g' -e 's/務/務(wù)/g' \
        -e 's/營/營(yíng)/g' -e 's/爭/爭(zhēng)/g' -e 's/戰/戰(zhàn)/g' -e 's/設/設(shè)/g' -e 's/組/組(zǔ)/g' \
        -e 's/員/員(yuán)/g' \
  > "$zoo/$f.txt"

# z1068  a Traditional copy, on an unrelated host, of a magazine's item on a county bureau's small-firm certification
#        work: OpenCC's s2t only (the sampled copy is converted throughout, without pinyin).
f=z1068_l6-traditional-unrelated-host-copy-magazine-item-county-bureau-small-firm-quality-management-system-certification-upgrade-headline-twice-byline-line-hot-words-empty-editor
opencc -c s2t -i "$here/$f.src.txt" > "$zoo/$f.txt"
