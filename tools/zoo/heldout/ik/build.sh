#!/bin/bash
# Deterministic build of the converted fixtures of part IK (Debian's opencc).
# Usage: bash build.sh   (run from anywhere; writes into tests/HeldOut)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
export LC_ALL=C.UTF-8

# z2552: keep the Simplified spam line (line 1) as it is, convert the rest with OpenCC's s2t,
# put 爲 back to 為 (as the sampled copy prints it), then put pinyin after every 網 經 濟 產 業 應 質 責 務 關 動 (as the sampled copy does).
src="$here/z2552.src.txt"
dst="$out/z2552_l6-spam-wrapped-traditional-pinyin-city-famous-brand-application-call-2016-paper-source-line-font-size-toggle-reporter-line-five-conditions-last-year-results-related-tail.txt"
{
  head -n 1 "$src"
  tail -n +2 "$src" | opencc -c s2t.json | sed -e 's/爲/為/g' \
    -e 's/網/網(wǎng)/g' -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/產/產(chǎn)/g' \
    -e 's/業/業(yè)/g' -e 's/應/應(yīng)/g' -e 's/質/質(zhì)/g' -e 's/責/責(zé)/g' \
    -e 's/務/務(wù)/g' -e 's/關/關(guān)/g' -e 's/動/動(dòng)/g'
} > "$dst"
echo "wrote $dst"
