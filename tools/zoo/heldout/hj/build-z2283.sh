#!/bin/bash
# Builds z2283 (Traditional with pinyin after some characters, mirror style) from the Simplified source.
# Deterministic: Debian's opencc (s2t), then fixed sed substitutions.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut/z2283_l6-traditional-pinyin-mirror-body-only-paper-item-province-government-circular-commending-fifth-province-quality-award-2019-reporter-lead-no-headline-no-date-winners-prize.txt"
opencc -c s2t -i "$here/z2283_src.txt" -o /tmp/z2283.t.txt
sed -e 's/關於/關于/g' -e 's/發佈/發布/g' -e 's/並/并/g' -e 's/爲/為/g' \
    -e 's/報/報(bào)/g' -e 's/發/發(fā)/g' -e 's/關/關(guān)/g' -e 's/質/質(zhì)/g' \
    -e 's/獎/獎(jiǎng)/g' -e 's/勵/勵(lì)/g' -e 's/據/據(jù)/g' -e 's/規/規(guī)/g' \
    -e 's/經/經(jīng)/g' -e 's/評/評(píng)/g' -e 's/強/強(qiáng)/g' -e 's/會/會(huì)/g' \
    -e 's/設/設(shè)/g' -e 's/團/團(tuán)/g' -e 's/業/業(yè)/g' -e 's/區/區(qū)/g' \
    -e 's/導/導(dǎo)/g' -e 's/進/進(jìn)/g' -e 's/總/總(zǒng)/g' -e 's/驗/驗(yàn)/g' \
    /tmp/z2283.t.txt > "$out"
rm -f /tmp/z2283.t.txt
