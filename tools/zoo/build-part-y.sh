#!/usr/bin/env bash
# Builds the part Y (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z359  an online encyclopedia's Traditional entry for a province's quality-promotion regulation: OpenCC s2t over
#         the whole HTML, with 佈 back to 布 (公布, 發布), as the sampled entry writes them; 於 stays, as it does there;
#   z360  a company site's 质量管理 column printing a national action plan from its first sentence: OpenCC s2t with a
#         partial converter's leftover 范 (試點示范), as the sampled page (獎勵范疇) shows;
#   z367  a news mirror's body-only copy of a county's quality meeting news, as text: the naive Simplified ->
#         Traditional map of parts H–X (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制 undone) with
#         並 left as 并 (并作重要講話 on the sampled page);
#   z368  a testing company's news page on a national plan: the naive map, then pinyin after converted characters
#         (pinyin_after_traditional.py, as parts G and L); its source carries the mojibake run of the sampled page
#         (a sentence end and the next words read in the wrong encoding, with `?` for bytes it could not show).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-y.sh: opencc is missing (Debian: apt-get install opencc); z359, z360, z367 and z368 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z359_l6-traditional-wiki-province-quality-promotion-regulation-announcement-passed-date-no-infobox
opencc -c s2t -i "$here/$f.src.html" | sed -e 's/佈/布/g' > "$zoo/$f.html"

f=z360_l6-traditional-company-quality-column-national-standardization-action-plan-body-only-headline-in-title
opencc -c s2t -i "$here/$f.src.html" | sed -e 's/範/范/g' > "$zoo/$f.html"

f=z367_l6-naive-traditional-news-mirror-county-quality-strategy-meeting-body-only-yearless
naive_traditional "$here/$f.src.txt" | sed -e 's/並/并/g' > "$zoo/$f.txt"

f=z368_l6-traditional-pinyin-testing-company-news-national-plan-release-mojibake-run
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"
