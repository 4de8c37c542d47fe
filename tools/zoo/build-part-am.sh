#!/usr/bin/env bash
# Builds the part AM (held-out, representative sample phrased around PREFECTURE-level documents as government portals show
# them: 市人民政府/自治州/盟 notices, 实施意见, 实施方案, 考核办法, 政府信息公开 labels) zoo fixtures that are made from a source
# rather than written by hand:
#   z499  a content site's naive-Traditional copy of a 盟 news item (盟长 hearing the quality bureau's report): the naive
#         Simplified -> Traditional map of parts H–AL (naive-traditional.sh), then 後 and 幹部 put back to 后 and 干部 (the
#         sampled copy keeps them Simplified);
#   z500  an association site's naive-Traditional copy of a city government's “标准化+” notice and plan: the naive map only
#         (ASCII commas and parentheses are in the source);
#   z501  a Traditional+pinyin mirror of a city portal page (pipe info table, then the 实施意见): the naive map, then pinyin
#         after the 29 characters the sampled mirror annotates (also inside the table labels and the number: 發(fā), 標(biāo),
#         題(tí), 時(shí) …), 號, 量, 質 and others bare;
#   z502  a naive-Traditional copy of a county-level city bureau's 政策解读 page: the naive map only;
#   z503  a news-detail page's keyword sentences of a county's 县长质量奖 measures in one paragraph: the naive map, then pinyin
#         after 發, 鎮, 區 and 監 only (the injected `,、` and `,,` are in the source);
#   z504  a Traditional+pinyin copy of a city government's 2010 商标品牌 opinion under its red header: the naive map, then pinyin
#         after 18 characters;
#   z505  a mobile view page's naive-Traditional copy of a city bureau's item with the site's `guojia` word filter (`guojia`
#         is in the source; the cut headline at the end keeps 國家): the naive map only;
#   z506  a Traditional+pinyin copy of a province decision's news item: the naive map, pinyin after 13 characters, then the
#         mojibake run (UTF-8 read as GBK) put where the source holds @@M1@@.
# z507 and z508 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-am.sh: opencc is missing (Debian: apt-get install opencc); z499–z506 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z499_l6-naive-traditional-content-site-league-head-hears-quality-bureau-report-award-and-testing-centre-body-only-yearless-day-correspondent
naive_traditional "$here/$f.src.txt" | sed -e 's/後/后/g' -e 's/幹部/干部/g' > "$zoo/$f.txt"

f=z500_l6-naive-traditional-association-site-city-standardization-plus-notice-original-title-line-title-number-addressees-glued-signature-glued-to-plan-title
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z501_l6-traditional-pinyin-mirror-city-portal-metrology-opinion-pipe-info-table-spaced-labels-pinyin-inside-number-office-as-publisher
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/機/機(jī)/g' -e 's/構/構(gòu)/g' -e 's/標/標(biāo)/g' -e 's/題/題(tí)/g' \
        -e 's/時/時(shí)/g' -e 's/區/區(qū)/g' -e 's/計/計(jì)/g' -e 's/實/實(shí)/g' -e 's/經/經(jīng)/g' \
        -e 's/濟/濟(jì)/g' -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/設/設(shè)/g' -e 's/統/統(tǒng)/g' \
        -e 's/準/準(zhǔn)/g' -e 's/礎/礎(chǔ)/g' -e 's/關/關(guān)/g' -e 's/現/現(xiàn)/g' -e 's/國/國(guó)/g' \
        -e 's/務/務(wù)/g' -e 's/進/進(jìn)/g' -e 's/會/會(huì)/g' -e 's/術/術(shù)/g' -e 's/監/監(jiān)/g' \
        -e 's/導/導(dǎo)/g' -e 's/級/級(jí)/g' -e 's/項/項(xiàng)/g' -e 's/規/規(guī)/g' \
  > "$zoo/$f.txt"

f=z502_l5-naive-traditional-copy-county-city-bureau-interpretation-consumer-goods-quality-plan-index-number-first-visits-font-size-restated-aims
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z503_l6-naive-traditional-pinyin-news-detail-county-magistrate-quality-award-measures-keyword-sentences-one-paragraph-starts-at-signature-injected-commas
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/鎮/鎮(zhèn)/g' -e 's/區/區(qū)/g' -e 's/監/監(jiān)/g' \
  > "$zoo/$f.txt"

f=z504_l6-traditional-pinyin-copy-city-government-red-header-trademark-brand-strategy-opinion-2010-title-two-lines-numeral-date
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/號/號(hào)/g' -e 's/標/標(biāo)/g' -e 's/戰/戰(zhàn)/g' -e 's/創/創(chuàng)/g' \
        -e 's/產/產(chǎn)/g' -e 's/業/業(yè)/g' -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/識/識(shí)/g' \
        -e 's/權/權(quán)/g' -e 's/關/關(guān)/g' -e 's/進/進(jìn)/g' -e 's/農/農(nóng)/g' -e 's/區/區(qū)/g' \
        -e 's/義/義(yì)/g' -e 's/導/導(dǎo)/g' -e 's/護/護(hù)/g' \
  > "$zoo/$f.txt"

f=z505_l6-naive-traditional-mobile-view-city-bureau-national-testing-cluster-approval-news-guojia-filter-headline-cut-at-end-repost-line
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z506_l6-traditional-pinyin-copy-province-quality-province-strategy-decision-issued-news-headline-yearless-day-mojibake-run-restated-aims
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/戰/戰(zhàn)/g' -e 's/產/產(chǎn)/g' -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' \
        -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/協/協(xié)/g' -e 's/頒/頒(bān)/g' -e 's/調/調(tiáo)/g' \
        -e 's/設/設(shè)/g' -e 's/會/會(huì)/g' -e 's/興/興(xīng)/g' \
        -e 's/@@M1@@/銆傘?婂喅/' \
  > "$zoo/$f.txt"
