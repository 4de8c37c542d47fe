#!/usr/bin/env bash
# Builds the part N (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z245  a Discuz! portal's article page of a province's 2013 opinion, run through a naive Simplified -> Traditional
#         map (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布,
#         爲→為, 製→制, as parts H–M);
#   z249  a mobile policy mirror's page of a county-level city's notice, the same naive map, then pinyin after
#         converted characters (pinyin_after_traditional.py, part K's table), also inside the number in the headline;
#   z250  a content site's copy of a quality-news report, as text, the same naive map;
#   z251  an industry information site's 2013 report copied as text and saved in GB18030 (`iconv -t GB18030`).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-n.sh: opencc is missing (Debian: apt-get install opencc); z245, z249 and z250 cannot be built" >&2
  exit 1
fi
if ! command -v iconv >/dev/null 2>&1; then
  echo "build-part-n.sh: iconv is missing (Debian: libc-bin); z251 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z245_l6-naive-traditional-discuz-portal-province-opinion-2013-no-number-post-time
naive_traditional "$here/$f.src.html" > "$zoo/$f.html"

f=z249_l6-traditional-pinyin-mobile-mirror-county-city-annual-plan-number-in-parens-date-views
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"

f=z250_l6-naive-traditional-content-site-quality-news-city-opinion-report-abbreviated-alias
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z251_l5-industry-info-site-county-executive-meeting-opinion-report-ascii-number-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.txt" > "$zoo/$f.txt"
