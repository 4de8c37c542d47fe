#!/usr/bin/env bash
# Builds the part DG (held-out, representative sample of INSPECTION-AND-TESTING and CERTIFICATION industry documents and
# reports — 检验检测 产业 发展 规划/实施意见, 检验检测认证 集聚区, 认证认可 检验检测 促进 方案, 质量认证 提升, 2010–2024 — as a
# researcher collecting them would search for them, taken in search order) zoo fixtures that are made from a source
# rather than written by hand:
#   z1219  a spam-wrapped Traditional+pinyin copy, on a certification company's site, of a municipality office's notice
#          issuing a 检验检测服务业 plan: the source's FIRST line (Simplified keyword spam) kept as it is; the rest through
#          OpenCC's s2t, then pinyin after EVERY 聯, 務, 關, 發, 門, 來, 類, 業, 點, 產, 質, 動, 進 and 經, and after
#          會 and 著 with the copy's stray space before the closing bracket (`會(huì )`, `著(zhù )`).
#   z1220  a Traditional+pinyin spun copy of an economic paper's item on a municipality's testing-laboratory plan: OpenCC's
#          s2t, then pinyin after EVERY 經, 濟, 報, 驗, 發, 規, 劃, 場, 導, 區, 級, 質 and 測; the doubled commas (`,,`,
#          `,、`, `,。`), the unclosed 《 and 监测 for 检测 are in the source as printed.
#   z1222  a Traditional+pinyin copy, on a company CMS, of a city testing-cluster feature: OpenCC's s2t, then pinyin after
#          EVERY 鐵, 電, 體, 檢, 驗, 測, 據, 統, 計, 進, 業, 務, 區, 點, 質, 構 and 關.
#   z1223  a spam-wrapped Traditional+pinyin copy, on a food-safety news site, of a province bureau's item: the FIRST line
#          (Simplified spam) kept as it is; the rest through OpenCC's s2t, then pinyin after EVERY 網, 動, 驗, 務, 業, 區,
#          發, 質, 產, 標, 進, 濟 and 關.
#   z1224  a Traditional+pinyin copy, on an unrelated host, of a province bureau's certification item: OpenCC's s2t, pinyin
#          after EVERY 質, 證, 務, 場, 監, 調, 區, 標, 準, 紡 and 織, then the placeholder @@M1@@ replaced by the copy's
#          mojibake run `?dǎo)丶夹`.
#   z1227  a Traditional+pinyin copy, on a trade association's site, of a national SAMR guiding opinion: OpenCC's s2t, the
#          copy's slips 方面 -> 方麵, 體系 -> 體係, 機制 -> 機製 and 臺 -> 台, then pinyin after EVERY 業, 測, 場, 強, 革, 理,
#          新, 作, 和 and 際.
# The other files of the part (z1221, z1225, z1226, z1228) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-dg.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

f=z1219_l6-spam-wrapped-traditional-pinyin-certification-company-site-tech-column-municipality-office-testing-services-plan-2023-2027-number-in-parens-after-title-time-line-cut
tail -n +2 "$here/$f.src.txt" > "$tmp"
{ head -n 1 "$here/$f.src.txt"
  opencc -c s2t -i "$tmp" \
    | sed -e 's/聯/聯(lián)/g' -e 's/務/務(wù)/g' -e 's/關/關(guān)/g' -e 's/發/發(fā)/g' -e 's/門/門(mén)/g' \
          -e 's/來/來(lái)/g' -e 's/類/類(lèi)/g' -e 's/業/業(yè)/g' -e 's/點/點(diǎn)/g' -e 's/產/產(chǎn)/g' \
          -e 's/質/質(zhì)/g' -e 's/動/動(dòng)/g' -e 's/進/進(jìn)/g' -e 's/經/經(jīng)/g' \
          -e 's/會/會(huì )/g' -e 's/著/著(zhù )/g'
} > "$zoo/$f.txt"

f=z1220_l6-traditional-pinyin-spun-copy-economic-paper-item-municipality-testing-laboratory-plan-2010-2020-doubled-commas-open-book-title-body-only-bar-tail
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/報/報(bào)/g' -e 's/驗/驗(yàn)/g' -e 's/發/發(fā)/g' \
        -e 's/規/規(guī)/g' -e 's/劃/劃(huà)/g' -e 's/場/場(chǎng)/g' -e 's/導/導(dǎo)/g' -e 's/區/區(qū)/g' \
        -e 's/級/級(jí)/g' -e 's/質/質(zhì)/g' -e 's/測/測(cè)/g' \
  > "$zoo/$f.txt"

f=z1222_l6-traditional-pinyin-company-site-cms-copy-city-testing-cluster-feature-2017-body-only-no-headline-quoted-subheads-output-forecast-cut
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/鐵/鐵(tiě)/g' -e 's/電/電(diàn)/g' -e 's/體/體(tǐ)/g' -e 's/檢/檢(jiǎn)/g' -e 's/驗/驗(yàn)/g' \
        -e 's/測/測(cè)/g' -e 's/據/據(jù)/g' -e 's/統/統(tǒng)/g' -e 's/計/計(jì)/g' -e 's/進/進(jìn)/g' \
        -e 's/業/業(yè)/g' -e 's/務/務(wù)/g' -e 's/區/區(qū)/g' -e 's/點/點(diǎn)/g' -e 's/質/質(zhì)/g' \
        -e 's/構/構(gòu)/g' -e 's/關/關(guān)/g' \
  > "$zoo/$f.txt"

f=z1223_l6-spam-wrapped-traditional-pinyin-food-safety-news-site-item-province-bureau-and-eleven-departments-testing-services-implementing-plan-2023-datetime-source-editor-line-cut
tail -n +2 "$here/$f.src.txt" > "$tmp"
{ head -n 1 "$here/$f.src.txt"
  opencc -c s2t -i "$tmp" \
    | sed -e 's/網/網(wǎng)/g' -e 's/動/動(dòng)/g' -e 's/驗/驗(yàn)/g' -e 's/務/務(wù)/g' -e 's/業/業(yè)/g' \
          -e 's/區/區(qū)/g' -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' -e 's/標/標(biāo)/g' \
          -e 's/進/進(jìn)/g' -e 's/濟/濟(jì)/g' -e 's/關/關(guān)/g'
} > "$zoo/$f.txt"

f=z1224_l6-traditional-pinyin-unrelated-host-copy-province-bureau-quality-certification-going-global-africa-exports-2024-body-only-no-headline-mojibake-run-source-in-parens
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/證/證(zhèng)/g' -e 's/務/務(wù)/g' -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' \
        -e 's/調/調(diào)/g' -e 's/區/區(qū)/g' -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/紡/紡(fǎng)/g' \
        -e 's/織/織(zhī)/g' \
        -e 's/@@M1@@/?dǎo)丶夹/g' \
  > "$zoo/$f.txt"

f=z1227_l6-traditional-pinyin-trade-association-site-copy-national-samr-testing-industry-reform-guiding-opinion-2021-lead-restates-2025-aims-title-addressees-general-requirements-cut
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/方面/方麵/g' -e 's/體系/體係/g' -e 's/機制/機製/g' -e 's/臺/台/g' \
        -e 's/業/業(yè)/g' -e 's/測/測(cè)/g' -e 's/場/場(chǎng)/g' -e 's/強/強(qiáng)/g' -e 's/革/革(gé)/g' \
        -e 's/理/理(lǐ)/g' -e 's/新/新(xīn)/g' -e 's/作/作(zuò)/g' -e 's/和/和(hé)/g' -e 's/際/際(jì)/g' \
  > "$zoo/$f.txt"
