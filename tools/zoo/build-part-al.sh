#!/usr/bin/env bash
# Builds the part AL (held-out, representative sample phrased around DEPARTMENT SITES and DATABASES: 质监局/市场监管局
# sites, law databases, gazettes, attachment downloads, document libraries) zoo fixtures that are made from a source rather
# than written by hand:
#   z490  a law library's Traditional+pinyin page of a province's 产品质量监督管理条例, as text: the naive Simplified ->
#         Traditional map of parts H–AH (naive-traditional.sh), then pinyin after the characters the sampled library
#         annotates (產, 質, 監, 務, 據, 關, 強, 責, 護, 費, 權, 經, 濟, 規, 區, 內, 處, 檢, 驗) and not after others (會, 條, 為,
#         總, 員 stay bare); the doubled punctuation (`，，`, `，、`, `，。`) and the title's `?xiàng)l例` mojibake are in the source;
#   z491  a Traditional+pinyin mirror of a city commerce bureau's notice forwarding a brand-application notice, as text: the
#         naive map, then pinyin after 貿, 業, 協, 戰, 現, 監 and after 發 only in 轉發 (質, 發展 bare, as the sampled mirror).
# z489 and z492–z498 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-al.sh: opencc is missing (Debian: apt-get install opencc); z490 and z491 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z490_l6-traditional-pinyin-law-library-province-product-quality-supervision-regulation-amended-doubled-commas-mojibake-title
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/產/產(chǎn)/g' -e 's/質/質(zhì)/g' -e 's/監/監(jiān)/g' -e 's/務/務(wù)/g' -e 's/據/據(jù)/g' \
        -e 's/關/關(guān)/g' -e 's/強/強(qiáng)/g' -e 's/責/責(zé)/g' -e 's/護/護(hù)/g' -e 's/費/費(fèi)/g' \
        -e 's/權/權(quán)/g' -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/規/規(guī)/g' -e 's/區/區(qū)/g' \
        -e 's/內/內(nèi)/g' -e 's/處/處(chǔ)/g' -e 's/檢/檢(jiǎn)/g' -e 's/驗/驗(yàn)/g' \
  > "$zoo/$f.txt"

f=z491_l6-traditional-pinyin-mirror-city-commerce-bureau-forwarding-brand-application-notice-starts-at-addressees-pdf-attachment
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/貿/貿(mào)/g' -e 's/業/業(yè)/g' -e 's/協/協(xié)/g' -e 's/戰/戰(zhàn)/g' -e 's/現/現(xiàn)/g' \
        -e 's/監/監(jiān)/g' -e 's/轉發/轉發(fā)/g' \
  > "$zoo/$f.txt"
