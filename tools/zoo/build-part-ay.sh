#!/usr/bin/env bash
# Builds the part AY (held-out, representative sample of PROVINCE-level quality documents and their reprints — 质量强省
# 纲要 and 实施意见, 质量工作考核, 政府质量奖 管理办法, 质量提升行动 — as department sites, legal databases, news-agency and
# newspaper reprints carry them, 2009–2023, taken in search order) zoo fixture that is made from a source rather than written
# by hand:
#   z627  a naive-Traditional copy of a district government office's notice on the district's 2016-2017 quality-work
#         assessment, as text: the naive Simplified -> Traditional map of parts H–AV (naive-traditional.sh), then
#         OpenCC's 考覈 and 並 put back to 考核 and 并, as the sampled copy prints them; no pinyin (the sampled copy has
#         none); the `11月28目前` slip, the stray `。` in the list of assessed governments and the spaces around
#         ` 2016-2017 ` are in the source.
# z619–z626 and z628 are written as committed (UTF-8).
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ay.sh: opencc is missing (Debian: apt-get install opencc); z627 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z627_l6-naive-traditional-copy-district-office-notice-2016-2017-district-quality-assessment-opens-at-addressees-province-city-measures-by-number-date-typo-stray-stop
naive_traditional "$here/$f.src.txt" | sed -e 's/考覈/考核/g' -e 's/並/并/g' > "$zoo/$f.txt"
