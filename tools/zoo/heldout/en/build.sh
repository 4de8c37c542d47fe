#!/bin/bash
# Rebuilds the two converted fixtures of part EN into the parent folder.
# Needs Debian's opencc (s2t.json). Deterministic: same sources give the same bytes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# z1554: naive Traditional, no pinyin
opencc -c s2t.json -i "$here/z1554.src.txt" -o "$tmp/z1554.t.txt"
python3 "$here/naive.py" "$tmp/z1554.t.txt" \
  "$out/z1554_l6-naive-traditional-copy-quality-news-item-body-only-city-approved-first-batch-quality-city-demonstration-creation-2012-yearless-day-stray-quote-brand-zones-school-bases.txt"

# z1560: naive Traditional with pinyin after 網質發創現區規場監業務 (not inside the quoted theme)
opencc -c s2t.json -i "$here/z1560.src.txt" -o "$tmp/z1560.t.txt"
python3 "$here/naive.py" "$tmp/z1560.t.txt" \
  "$out/z1560_l6-traditional-pinyin-unrelated-host-copy-city-news-site-item-city-quality-month-launch-2021-body-only-dateline-lead-theme-without-pinyin-editor-related-news-list-cut.txt" --pinyin
