#!/usr/bin/env bash
# Builds the part AO (held-out, representative sample phrased around DOCUMENT COPIES as files and gazettes carry them:
# journal and gazette reprints, open-information pages, attachment and 文库 previews) zoo fixture that is made from a
# source rather than written by hand:
#   z523  a policy-service site's keyword sentences of a county's 县长质量奖 measures, as text: the naive Simplified ->
#         Traditional map of parts H–AL (naive-traditional.sh), 於 put back to 于 (as the sampled page prints 適用于), then pinyin after 發, 監, 鎮 and 區 only, as the sampled
#         page annotates them (縣, 質, 獎, 辦 stay bare); the doubled punctuation (`,,`, `,、`) is in the source.
# z519–z522 and z524–z528 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ao.sh: opencc is missing (Debian: apt-get install opencc); z523 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z523_l6-naive-traditional-pinyin-policy-site-county-head-quality-award-measures-keyword-sentences-opens-at-signature-doubled-commas
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/於/于/g' -e 's/發/發(fā)/g' -e 's/監/監(jiān)/g' -e 's/鎮/鎮(zhèn)/g' -e 's/區/區(qū)/g' \
  > "$zoo/$f.txt"
