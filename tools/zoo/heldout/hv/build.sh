#!/bin/bash
# Rebuild the three Traditional fixtures of part HV from their Simplified sources.
# Deterministic: Debian's opencc (s2t) plus fixed sed rules; writes into the parent folder.
set -euo pipefail
export LC_ALL=C.UTF-8
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../../../../tests/HeldOut" && pwd)"

# z2402: OpenCC s2t, then pinyin after every 網 質 監 產 術 發 據 業 現 穩 內 轉
opencc -c s2t.json -i "$here/z2402.src.txt" \
| sed -e 's/網/網(wǎng)/g' -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/產/產(chǎn)/g' \
      -e 's/術/術(shù)/g' -e 's/發/發(fā)/g' -e 's/據/據(jù)/g' -e 's/業/業(yè)/g' \
      -e 's/現/現(xiàn)/g' -e 's/穩/穩(wěn)/g' -e 's/內/內(nèi)/g' -e 's/轉/轉(zhuǎn)/g' \
> "$out/z2402_l6-traditional-pinyin-trade-material-site-copy-quality-news-item-province-bureau-2016-spot-check-results-welcome-line-source-date-reads-five-year-rates-one-category-vote-bar-disclaimer.txt"

# z2405: a naive character map, emulated as OpenCC s2t with 於/後/並/徵 put back to 于/后/并/征
opencc -c s2t.json -i "$here/z2405.src.txt" \
| sed -e 's/於/于/g' -e 's/後/后/g' -e 's/並/并/g' -e 's/徵/征/g' \
> "$out/z2405_l6-naive-traditional-page-opens-at-addressees-province-bureau-call-for-2017-local-standard-projects-no-title-ascii-quotes-full-stops-as-dots-cut.txt"

# z2408: OpenCC s2t, then pinyin after 監 (only in 監管) and after every 業 學 區 數 聯 對 責 內 導
opencc -c s2t.json -i "$here/z2408.src.txt" \
| sed -e 's/監管/監(jiān)管/g' -e 's/業/業(yè)/g' -e 's/學/學(xué)/g' -e 's/區/區(qū)/g' \
      -e 's/數/數(shù)/g' -e 's/聯/聯(lián)/g' -e 's/對/對(duì)/g' -e 's/責/責(zé)/g' \
      -e 's/內/內(nèi)/g' -e 's/導/導(dǎo)/g' \
> "$out/z2408_l6-traditional-pinyin-spam-host-copy-community-paper-city-bureau-eyewear-metrology-supervision-2024-headline-place-glued-byline-editor-reprint-notes-cut.txt"
