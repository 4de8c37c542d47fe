#!/bin/sh
# Builds the one converted fixture of part GQ (held out) from its Simplified source, deterministically.
#   z2091  a Traditional encyclopedia-wiki copy of a province government's 2016 质量强省 opinion, converted the way the
#          sampled wiki converts: OpenCC's s2twp (Taiwan phrases: 优化 -> 最佳化, 信息 -> 資訊, 文件 -> 檔案, 杠杆 -> 槓桿 …),
#          then the wiki's own habits: 發布 where s2twp gives 釋出, and 巨觀 for 宏觀.
# The other nine files of the part are written as committed (UTF-8).
# Needs Debian's opencc. Run from anywhere: sh src/build.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../../../../tests/HeldOut" && pwd)"
command -v opencc >/dev/null 2>&1 || { echo "build.sh: opencc is missing (apt-get install opencc)" >&2; exit 1; }
f=z2091_l6-traditional-taiwan-phrase-wiki-copy-province-government-quality-province-strategy-opinion-2016-pipe-info-table-spaced-labels-wiki-section-labels-2020-targets
opencc -c s2twp -i "$here/z2091_src.txt" | sed -e 's/釋出/發布/g' -e 's/宏觀/巨觀/g' > "$out/$f.txt"
