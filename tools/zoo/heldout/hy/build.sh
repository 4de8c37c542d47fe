#!/bin/sh
# Rebuilds the converted fixtures of part HY from their UTF-8 Simplified sources.
# Needs Debian's opencc (s2tw). Deterministic: fixed config, fixed substitution lists.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut

# z2432: naive Traditional as the sampled business-site law page showed it:
# OpenCC s2tw, then 於 put back to 于 (the page keeps 關于) and 發佈 to 發布.
opencc -c s2tw.json -i z2432.src.txt \
  | sed -e 's/於/于/g' -e 's/發佈/發布/g' \
  > "$OUT/z2432_l6-naive-traditional-business-site-law-page-province-office-standardization-system-plan-2016-2020-opens-at-addressees-date-without-signer-national-plan-number-2020-targets-cut.txt"

# z2435: Traditional encyclopedia entry: OpenCC s2tw, 發佈 to 發布 (the site writes 發布).
opencc -c s2tw.json -i z2435.src.txt \
  | sed -e 's/發佈/發布/g' \
  > "$OUT/z2435_l6-traditional-encyclopedia-entry-province-government-metrology-plan-implementing-scheme-2022-lead-issue-date-basic-info-bullets-run-together-contents-mismatched-bracket-number-2025-targets-cut.txt"

# z2437: OpenCC s2tw, then pinyin after every 質 監 術 發 結 進 長 業 體 (one fixed reading
# each, so 長春 gets zhǎng as the sampled page's wrong tones did).
opencc -c s2tw.json -i z2437.src.txt \
  | sed -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/術/術(shù)/g' -e 's/發/發(fā)/g' \
        -e 's/結/結(jié)/g' -e 's/進/進(jìn)/g' -e 's/長/長(zhǎng)/g' -e 's/業/業(yè)/g' \
        -e 's/體/體(tǐ)/g' \
  > "$OUT/z2437_l6-traditional-pinyin-mobile-page-copy-body-only-province-quality-supervision-work-conference-2017-yearless-day-eight-point-deployment-wrong-tone-cut.txt"

# z2438: OpenCC s2tw, then pinyin after every 項 質 獎 當 聞 數 險 類.
opencc -c s2tw.json -i z2438.src.txt \
  | sed -e 's/項/項(xiàng)/g' -e 's/質/質(zhì)/g' -e 's/獎/獎(jiǎng)/g' -e 's/當/當(dāng)/g' \
        -e 's/聞/聞(wén)/g' -e 's/數/數(shù)/g' -e 's/險/險(xiǎn)/g' -e 's/類/類(lèi)/g' \
  > "$OUT/z2438_l6-traditional-pinyin-news-mirror-province-four-projects-win-water-engineering-quality-award-2023-crumb-clickbait-suffix-datetime-source-file-photo-reporter-lines-caption-cut.txt"
