#!/usr/bin/env bash
# Builds the part BB (held-out, representative sample of SERVICE and ENGINEERING quality pages — service quality
# satisfaction and monitoring reports, tourism service quality, 生活性服务业, construction quality — 2008–2024, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z653  a Traditional+pinyin copy, in a company site's 政策法规 column, of a ministry official's Q&A interpretation of
#         the national 2019 construction-quality opinion (2020), as text: the naive Simplified -> Traditional map of
#         parts H–BA (naive-traditional.sh), the `@@MOJI@@` mark replaced by the GBK-slip run `?!兑庖?jiàn)》` the sampled
#         copy prints where `。《意見》` stood, then pinyin after 當, 頁, 規, 質, 關, 導, 見, 發, 時, 覽, 轉, 鄉, 設, 稱,
#         點, 負, 責, 進, 對, 問, 臺, 國, 務 and 辦;
#   z654  a Traditional+pinyin copy of an (invented) national ministry tourism service quality plan (2023—2025) with a
#         report lead in front, as text: the naive map with OpenCC's 羣衆 and 若干 changed to 群衆 and 若幹 and 內 to 内
#         (as the sampled copy prints them), then pinyin after 為, 國, 費, 業, 高, 年, 市, 長, 一, 能, 工, 個, 會,
#         到, 下, 多, 放 and 機;
#   z658  a spam-wrapped Traditional+pinyin copy of a city news site's item from the city paper on the city's first
#         place in the 2014 third-quarter tourist-satisfaction survey, as text: a Simplified spam line the wrapper adds,
#         then the naive map, then pinyin after 區 and 發 only.
# z649–z652, z655–z657 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bb.sh: opencc is missing (Debian: apt-get install opencc); z653, z654 and z658 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z653_l6-traditional-pinyin-company-site-policy-column-national-construction-quality-opinion-interpretation-2020-qa-question-marks-mojibake-run
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/@@MOJI@@/?!兑庖?jiàn)》/' \
  | sed -e 's/當/當(dāng)/g' -e 's/頁/頁(yè)/g' -e 's/規/規(guī)/g' -e 's/質/質(zhì)/g' -e 's/關/關(guān)/g' \
        -e 's/導/導(dǎo)/g' -e 's/見/見(jiàn)/g' -e 's/發/發(fā)/g' -e 's/時/時(shí)/g' -e 's/覽/覽(lǎn)/g' \
        -e 's/轉/轉(zhuǎn)/g' -e 's/鄉/鄉(xiāng)/g' -e 's/設/設(shè)/g' -e 's/稱/稱(chēng)/g' -e 's/點/點(diǎn)/g' \
        -e 's/負/負(fù)/g' -e 's/責/責(zé)/g' -e 's/進/進(jìn)/g' -e 's/對/對(duì)/g' -e 's/問/問(wèn)/g' \
        -e 's/臺/臺(tái)/g' -e 's/國/國(guó)/g' -e 's/務/務(wù)/g' -e 's/辦/辦(bàn)/g' \
  > "$zoo/$f.txt"

f=z654_l6-traditional-pinyin-copy-invented-national-ministry-tourism-service-quality-plan-2023-2025-lead-then-body-repeat-no-headline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/羣衆/群衆/g' -e 's/羣眾/群衆/g' -e 's/若干/若幹/g' -e 's/內/内/g' \
  | sed -e 's/為/為(wèi)/g' -e 's/國/國(guó)/g' -e 's/費/費(fèi)/g' -e 's/業/業(yè)/g' -e 's/高/高(gāo)/g' \
        -e 's/年/年(nián)/g' -e 's/市/市(shì)/g' -e 's/長/長(cháng)/g' -e 's/一/一(yī)/g' -e 's/能/能(néng)/g' \
        -e 's/工/工(gōng)/g' -e 's/個/個(gè)/g' -e 's/會/會(huì)/g' -e 's/到/到(dào)/g' -e 's/下/下(xià)/g' \
        -e 's/多/多(duō)/g' -e 's/放/放(fàng)/g' -e 's/機/機(jī)/g' \
  > "$zoo/$f.txt"

f=z658_l6-spam-wrapped-traditional-pinyin-city-news-site-copy-city-paper-tourist-satisfaction-first-2014-quarter-question-mark-indents-unrelated-teaser
{
  printf '%s\n' '久久精品视频在线播放_高清无码资源站_日韩一区二区免费看_成人午夜影院在线观看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/區/區(qū)/g' -e 's/發/發(fā)/g'
} > "$zoo/$f.txt"
