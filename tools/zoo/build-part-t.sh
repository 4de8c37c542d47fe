#!/usr/bin/env bash
# Builds the part T (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z311  a document-sharing site's first page of a provincial testing-and-inspection action plan, as text: the naive
#         Simplified -> Traditional map of parts H–S (OpenCC s2t, then the phrase-level choices such a map does not
#         make undone: 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制), then pinyin after converted characters
#         (pinyin_after_traditional_text.py, as parts M and S); the sampled page started at the preamble, no title;
#   z313  a Taiwan finance site's saved news page on a national plan: OpenCC s2tw (Taiwan variants, not the s2twp
#         phrase map, which over-converts 发布 to 釋出), 發佈→發布 and 水平→水準 as the sampled site writes them; the
#         source keeps 産 (U+7522) in two places, so 産/產 are mixed as on the sampled page;
#   z315  a magazine's news item copied onto a content site, as text: the naive map, then pinyin (as z311);
#   z316  a mirror's saved page of a provincial daily's report, the naive map over the whole HTML.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-t.sh: opencc is missing (Debian: apt-get install opencc); z311, z313, z315 and z316 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z311_l6-traditional-pinyin-doc-site-first-page-province-testing-plan-body-only
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"

f=z313_l6-taiwan-finance-news-national-consumer-goods-plan-report-mixed-variants
opencc -c s2tw -i "$here/$f.src.html" | sed -e 's/發佈/發布/g' -e 's/水平/水準/g' > "$zoo/$f.html"

f=z315_l6-traditional-pinyin-magazine-news-municipality-brand-recognition-no-headline
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"

f=z316_l6-naive-traditional-mirror-province-bureau-chief-quality-officer-opinion-report-strike-tags
naive_traditional "$here/$f.src.html" > "$zoo/$f.html"
