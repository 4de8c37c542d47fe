#!/usr/bin/env bash
# Builds the part AW (held-out, representative sample of COUNTY-level quality documents and reports of 2018–2025 — 质量强县/
# 强区, 县域 质量提升, 县 标准化 品牌 计量 — taken in search order, with whatever level came back) zoo fixtures that are made
# from a source rather than written by hand:
#   z602  a naive-Traditional copy, on an unrelated organisation's site, of an industry news site's 2025 feature on a
#         province's 质量强县 work, as text: the naive Simplified -> Traditional map of parts H–AV (naive-traditional.sh)
#         only, no pinyin (OpenCC's 集羣 and 奔湧 as converted);
#   z604  a Traditional+pinyin copy, on a spam host, of a provincial news site's item on a county committee's study session
#         on the 2023 纲要 and the county's 质量强县 work, as text: the naive map, then pinyin after 網, 開, 實, 動, 書, 長,
#         議, 協, 點, 務, 產 and 發, and after 創 and 會 with a space before the closing bracket (`創(chuàng )`, `會(huì )`);
#         the `?h` for a lost 縣 before 長 is in the source;
#   z608  a Traditional+pinyin copy of a quality-news item on a county bureau's 质量月 publicity, as text: the naive map,
#         then pinyin after 質, 聞, 網, 監, 導, 動, 關, 發, 與, 詢, 務 and 設.
# z599–z601, z603 and z605–z607 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-aw.sh: opencc is missing (Debian: apt-get install opencc); z602, z604 and z608 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z602_l6-naive-traditional-unrelated-site-copy-industry-news-province-quality-county-feature-2025-bullet-headline-dash-subtitle-site-time-line
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z604_l6-traditional-pinyin-spam-host-provincial-news-county-committee-study-session-2023-outline-quality-county-body-only-spaced-pinyin-mangled-county-head
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/網/網(wǎng)/g' -e 's/開/開(kāi)/g' -e 's/實/實(shí)/g' -e 's/動/動(dòng)/g' -e 's/書/書(shū)/g' \
        -e 's/長/長(cháng)/g' -e 's/議/議(yì)/g' -e 's/協/協(xié)/g' -e 's/點/點(diǎn)/g' -e 's/務/務(wù)/g' \
        -e 's/產/產(chǎn)/g' -e 's/發/發(fā)/g' -e 's/創/創(chuàng )/g' -e 's/會/會(huì )/g' \
  > "$zoo/$f.txt"

f=z608_l6-traditional-pinyin-copy-quality-news-county-bureau-quality-month-publicity-2012-photo-captions-inline-bureau-byline-no-headline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/聞/聞(wén)/g' -e 's/網/網(wǎng)/g' -e 's/監/監(jiān)/g' -e 's/導/導(dǎo)/g' \
        -e 's/動/動(dòng)/g' -e 's/關/關(guān)/g' -e 's/發/發(fā)/g' -e 's/與/與(yǔ)/g' -e 's/詢/詢(xún)/g' \
        -e 's/務/務(wù)/g' -e 's/設/設(shè)/g' \
  > "$zoo/$f.txt"
