#!/usr/bin/env bash
# Builds the part BF (held-out, representative sample of pages on quality work in ETHNIC AUTONOMOUS areas — 自治州,
# 自治县, 盟/旗, 自治区 and their news: standardization, 地理标志, 名牌, 计量, quality assessment and award rules, 质量强县 —
# 2016–2024, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z691  a Traditional+pinyin copy of a city office's 2018 bulletin of the 2017 quality-work assessment grades, opening
#         at the addressees, as text: the naive Simplified -> Traditional map of parts H–BE (naive-traditional.sh) with
#         OpenCC's 考覈 put back to 考核, then pinyin after 發, 區, 現 and 經;
#   z692  a Traditional+pinyin mobile-portal copy of a metrology institute's and a district bureau's 质量安全进社区 day in
#         质量月, with the source's runs of question marks (lost characters) kept, as text: the naive map with 羣衆 put back to 群眾, then pinyin
#         after 區, 詢, 這, 測, 試, 開, 來, 計, 質, 總, 監, 動, 現, 場, 發, 檢 and 識;
#   z697  a naive-Traditional copy of an autonomous prefecture quality office's 2023 征求意见 notice on its quality-award
#         measures, body first, as text: the naive map only (no pinyin).
# The other files of the part (z689, z690, z693, z694, z695, z696, z698) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bf.sh: opencc is missing (Debian: apt-get install opencc); z691, z692 and z697 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z691_l6-traditional-pinyin-copy-city-office-quality-work-assessment-grades-bulletin-2018-opens-at-addressees-no-title-signature-date
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' \
  | sed -e 's/發/發(fā)/g' -e 's/區/區(qū)/g' -e 's/現/現(xiàn)/g' -e 's/經/經(jīng)/g' \
  > "$zoo/$f.txt"

f=z692_l6-traditional-pinyin-mobile-portal-copy-metrology-institute-district-quality-safety-community-day-quality-month-question-mark-runs-no-headline-yearless
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/羣衆/群眾/g' \
  | sed -e 's/區/區(qū)/g' -e 's/詢/詢(xún)/g' -e 's/這/這(zhè)/g' -e 's/測/測(cè)/g' -e 's/試/試(shì)/g' \
        -e 's/開/開(kāi)/g' -e 's/來/來(lái)/g' -e 's/計/計(jì)/g' -e 's/質/質(zhì)/g' -e 's/總/總(zǒng)/g' \
        -e 's/監/監(jiān)/g' -e 's/動/動(dòng)/g' -e 's/現/現(xiàn)/g' -e 's/場/場(chǎng)/g' -e 's/發/發(fā)/g' \
        -e 's/檢/檢(jiǎn)/g' -e 's/識/識(shí)/g' \
  > "$zoo/$f.txt"

f=z697_l6-naive-traditional-copy-autonomous-prefecture-quality-award-measures-consultation-notice-2023-body-first-no-headline-deadline-mail-phone-short-signature
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
