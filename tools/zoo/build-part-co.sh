#!/usr/bin/env bash
# Builds the part CO (held-out, representative sample of quality-strong documents and reports of the CENTRAL
# provinces — 河南 湖北 湖南 江西 安徽 山西: 质量强省/强市/强县 意见, 方案, 年度要点, 推进会 reports, 2012–2025, as a
# researcher collecting them would search for them, taken in search order) zoo fixtures that are made from a source
# rather than written by hand:
#   z1043  a Traditional copy on a policy aggregator of a city government's 2024 深化质量强市 plan notice, body from the
#          addressees: the naive map of naive-traditional.sh (OpenCC's s2t with 關於 -> 關于, 佔 -> 占, 製 -> 制 … undone),
#          as the sampled copy reads (`關于`, `制造業`, `占GDP`).
#   z1047  a naive-Traditional copy of a city market-regulation work meeting item (2024): the same naive map, then
#          示範 -> 示范 undone too (the sampled copy leaves 示范 in Simplified form).
# The other files of the part (z1039–z1042, z1044–z1046, z1048) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-co.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z1043_l6-traditional-policy-aggregator-copy-city-government-deepen-quality-city-plan-2024-body-from-addressees-date-only-public-release-line-guan-yu-slip-2025-targets
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z1047_l6-naive-traditional-copy-city-market-regulation-work-meeting-2024-quality-city-results-and-year-tasks-body-only-dateline-day-numbered-tasks-cut
naive_traditional "$here/$f.src.txt" | sed -e 's/示範/示范/g' > "$zoo/$f.txt"
