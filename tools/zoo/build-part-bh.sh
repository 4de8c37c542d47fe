#!/usr/bin/env bash
# Builds the part BH (held-out, representative sample of pages on quality work of MUNICIPALITIES' districts and counties
# and of SUB-PROVINCIAL / separately-planned cities, 2012–2025, taken in search order) zoo fixtures made from a source:
#   z712  a Hong Kong-Traditional broker-news copy of a city paper's 2025 质量强市 推进会 item, as text: OpenCC's s2hk
#         (HK forms such as 羣, 衆, 佔, 裏 kept, as on the sampled page), nothing put back;
#   z713  a spam-wrapped Traditional+pinyin copy of a brand magazine's 2015 feature on a city's quality, as text: the naive
#         Simplified -> Traditional map of parts H–BF (naive-traditional.sh), then pinyin after 發, 質, 產, 這 and 標;
#   z715  a naive-Traditional copy of a quality news site's 2021 item on the national quality conference's next host city,
#         as text: the naive map only.
# The other files of the part (z709, z710, z711, z714, z716, z717, z718) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bh.sh: opencc is missing (Debian: apt-get install opencc); z712, z713 and z715 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z712_l6-hk-traditional-broker-news-copy-city-paper-quality-city-promotion-meeting-2025-site-date-line-yearless-no-place-in-lead
opencc -c s2hk -i "$here/$f.src.txt" > "$zoo/$f.txt"

f=z713_l6-spam-wrapped-traditional-pinyin-magazine-copy-city-quality-feature-2015-keywords-line-contributor-byline-twice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' -e 's/這/這(zhè)/g' -e 's/標/標(biāo)/g' \
  > "$zoo/$f.txt"

f=z715_l6-naive-traditional-copy-quality-news-net-national-quality-conference-closing-next-host-city-2021-correspondent-lead-cumulative-awards
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
