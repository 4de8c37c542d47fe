#!/bin/bash
# Deterministic build of part GE's converted fixtures from their Simplified sources (needs Debian's opencc, python3).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z1971: naive Traditional (OpenCC s2t), 電子 left unconverted as on the sampled page
opencc -c s2t.json -i z1971.src.txt | sed 's/電子/电子/g' > "$OUT/z1971_l6-naive-traditional-unrelated-host-copy-consumer-paper-item-national-bureau-solicits-quality-month-theme-2019-dateline-paren-lost-disclaimer-ad-tail.txt"
# z1972: naive Traditional, 後 and 範 left as 后 and 范 (the converter's gaps on the sampled page)
opencc -c s2t.json -i z1972.src.txt | sed 's/後/后/g; s/範/范/g' > "$OUT/z1972_l6-naive-traditional-copy-food-news-item-city-government-quality-award-application-notice-reported-2020-date-views-source-line-first-no-headline-question-subheads.txt"
# z1973: Traditional, then pinyin after every 質 監 強 轉 內 開 產 實 驗 設 檢 縣
opencc -c s2t.json -i z1973.src.txt | python3 add_pinyin.py > "$OUT/z1973_l6-traditional-pinyin-mirror-body-only-league-quality-month-launch-2014-twenty-departments-ten-activities-no-headline-no-date-cut.txt"
# z1975: naive Traditional
opencc -c s2t.json -i z1975.src.txt > "$OUT/z1975_l6-naive-traditional-copy-county-news-item-autonomous-county-quality-month-and-quality-open-day-visit-body-only-net-news-lead-yearless-day-reporter-in-parens.txt"
