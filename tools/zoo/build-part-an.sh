#!/usr/bin/env bash
# Builds the part AN (held-out, representative sample of pages in TRADITIONAL script or on mirror and copy sites: 簡轉繁
# and 鏡像 copies, pinyin-annotated mirrors, Hong Kong and Taiwan pages, re-posted items) zoo fixtures that are made from a
# source rather than written by hand:
#   z510  a Traditional+pinyin mirror of a metrology portal's item, as text: the naive Simplified -> Traditional map of
#         parts H–AL (naive-traditional.sh), then the sampled mirror's OVER-conversions 係統, 控製, 強製 and 方麵, then pinyin
#         after single occurrences as the sampled mirror places them (商(shāng)報, 日(rì), 省(shěng), 認(rèn), 據(jù),
#         國(guó), 和(hé), 依(yī), 量(liàng), 有(yǒu), 為(wéi) with its wrong tone, 數(shù)); the `??` run is in the source;
#   z512  a Traditional+pinyin mirror of a quality bureau's local-news item, as text: the naive map, then pinyin after
#         every 發, 關, 萬, 進, 馳, 標, 號, 獎, 勵, 實, 戰, 質, 術, 監, 華, 專 (產, 業, 創 bare, as the sampled mirror);
#   z515  a Traditional+pinyin copy of a quality paper's item, as text: the naive map, then 標誌 -> 標志 and 覈 -> 核 as the
#         sampled copy prints them, then pinyin after every 質, 網, 發, 據, 產, 標, 護, 規, 龍, 構, 關, 請, 準, 農;
#   z516  a Traditional+pinyin mobile copy of a city paper's item, as text: the naive map (羣衆, 傢俱 as OpenCC writes
#         them), then pinyin after every 發, 質, 強, 設, 產, 區, 結, 構, 導, 務, 現, 實, 點, 專, 業, 項, 龍, 協.
# z509, z511, z513, z514, z517 and z518 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-an.sh: opencc is missing (Debian: apt-get install opencc); z510, z512, z515 and z516 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z510_l6-traditional-pinyin-over-converted-metrology-portal-mirror-province-cdc-metrology-accreditation-2005-item-reposted-2007-date-in-headline-question-marks
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/系統/係統/g' -e 's/控制/控製/g' -e 's/強制/強製/g' -e 's/方面/方麵/g' \
        -e 's/商報/商(shāng)報/' -e 's/3月11日，/3月11日(rì)，/' -e 's/河南省衛生/河南省(shěng)衛生/' \
        -e 's/申請國家級計量認證/申請國家級計量認(rèn)證/' -e 's/據了解/據(jù)了解/' -e 's/國家和省級/國(guó)家和(hé)省級/' \
        -e 's/依法對/依(yī)法對/' -e 's/產品質量檢驗機構/產品質量(liàng)檢驗機構/' -e 's/才具有法律/才具有(yǒu)法律/' \
        -e 's/強製性行為/強製性行為(wéi)/' -e 's/檢測數據才/檢測數(shù)據才/' \
  > "$zoo/$f.txt"

f=z512_l6-traditional-pinyin-mirror-quality-news-county-city-commendation-decision-report-body-only-bureau-byline-name-twice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/關/關(guān)/g' -e 's/萬/萬(wàn)/g' -e 's/進/進(jìn)/g' -e 's/馳/馳(chí)/g' \
        -e 's/標/標(biāo)/g' -e 's/號/號(hào)/g' -e 's/獎/獎(jiǎng)/g' -e 's/勵/勵(lì)/g' -e 's/實/實(shí)/g' \
        -e 's/戰/戰(zhàn)/g' -e 's/質/質(zhì)/g' -e 's/術/術(shù)/g' -e 's/監/監(jiān)/g' -e 's/華/華(huá)/g' \
        -e 's/專/專(zhuān)/g' \
  > "$zoo/$f.txt"

f=z515_l6-traditional-pinyin-copy-quality-news-national-geographical-indication-mark-approval-report-body-only-long-product-list-cumulative-counts
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/標誌/標志/g' -e 's/覈/核/g' \
        -e 's/質/質(zhì)/g' -e 's/網/網(wǎng)/g' -e 's/發/發(fā)/g' -e 's/據/據(jù)/g' -e 's/產/產(chǎn)/g' \
        -e 's/標/標(biāo)/g' -e 's/護/護(hù)/g' -e 's/規/規(guī)/g' -e 's/龍/龍(lóng)/g' -e 's/構/構(gòu)/g' \
        -e 's/關/關(guān)/g' -e 's/請/請(qǐng)/g' -e 's/準/準(zhǔn)/g' -e 's/農/農(nóng)/g' \
  > "$zoo/$f.txt"

f=z516_l6-traditional-pinyin-mobile-copy-city-paper-province-quality-outline-2023-report-city-angle-body-only-restated-rate
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/設/設(shè)/g' -e 's/產/產(chǎn)/g' \
        -e 's/區/區(qū)/g' -e 's/結/結(jié)/g' -e 's/構/構(gòu)/g' -e 's/導/導(dǎo)/g' -e 's/務/務(wù)/g' \
        -e 's/現/現(xiàn)/g' -e 's/實/實(shí)/g' -e 's/點/點(diǎn)/g' -e 's/專/專(zhuān)/g' -e 's/業/業(yè)/g' \
        -e 's/項/項(xiàng)/g' -e 's/龍/龍(lóng)/g' -e 's/協/協(xié)/g' \
  > "$zoo/$f.txt"
