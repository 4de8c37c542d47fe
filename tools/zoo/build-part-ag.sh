#!/usr/bin/env bash
# Builds the part AG (held-out, representative sample phrased toward prefecture-level city quality pages) zoo fixtures
# that are made from a source rather than written by hand:
#   z443  a Traditional+pinyin mirror's body-only copy of a local news item on a city government's metrology plan, as
#         text: the naive Simplified -> Traditional map of parts H–AF (naive-traditional.sh), then
#         tools/zoo/pinyin_after_traditional_text.py (發/關/區/質/強/計/經/現/認/實/點/標/準/產/農/責), then pinyin after
#         the further characters the sampled mirror annotates (規, 據, 務, 協, 設, 會); the spaces in `2021-2035 年` and
#         `2025 年` are in the source as the sampled copy prints them, OpenCC's 佈局 and 註冊 left;
#   z445  a Traditional+pinyin mirror's body-only copy of a paper's item on a province's standardization pilot reply, as
#         text: the naive map, OpenCC's 覆函 written 復函 as the sampled mirror prints it, then pinyin after the
#         characters the sampled mirror annotates (報, 實, 標, 準, 戰, 領, 導, 發, 區, 個, 開, 創, 試, 點, 據, 紹, 類, 動,
#         進, 級, 業, 產) and not after others (縣, 聞, 關, 組, 辦, 複 stay bare).
# z439 to z442, z444, z446, z447 and z448 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3 and opencc (Debian:
# apt-get install opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ag.sh: opencc is missing (Debian: apt-get install opencc); z443 and z445 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z443_l6-traditional-pinyin-mirror-local-news-city-metrology-work-plan-issued-report-body-only-spaced-years
naive_traditional "$here/$f.src.txt" \
  | python3 "$here/pinyin_after_traditional_text.py" \
  | sed -e 's/規/規(guī)/g' -e 's/據/據(jù)/g' -e 's/務/務(wù)/g' -e 's/協/協(xié)/g' -e 's/設/設(shè)/g' \
        -e 's/會/會(huì)/g' \
  > "$zoo/$f.txt"

f=z445_l6-traditional-pinyin-mirror-quality-paper-province-standardization-pilot-reply-report-spaced-byline-body-only
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/覆函/復函/g' \
  | sed -e 's/報/報(bào)/g' -e 's/實/實(shí)/g' -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/戰/戰(zhàn)/g' \
        -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/發/發(fā)/g' -e 's/區/區(qū)/g' -e 's/個/個(gè)/g' \
        -e 's/開/開(kāi)/g' -e 's/創/創(chuàng)/g' -e 's/試/試(shì)/g' -e 's/點/點(diǎn)/g' -e 's/據/據(jù)/g' \
        -e 's/紹/紹(shào)/g' -e 's/類/類(lèi)/g' -e 's/動/動(dòng)/g' -e 's/進/進(jìn)/g' -e 's/級/級(jí)/g' \
        -e 's/業/業(yè)/g' -e 's/產/產(chǎn)/g' \
  > "$zoo/$f.txt"
