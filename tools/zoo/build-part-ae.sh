#!/usr/bin/env bash
# Builds the part AE (held-out, representative sample of provincial and national quality documents and reports)
# zoo fixtures that are made from a source rather than written by hand:
#   z420  a content site's law-column copy of a city office's brand opinion, as text, opening at the addressees: the
#         naive Simplified -> Traditional map of parts H–AD (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為,
#         製→制 undone), with 註冊 written 注冊 and 羣 written 群, as the sampled copy prints them;
#   z422  a mobile digest page's item on a national plan's issuing, as text: the naive map, with 有助於 written 有助于
#         (the sampled page's form) and the magazine page's `endprint` tail kept (it is in the source);
#   z423  a content site's copy of a municipality's notice issuing a certification plan, as text, opening at the
#         addressees: the naive map only.
# z419, z421, z424, z425, z426, z427 and z428 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ae.sh: opencc is missing (Debian: apt-get install opencc); z420, z422 and z423 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z420_l6-naive-traditional-law-column-city-office-brand-opinion-body-only-starts-at-addressees-national-and-province-parents
naive_traditional "$here/$f.src.txt" | sed -e 's/註冊/注冊/g' -e 's/羣/群/g' > "$zoo/$f.txt"

f=z422_l6-naive-traditional-mobile-digest-national-plan-issued-report-impact-paragraph-endprint-no-headline
naive_traditional "$here/$f.src.txt" | sed -e 's/有助於/有助于/g' > "$zoo/$f.txt"

f=z423_l6-naive-traditional-content-site-municipality-certification-plan-notice-starts-at-addressees-plan-heading-only-title
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
