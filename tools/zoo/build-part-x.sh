#!/usr/bin/env bash
# Builds the part X (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z350  an industry company site's saved news page printing a national outline's main contents after a 近日 lead:
#         OpenCC s2t over the whole HTML, then a partial converter's leftovers (标, 産, 争) and pinyin after a fixed set
#         of common characters (pinyin_common_traditional.py), as the sampled page;
#   z351  a content site's copy of a municipality's nine-department notice, as text: the naive Simplified ->
#         Traditional map of parts H–U (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制 undone), and the
#         site's own `發布于` line as the sampled page writes it;
#   z355  a portal's 2009 news page saved as it was served, in GB18030 (the page declares gb2312): iconv only;
#   z357  a mirror's body-only copy of a city's metrology news, as text: the naive map, then pinyin after converted
#         characters (pinyin_after_traditional_text.py, as parts M, S, T and U).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-x.sh: opencc is missing (Debian: apt-get install opencc); z350, z351 and z357 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z350_l6-traditional-pinyin-industry-news-site-national-outline-main-contents-lead-no-date
opencc -c s2t -i "$here/$f.src.html" | python3 "$here/pinyin_common_traditional.py" > "$zoo/$f.html"

f=z351_l6-naive-traditional-content-site-municipality-nine-department-notice-no-title-abbreviated-signatures
naive_traditional "$here/$f.src.txt" | sed -e 's/發布於/發布于/g' > "$zoo/$f.txt"

f=z355_l5-portal-news-2009-county-brand-strategy-provincial-daily-report-url-date-source-line-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.html" > "$zoo/$f.html"

f=z357_l6-traditional-pinyin-mirror-city-metrology-opinion-report-body-only-starts-at-restated-aims
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"
