#!/bin/sh
# Rebuild the converted fixtures of part GG from their UTF-8 Simplified sources (needs Debian's opencc).
# Deterministic: OpenCC s2t, then (z1993, z1995) pinyin after fixed character sets by add_pinyin.py.
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
opencc -c s2t.json -i z1992_src.txt -o "$OUT/z1992_l6-traditional-copy-unrelated-host-quality-paper-item-municipality-quality-month-launch-and-quality-lecture-2024-body-only-no-headline-lead-byline-planned-activity-counts-chain-projects.txt"
opencc -c s2t.json -i z1993_src.txt | python3 add_pinyin.py z1993 > "$OUT/z1993_l6-traditional-pinyin-copy-county-media-item-province-transport-key-projects-quality-month-launch-at-bridge-site-2024-publish-time-first-doubled-commas-review-line-tail.txt"
opencc -c s2t.json -i z1995_src.txt | python3 add_pinyin.py z1995 > "$OUT/z1995_l8-doc-sharing-preview-traditional-pinyin-province-quality-status-white-paper-draft-2011-year-mask-page-lines-download-chrome-pdf-text-doubled-characters-lost-zero-month-only-results.txt"
