#!/bin/sh
# Rebuild part HW's two built fixtures from their UTF-8 Simplified sources (deterministic).
# Needs Debian's opencc (s2t) and python3. Run from anywhere; writes into tests/HeldOut.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"
python3 "$here/hwbuild.py" wrap "$here/z2409_src.txt" \
  "$out/z2409_l5-news-digest-copy-quality-news-item-autonomous-prefecture-bureau-metrology-work-since-fourteenth-five-year-plan-hard-wraps-as-spaces-mid-word-ascii-quotes-run-in-heads-results-cut-ellipsis.txt"
tmp=$(mktemp)
opencc -c s2t.json -i "$here/z2411_src.txt" -o "$tmp"
python3 "$here/hwbuild.py" pinyin "$tmp" \
  "$out/z2411_l6-traditional-pinyin-document-excerpt-site-digest-district-quality-bureau-annual-work-summary-quality-district-and-brand-strategy-sentence-fragments-glued-no-place-below-province-results.txt"
rm -f "$tmp"
