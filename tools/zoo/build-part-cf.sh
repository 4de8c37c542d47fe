#!/usr/bin/env bash
# Builds the part CF (held-out, representative sample of QUALITY LEADING-GROUP and JOINT-MEETING pages — 质量强省/强市
# 工作领导小组 成立/调整, 领导小组办公室 工作规则, 质量工作 联席会议 制度, 质量发展委员会, 2012–2025 — as a researcher
# collecting such documents and the office notices they issue would search for them, taken in search order) zoo
# fixtures that are made from a source rather than written by hand:
#   z956  a Traditional+pinyin copy of an industry quality association's item on its 2015 standing-council meeting,
#         body only, as text: the naive Simplified -> Traditional map of parts H–BI (naive-traditional.sh), then pinyin
#         after 質, 會, 協, 點, 規, 屆 and 業 (as the sampled copy prints such readings);
#   z957  a Traditional wiki entry of a municipality office's 2015 notice setting up a standardization joint-meeting
#         system, as text: OpenCC's s2t as it is (a wiki's proper Traditional: 關於 left as OpenCC gives it).
# The other files of the part (z949–z955, z958) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cf.sh: opencc is missing (Debian: apt-get install opencc); z956 and z957 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z956_l6-traditional-pinyin-copy-industry-quality-association-council-meeting-2015-work-points-and-rules-passed-body-only-no-headline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/會/會(huì)/g' -e 's/協/協(xié)/g' -e 's/點/點(diǎn)/g' -e 's/規/規(guī)/g' \
        -e 's/屆/屆(jiè)/g' -e 's/業/業(yè)/g' \
  > "$zoo/$f.txt"

f=z957_l6-traditional-wiki-entry-municipality-office-notice-standardization-coordination-joint-meeting-system-2015-lead-sentence-basic-info-bullets-number-wen-line-cut
opencc -c s2t -i "$here/$f.src.txt" > "$zoo/$f.txt"
