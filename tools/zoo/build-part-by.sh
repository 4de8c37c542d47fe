#!/usr/bin/env bash
# Builds the part BY (held-out, representative sample of PROVINCIAL implementations of the 2023 质量强国建设纲要 — 省委省政府
# 实施意见/实施方案/纲要, 工作要点 and their 政策解读 — as a researcher collecting them would search for them, taken in search
# order) zoo fixtures that are made from a source rather than written by hand:
#   z879  a naive-Traditional policy-site copy of a province bureau's 政策解读 of its party-government opinion on the 2023
#         纲要, as text: the naive Simplified -> Traditional map of parts H–BI (naive-traditional.sh);
#   z883  a Traditional wiki entry of a region's 2023 质量强区建设实施方案, as text: OpenCC's s2t as it is (a wiki's proper
#         Traditional: 關於, 製造業, 爲 left as OpenCC gives them).
# The other files of the part (z880, z881, z882, z884, z885, z886) are written as committed (UTF-8; z882's pinyin and
# stray Traditional characters are in the committed text).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-by.sh: opencc is missing (Debian: apt-get install opencc); z879 and z883 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z879_l6-naive-traditional-policy-site-copy-province-bureau-interpretation-party-gov-opinion-on-2023-outline-category-glued-to-headline-source-in-parens-why-and-what
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z883_l6-traditional-wiki-entry-region-party-gov-quality-region-plan-2023-issue-notice-section-full-text-section-cut
opencc -c s2t -i "$here/$f.src.txt" > "$zoo/$f.txt"
