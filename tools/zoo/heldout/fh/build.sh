#!/bin/bash
# Deterministic build of part FH's converted fixture (needs Debian's opencc).
# z1715: line 1 (the spam run) is kept in Simplified, the rest goes through OpenCC s2t,
# then 於 is put back to 于 (the sampled mirror's converter keeps 于, e.g. 關于).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
src="$here/z1715_l6-spam-wrapped-traditional-mirror-315-news-column-national-quality-and-safety-year-quality-tour-launch-2009-time-question-marks-source-bureau-lost-month-day.src.txt"
dst="$out/$(basename "$src" .src.txt).txt"
{
  head -n 1 "$src"
  tail -n +2 "$src" | opencc -c s2t | sed 's/於/于/g'
} > "$dst"
echo "wrote $dst"
