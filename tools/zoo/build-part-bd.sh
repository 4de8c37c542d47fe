#!/usr/bin/env bash
# Builds the part BD (held-out, representative sample of quality-policy INTERPRETATIONS, DRAFTS, consultations,
# interviews and press conferences around local and national quality documents, 2014–2025, taken in search order) zoo
# fixtures that are made from a source rather than written by hand:
#   z670  a naive-Traditional mirror of a consumer paper's item on the national bureau's public-suggestions campaign for
#         the 质量强国建设规划 (2020), body only, as text: the naive Simplified -> Traditional map of parts H–BA
#         (naive-traditional.sh) with OpenCC's 週, 衆, 羣, 徵 and 採 put back to 周, 眾, 群, 征 and 采 (as the sampled mirror
#         prints them), then the GBK slip the sampled mirror shows (`。活動主辦` read as `?;顒又鬓k`), then the
#         fifteen blank lines the mirror leaves after the text;
#   z677  a Traditional+pinyin mirror of a securities-news site's item on a regional corridor's market-regulation meeting
#         on quality and standards, as text: the naive map with OpenCC's 範 (the surname) and 啓 put back to 范 and 啟,
#         then pinyin after 長, 創, 場, 監, 會, 區, 質, 標, 準, 發, 證,
#         網, 記, 習, 國, 議, 協, 開, 總 and 進.
# z669 and z671–z676, z678 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bd.sh: opencc is missing (Debian: apt-get install opencc); z670 and z677 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z670_l6-naive-traditional-mirror-consumer-paper-item-national-quality-power-plan-public-suggestions-2020-body-only-gbk-slip-run-trailing-blank-lines
{
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/週/周/g' -e 's/衆/眾/g' -e 's/羣/群/g' -e 's/徵/征/g' -e 's/採/采/g' \
    | sed -e 's/。活動主辦/?;顒又鬓k/'
  printf '\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n'
} > "$zoo/$f.txt"

f=z677_l6-traditional-pinyin-mirror-securities-news-item-yangtze-delta-corridor-nine-city-market-regulation-meeting-quality-standards-yearless-day-reporter-trainee-byline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/範/范/g' -e 's/啓/啟/g' \
  | sed -e 's/長/長(zhǎng)/g' -e 's/創/創(chuàng)/g' -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/會/會(huì)/g' \
        -e 's/區/區(qū)/g' -e 's/質/質(zhì)/g' -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/發/發(fā)/g' \
        -e 's/證/證(zhèng)/g' -e 's/網/網(wǎng)/g' -e 's/記/記(jì)/g' -e 's/習/習(xí)/g' -e 's/國/國(guó)/g' \
        -e 's/議/議(yì)/g' -e 's/協/協(xié)/g' -e 's/開/開(kāi)/g' -e 's/總/總(zǒng)/g' -e 's/進/進(jìn)/g' \
  > "$zoo/$f.txt"
