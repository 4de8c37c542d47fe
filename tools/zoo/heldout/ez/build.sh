#!/bin/bash
# Rebuild part EZ's Traditional fixtures from their Simplified sources (Debian's opencc; deterministic).
set -e
cd "$(dirname "$0")"
opencc -c s2twp.json -i z1671.src.txt | python3 post.py z1671 > ../../../../tests/HeldOut/z1671_l6-naive-traditional-news-aggregator-province-quality-month-launch-2022-governor-instruction-place-views-line-abstract-kicker-headline-stack-taiwan-words-cut.txt
opencc -c s2t.json -i z1673.src.txt | python3 post.py none > ../../../../tests/HeldOut/z1673_l6-traditional-quality-news-mirror-body-only-city-quality-month-launch-2023-yearless-dateline-no-headline-award-counts-cut.txt
opencc -c s2t.json -i z1674.src.txt | python3 post.py z1674 > ../../../../tests/HeldOut/z1674_l6-traditional-pinyin-spam-wrapped-periodical-page-national-first-china-quality-award-ceremony-2013-keyword-line-stamp-before-event-issue-line-no-figures.txt
opencc -c s2t.json -i z1677.src.txt | python3 post.py z1677 > ../../../../tests/HeldOut/z1677_l6-traditional-pinyin-unrelated-city-site-copy-provincial-daily-national-association-quality-month-launch-in-province-2018-yearless-day-editor.txt
