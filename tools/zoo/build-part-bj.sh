#!/usr/bin/env bash
# Builds the part BJ (held-out, representative sample of PREFECTURE-LEVEL CITY quality-strong-city plans and action plans
# published after the 2023 质量强国建设纲要, as a researcher collecting 实施意见/实施方案/行动方案 for 质量强市 建设 on city
# portals would search for them, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z734  a Traditional+pinyin copy, on an unrelated host, of a quality paper's item on a city's study of the national and
#         provincial 纲要 (2023, no year printed), as text: the naive Simplified -> Traditional map of parts H–BI
#         (naive-traditional.sh) with OpenCC's 羣 put back to 群, then pinyin after 發, 揮, 業, 創 and 區 (the garbled
#         title marks `?!痘茨…` of the sampled copy are in the source);
#   z738  a Traditional+pinyin copy of a news item on the national joint 质量月 notice (no year printed), as text: the naive
#         map with 決定於 put back to 決定于, then pinyin after 實, 質, 強, 設, 進, 監 and 鄉; cut mid-sentence as the copy is.
# The other files of the part (z729–z733, z735–z737) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bj.sh: opencc is missing (Debian: apt-get install opencc); z734 and z738 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z734_l6-traditional-pinyin-unrelated-host-quality-paper-item-city-outlines-study-2023-garbled-title-marks-paper-name-trailing-crumb
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/羣/群/g' \
  | sed -e 's/發/發(fā)/g' -e 's/揮/揮(huī)/g' -e 's/業/業(yè)/g' -e 's/創/創(chuàng)/g' -e 's/區/區(qū)/g' \
  > "$zoo/$f.txt"

f=z738_l6-traditional-pinyin-copy-national-quality-month-joint-notice-report-yearless-body-only-activities-list
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/決定於/決定于/g' \
  | sed -e 's/實/實(shí)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/設/設(shè)/g' -e 's/進/進(jìn)/g' -e 's/監/監(jiān)/g' -e 's/鄉/鄉(xiāng)/g' \
  > "$zoo/$f.txt"
