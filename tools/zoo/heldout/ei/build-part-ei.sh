#!/bin/bash
# Rebuild the Traditional fixtures of part EI from their UTF-8 Simplified sources (Debian's opencc; deterministic).
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
s2t() { opencc -c s2t.json; }

# z1502: OpenCC s2t, then the naive mirror's 并 kept (並 -> 并).
s2t < z1502.src.txt | sed 's/並/并/g' \
  > "$OUT/z1502_l6-traditional-naive-mirror-news-site-item-region-quality-month-launch-2025-no-headline-dateline-lead-photo-caption-pilot-counties-named.txt"

# z1504: naive map: s2t, then 於->于, 製->制, 築->筑, 並->并, 淨->凈 (as the sampled mirror prints them).
s2t < z1504.src.txt | sed 's/於/于/g; s/製/制/g; s/築/筑/g; s/並/并/g; s/淨/凈/g' \
  > "$OUT/z1504_l6-naive-traditional-mirror-open-info-city-office-quality-city-2017-action-plan-number-first-no-notice-title-signature-province-parents-2017-targets.txt"

# z1505: s2t, pinyin after every 區 and 縣, and a mojibake run (UTF-8 bytes of 。《中國消費導 read as GBK, bad bytes as ?).
MOJI=$(python3 -c "print('。《中國消費導'.encode('utf-8').decode('gbk',errors='replace').replace('\ufffd','?'))")
s2t < z1505.src.txt | sed 's/區/區(qū)/g; s/縣/縣(xiàn)/g' | sed "s/@@MOJI@@/${MOJI}/" \
  > "$OUT/z1505_l6-traditional-mirror-consumer-paper-item-province-quality-work-and-government-quality-award-conference-2022-body-only-pinyin-after-two-characters-mojibake-run.txt"

# z1509: s2t, pinyin after every 創, 區, 發, 戰 and 監.
s2t < z1509.src.txt | sed 's/創/創(chuàng)/g; s/區/區(qū)/g; s/發/發(fā)/g; s/戰/戰(zhàn)/g; s/監/監(jiān)/g' \
  > "$OUT/z1509_l6-traditional-pinyin-content-site-copy-provincial-paper-item-city-county-quality-assessment-grades-2022-crumb-data-image-byline-keyword-tail.txt"
