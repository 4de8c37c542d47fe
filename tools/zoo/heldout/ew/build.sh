#!/bin/bash
# deterministic: OpenCC s2t, then pinyin after 發 質 務 動 設 強 實 導 創 區
set -e
cd "$(dirname "$0")"
opencc -c s2t -i z1641_src.txt | python3 add_pinyin.py > "../../../../tests/HeldOut/z1641_l6-traditional-pinyin-company-site-news-show-national-office-inspection-incentive-notice-reported-as-quality-support-2018-pipe-headline-category-views-yearless-day-notice-text-cut.txt"
