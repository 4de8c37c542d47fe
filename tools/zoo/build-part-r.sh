#!/usr/bin/env bash
# Builds the part R (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z290  a mirror's copy of a news site's report of a national press conference, as a saved page, through a naive
#         Simplified -> Traditional map (OpenCC s2t, then the choices such a map does not make undone, as parts H–Q:
#         關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制; the sampled mirror also kept 并 where s2t writes 並);
#   z291  a content site's copy of a province's quality opinion, as text, the same naive map; the sampled page
#         printed the body only (no title, number, issuer, signature or date);
#   z295  a study platform's copy of a news-agency release of a national opinion, as text, through an OVER-converting
#         character map: s2t, then the one-to-many mistakes such a map makes (面→麵 in 全面/面對/方面/面向, 歷史→曆史,
#         同志→同誌, 制定/機制/體制→製定/機製/體製, 於 kept; 爲→為, 發佈→發布 and 併→並 as the sampled page wrote
#         them), and a space before every Chinese punctuation mark as the sampled page printed it (`近日 ，`).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-r.sh: opencc is missing (Debian: apt-get install opencc); z290, z291 and z295 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

over_converted_traditional() {
  opencc -c s2t -i "$1" | sed \
    -e 's/全面/全麵/g' -e 's/面對/麵對/g' -e 's/方面/方麵/g' -e 's/面向/麵向/g' \
    -e 's/歷史/曆史/g' -e 's/同志/同誌/g' \
    -e 's/制定/製定/g' -e 's/機制/機製/g' -e 's/體制/體製/g' \
    -e 's/爲/為/g' -e 's/發佈/發布/g' -e 's/併/並/g' \
    -e 's/\([，、。；：]\)/ \1/g'
}

z290=z290_l6-naive-traditional-mirror-news-site-national-press-conference-glued-time-source
naive_traditional "$here/$z290.src.html" | sed -e 's/並/并/g' > "$zoo/$z290.html"

z291=z291_l6-naive-traditional-content-site-province-opinion-body-only-no-title
naive_traditional "$here/$z291.src.txt" > "$zoo/$z291.txt"

z295=z295_l4-over-converted-traditional-study-platform-xinhua-lead-national-two-office-opinion
over_converted_traditional "$here/$z295.src.txt" > "$zoo/$z295.txt"
