#!/usr/bin/env bash
# Builds the part AK (held-out, representative sample of pages carrying NATIONAL quality documents and reports about
# them) zoo fixtures that are made from a source rather than written by hand:
#   z479  a mobile page's copy of a journal's item on the 2012 纲要 being issued, body only, as text: the naive
#         Simplified -> Traditional map of parts H–AH (naive-traditional.sh), then 後 -> 后 and 並 -> 并 undone as the
#         sampled copy prints them (今后, 此后, 并且); the spaces inside and around the title marks are the source's;
#   z480  a testing company's 政策法规 page of a news-agency item on the 2017 指导意见, as a saved HTML page: the naive
#         map over the whole page (公佈, 集羣 as OpenCC writes them);
#   z482  a CMS copy of an invented State Council notice issuing a certification plan, as text, through an
#         OVER-converting map as the sampled copy: OpenCC s2t (關於 and 號 kept), then 制 -> 製 in 製定/編製/機製/體製/製度
#         and 同志 -> 同誌, with 發佈 -> 發布 and 爲 -> 為 as the sampled page writes them (強制性 left);
#   z486  a Traditional+pinyin copy of an invented State Council executive-meeting item, as text: the naive map, then
#         pinyin after the 25 characters the sampled copy annotates (標, 題, 場, 來, 質, 費, 關, 國, 務, 會, 議, 進, 級,
#         發, 濟, 舉, 導, 業, 圍, 準, 認, 證, 營, 價, 樣); others (強, 區, 現, 實, 體, 羣) stay bare.
# z481, z483, z484, z485, z487 and z488 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ak.sh: opencc is missing (Debian: apt-get install opencc); z479, z480, z482 and z486 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z479_l6-naive-traditional-mobile-copy-journal-item-national-2012-outline-issued-report-body-only-spaced-title-marks
naive_traditional "$here/$f.src.txt" | sed -e 's/後/后/g' -e 's/並/并/g' > "$zoo/$f.txt"

f=z480_l6-naive-traditional-company-site-policy-column-xinhua-item-national-2017-guiding-opinion-headline-aim-colon-date-views
naive_traditional "$here/$f.src.html" > "$zoo/$f.html"

f=z482_l6-over-converted-traditional-cms-copy-state-council-notice-invented-certification-plan-title-two-lines-guan-yu-kept
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/制定/製定/g' -e 's/編制/編製/g' -e 's/機制/機製/g' -e 's/體制/體製/g' -e 's/制度/製度/g' \
        -e 's/同志/同誌/g' -e 's/發佈/發布/g' -e 's/爲/為/g' \
  > "$zoo/$f.txt"

f=z486_l6-traditional-pinyin-copy-state-council-executive-meeting-service-quality-item-original-title-clickbait-line
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/標/標(biāo)/g' -e 's/題/題(tí)/g' -e 's/場/場(chǎng)/g' -e 's/來/來(lái)/g' -e 's/質/質(zhì)/g' \
        -e 's/費/費(fèi)/g' -e 's/關/關(guān)/g' -e 's/國/國(guó)/g' -e 's/務/務(wù)/g' -e 's/會/會(huì)/g' \
        -e 's/議/議(yì)/g' -e 's/進/進(jìn)/g' -e 's/級/級(jí)/g' -e 's/發/發(fā)/g' -e 's/濟/濟(jì)/g' \
        -e 's/舉/舉(jǔ)/g' -e 's/導/導(dǎo)/g' -e 's/業/業(yè)/g' -e 's/圍/圍(wéi)/g' -e 's/準/準(zhǔn)/g' \
        -e 's/認/認(rèn)/g' -e 's/證/證(zhèng)/g' -e 's/營/營(yíng)/g' -e 's/價/價(jià)/g' -e 's/樣/樣(yàng)/g' \
  > "$zoo/$f.txt"
