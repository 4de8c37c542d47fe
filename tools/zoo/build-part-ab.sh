#!/usr/bin/env bash
# Builds the part AB (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z389  a Taiwan-hosted mirror's copy of a province's 2018 opinion, as text: the naive Simplified -> Traditional map
#         of parts H–Z (OpenCC s2t, then 關於→關于, 佔→占, 發佈→發布, 爲→為, 製→制 undone) with 羣/衆 written 群/眾
#         (人民群眾 on the sampled copy); the copy opens at the bracketed date;
#   z390  a quality newspaper's feature through a Traditional+pinyin mirror, as text: OpenCC's s2tw (為, 著) with 裡
#         written 里 (這里, as the sampled mirror), then pinyin after a small set of converted characters the sampled page
#         annotates (現, 發, 創, 區, 業, 規) and not after 質; its source carries the mojibake run of the sampled page
#         (a quoted phrase read in the wrong encoding, `?` for bytes it could not show);
#   z392  a Hong Kong paper's site, as HTML: OpenCC s2tw over the page (啟, 說, 群, 於), then the site's chrome put back
#         in Simplified as the sampled page prints it (香港商报官网, 时政要闻, 来源:香港商报网) and its one slip 有三个;
#   z393  a company's 服务信息 page carrying a city's plan, as HTML: the naive map, then the converter's Taiwan words
#         智能→智慧 and 網絡→網路 (產業智慧化 on the sampled page);
#   z398  a mirror's body-only copy of a provincial paper's item, as text: the naive map with 考覈→考核 and 標誌→標志
#         undone (as the sampled copy prints them), pinyin after converted characters (pinyin_after_traditional_text.py,
#         as parts M–Z) and after the further characters the sampled copy annotates (監, 結, 負, 項, 應, 機, 業); the
#         source carries a mojibake run.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc
# (Debian: apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ab.sh: opencc is missing (Debian: apt-get install opencc); z389, z390, z392, z393 and z398 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z389_l6-naive-traditional-tw-mirror-province-opinion-2018-bracket-date-first-no-title-no-issuer
naive_traditional "$here/$f.src.txt" | sed -e 's/羣/群/g' -e 's/衆/眾/g' > "$zoo/$f.txt"

f=z390_l6-traditional-pinyin-quality-paper-mirror-city-quality-feature-dash-subtitle-byline-mojibake-run
opencc -c s2tw -i "$here/$f.src.txt" | sed -e 's/裡/里/g' \
  | sed -e 's/現/現(xiàn)/g' -e 's/發/發(fā)/g' -e 's/創/創(chuàng)/g' -e 's/區/區(qū)/g' -e 's/業/業(yè)/g' -e 's/規/規(guī)/g' \
  > "$zoo/$f.txt"

f=z392_l5-hongkong-paper-site-province-quality-month-press-release-simplified-chrome-hk-traditional-body
opencc -c s2tw -i "$here/$f.src.html" \
  | sed -e 's/香港商報官網/香港商报官网/g' -e 's/時政要聞/时政要闻/g' -e 's/來源:香港商報網/来源:香港商报网/g' -e 's/有三個/有三个/g' \
  > "$zoo/$f.html"

f=z393_l6-naive-traditional-company-service-page-city-quality-plan-body-only-province-notice-cited-taiwan-words
naive_traditional "$here/$f.src.html" | sed -e 's/智能/智慧/g' -e 's/網絡/網路/g' > "$zoo/$f.html"

f=z398_l6-traditional-pinyin-mirror-province-assessment-grade-news-body-only-mojibake-run
naive_traditional "$here/$f.src.txt" | sed -e 's/考覈/考核/g' -e 's/標誌/標志/g' \
  | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/監/監(jiān)/g' -e 's/結/結(jié)/g' -e 's/負/負(fù)/g' -e 's/項/項(xiàng)/g' -e 's/應/應(yīng)/g' -e 's/機/機(jī)/g' -e 's/業/業(yè)/g' \
  > "$zoo/$f.txt"
