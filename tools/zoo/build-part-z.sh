#!/usr/bin/env bash
# Builds the part Z (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z369  a mirror's body-only copy of a prefecture's quality-work news, as text: OpenCC's plain s2t (the sampled
#         mirror keeps s2t's 製造業, so nothing is undone), then pinyin after converted characters
#         (pinyin_after_traditional_text.py, as parts M–X), except after 強, 點 and 責, which the sampled page leaves
#         bare (質量強州, 重點, 負責人);
#   z372  a mirror's body-only copy of a county's meeting news, as text: the naive Simplified -> Traditional map of
#         parts H–X (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制 undone), then the same pinyin; the
#         sampled copy opens with an empty line;
#   z373  a management-news site's saved page reporting a province's plan, as HTML: the naive map, then pinyin after
#         converted characters in <title> and <body> (pinyin_after_traditional.py);
#   z376  a copy without address of a city's quality-award news, as text: the naive map with 註冊 written 注冊 as the
#         sampled copy does, then the same pinyin, except after 質, which the sampled copy leaves bare (質量 beside
#         頒發(fā), 區(qū), 現(xiàn));
#   z378  a news item seen through the government portal's big5 gate, as HTML: OpenCC's plain s2t with the gate's own
#         variants 産 and 説 for 產 and 說 (農産品, 還説 on the sampled page), no pinyin.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-z.sh: opencc is missing (Debian: apt-get install opencc); z369, z372, z373, z376 and z378 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z369_l6-traditional-pinyin-mirror-autonomous-prefecture-quality-work-news-body-only-results-and-aims
opencc -c s2t -i "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/強(qiáng)/強/g' -e 's/點(diǎn)/點/g' -e 's/責(zé)/責/g' > "$zoo/$f.txt"

f=z372_l6-traditional-pinyin-mirror-county-quality-county-meeting-news-body-only-yearless-day
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"

f=z373_l6-traditional-pinyin-management-site-province-joint-plan-press-conference-report-targets-restated
naive_traditional "$here/$f.src.html" | python3 "$here/pinyin_after_traditional.py" > "$zoo/$f.html"

f=z376_l6-naive-traditional-pinyin-copy-city-government-quality-award-ceremony-report-body-only-counts
naive_traditional "$here/$f.src.txt" | sed -e 's/註冊/注冊/g' | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/質(zhì)/質/g' > "$zoo/$f.txt"

f=z378_l6-big5-gate-mirror-xinhua-national-action-plan-interpretation-flattened-headline-only-in-title
opencc -c s2t -i "$here/$f.src.html" | sed -e 's/產/産/g' -e 's/說/説/g' > "$zoo/$f.html"
