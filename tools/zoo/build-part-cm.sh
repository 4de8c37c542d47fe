#!/usr/bin/env bash
# Builds the part CM (held-out, representative sample of SECTOR quality-improvement plans at province and city level —
# 消费品/农产品/服务/工程/制造业 质量提升 行动方案 and their news, as a researcher collecting them would search for them,
# taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z1020  a naive-Traditional copy, on an unrelated host, of a news item on three ministries' opinion on manufacturing
#          excellent quality (2023), body only from the official's remarks: the naive map of parts H–BI
#          (naive-traditional.sh: OpenCC's s2t with 關于/占/發布/為/制 undone), nothing more.
# The other files of the part are described at their build lines below or are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cm.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z1020_l6-naive-traditional-unrelated-host-copy-news-item-ministries-manufacturing-excellent-quality-opinion-2023-body-only-official-quote-first-2025-2027-aims-restated
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

# z1022  a Traditional+pinyin copy, on a technology-policy site, of a national three-body action plan on product,
#        engineering and service quality (2022—2025), as text: OpenCC's s2t, then the copy's converter forms (產 -> 産,
#        確 -> 确, 關於 -> 關于, 發佈 -> 發布, 羣 -> 群, every 板 -> 闆), then a reading after EVERY 一, 市, 人, 民, 新, 快, 理, 化, 能 and 生, and a
#        reading written twice after every 好 (as the sampled copy prints it).
f=z1022_l6-traditional-pinyin-tech-policy-site-copy-national-three-bodies-product-engineering-service-quality-action-plan-2022-2025-category-bar-headline-source-publish-line-title-split-doubled-reading
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/產/産/g' -e 's/確/确/g' -e 's/關於/關于/g' -e 's/發佈/發布/g' -e 's/羣/群/g' -e 's/板/闆/g' \
        -e 's/一/一(yī)/g' -e 's/市/市(shì)/g' -e 's/人/人(rén)/g' -e 's/民/民(mín)/g' -e 's/新/新(xīn)/g' \
        -e 's/快/快(kuài)/g' -e 's/理/理(lǐ)/g' -e 's/化/化(huà)/g' -e 's/能/能(néng)/g' -e 's/生/生(shēng)/g' \
        -e 's/好/好(hǎo)(hǎo)/g' \
  > "$zoo/$f.txt"

# z1023  a naive-Traditional copy, on an unrelated host, of a news item on the national bureau's 2023 children's and
#        students' goods safety-guard action, as text: the naive map (naive-traditional.sh), then 範 -> 范 and 築 -> 筑
#        undone too (the sampled copy keeps 全國范圍 and 筑牢). The source opens with the copy's `(相关资料图)` line.
f=z1023_l6-naive-traditional-unrelated-host-copy-national-bureau-children-student-goods-safety-guard-action-2023-related-image-line-first-no-headline-no-date-results-since-2019
naive_traditional "$here/$f.src.txt" | sed -e 's/範/范/g' -e 's/築/筑/g' > "$zoo/$f.txt"

# z1028  a Traditional+pinyin copy, on a city news site, of an item on a province's 2023 质量强省建设纲要 and the city's
#        part in it, body only and cut mid-word as the sampled copy is, as text: OpenCC's s2t, then a reading after EVERY
#        發, 質, 設, 穩, 礎, 產, 構, 導, 鏈, 領, 創, 區, 務, 協 and 揮 (the copy's converter reads a fixed list).
f=z1028_l6-traditional-pinyin-city-news-site-copy-province-party-gov-quality-province-outline-2023-city-role-body-only-no-headline-no-date-eight-projects-cut
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/設/設(shè)/g' -e 's/穩/穩(wěn)/g' -e 's/礎/礎(chǔ)/g' \
        -e 's/產/產(chǎn)/g' -e 's/構/構(gòu)/g' -e 's/導/導(dǎo)/g' -e 's/鏈/鏈(liàn)/g' -e 's/領/領(lǐng)/g' \
        -e 's/創/創(chuàng)/g' -e 's/區/區(qū)/g' -e 's/務/務(wù)/g' -e 's/協/協(xié)/g' -e 's/揮/揮(huī)/g' \
  > "$zoo/$f.txt"
