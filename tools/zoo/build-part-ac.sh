#!/usr/bin/env bash
# Builds the part AC (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z402  a spam-wrapped mirror's copy of a national quality-education news item, as text: the naive Simplified ->
#         Traditional map of parts H–AB (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制 undone), pinyin
#         after converted characters (pinyin_after_traditional_text.py, as parts M–AB) and after the further characters
#         the sampled page annotates (學, 動, 會, 萬, 說); the source carries the page's `????` run before 信息來源;
#   z404  a spam-wrapped news page of a national online spot-check item, as HTML: the naive map only;
#   z405  a Hong Kong site's news page, as HTML: OpenCC s2hk (公佈, 啓動, as Hong Kong sites write them);
#   z406  a spam-wrapped food-safety site's law page of a national announcement, as text: the naive map only;
#   z408  a mirror's copy of a portal's 2008 roll-news page, as text: the naive map with 考覈→考核 and 瞭解→了解 undone
#         (as the sampled copy prints them), pinyin after converted characters (pinyin_after_traditional_text.py) and
#         after the further characters the sampled copy annotates (動, 號, 爭, 創, 領, 導, 據).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ac.sh: opencc is missing (Debian: apt-get install opencc); z402, z404, z405, z406 and z408 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z402_l6-traditional-pinyin-spam-mirror-national-quality-education-base-news-question-mark-run-source-url
naive_traditional "$here/$f.src.txt" \
  | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/學/學(xué)/g' -e 's/動/動(dòng)/g' -e 's/會/會(huì)/g' -e 's/萬/萬(wàn)/g' -e 's/說/說(shuō)/g' \
  > "$zoo/$f.txt"

f=z404_l6-naive-traditional-spam-wrapped-news-page-national-online-shopping-spot-check-report-source-clicks-tags
naive_traditional "$here/$f.src.html" > "$zoo/$f.html"

f=z405_l6-hongkong-site-traditional-national-quality-chain-projects-news-title-site-suffix-date-source-views-share
opencc -c s2hk -i "$here/$f.src.html" > "$zoo/$f.html"

f=z406_l3-naive-traditional-spam-wrapped-food-safety-site-national-announcement-fields-publisher-twice-no-targets
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z408_l6-traditional-pinyin-mirror-sina-roll-quality-news-county-passes-province-acceptance-headline-glued-url-date-source
naive_traditional "$here/$f.src.txt" | sed -e 's/考覈/考核/g' -e 's/瞭解/了解/g' \
  | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/動/動(dòng)/g' -e 's/號/號(hào)/g' -e 's/爭/爭(zhēng)/g' -e 's/創/創(chuàng)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/據/據(jù)/g' \
  > "$zoo/$f.txt"
