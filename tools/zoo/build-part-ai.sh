#!/usr/bin/env bash
# Builds the part AI (held-out, representative sample of PROVINCE-level documents and reports phrased around document kinds:
# 实施意见, 行动方案, 工作要点, 考核办法, 若干措施, of 2006–2025) zoo fixture that is made from a source rather than written by hand:
#   z468  a Traditional+pinyin mirror of a quality paper's brief on a province's 质量提升行动 promotion meeting, body only,
#         as text: the naive Simplified -> Traditional map of parts H–AH (naive-traditional.sh), then pinyin after the
#         three characters the sampled mirror annotates (戰, 業, 創) and after no other (質, 強, 會, 進 stay bare).
# z459–z467 are written as committed (UTF-8).
# Deterministic: same source and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ai.sh: opencc is missing (Debian: apt-get install opencc); z468 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z468_l6-traditional-pinyin-mirror-quality-paper-province-quality-promotion-meeting-brief-body-only-column-tag
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/戰/戰(zhàn)/g' -e 's/業/業(yè)/g' -e 's/創/創(chuàng)/g' \
  > "$zoo/$f.txt"
