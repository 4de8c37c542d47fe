#!/usr/bin/env bash
# Builds the part CP (held-out, representative sample of government REPLIES to deputies' suggestions and CPPCC
# proposals about quality work and of congress reports on quality-law enforcement inspections, as a researcher
# collecting them would search for them, taken in search order) zoo fixtures that are made from a source rather than
# written by hand:
#   z1049  a Traditional+pinyin copy, on an unrelated host, of the national bureau's reply letter to a CPPCC proposal
#          on high-tech brands, as text: OpenCC's s2t, then pinyin after EVERY 場, 監, 發, 關, 協, 會, 號, 復, 習, 動,
#          創, 轉, 質, 產, 設, 標, 準, 術, 業, 領, 強, 級 and 積 (the copy's converter reads a fixed list of characters); 答覆 -> 答復 and 發佈 -> 發布 first, as the copy prints them.
#   z1051  a spam-wrapped naive-Traditional mirror of a province bureau's reply letter to a CPPCC proposal on the
#          geographical-indication industry, as text: the naive map (naive-traditional.sh); the spam line opening the
#          source is the mirror's own and goes through the map with the rest; 答覆 -> 答復, as the mirror prints it.
# The other files of the part (z1050, z1052, z1053) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cp.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z1049_l6-traditional-pinyin-unrelated-host-copy-national-bureau-reply-letter-to-cppcc-proposal-high-tech-brands-2022-lead-full-text-follows-yearless-day-results-and-next-steps
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/答覆/答復/g' -e 's/發佈/發布/g' \
        -e 's/場/場(chǎng)/g' -e 's/監/監(jiān)/g' -e 's/發/發(fā)/g' -e 's/關/關(guān)/g' -e 's/協/協(xié)/g' \
        -e 's/會/會(huì)/g' -e 's/號/號(hào)/g' -e 's/復/復(fù)/g' -e 's/習/習(xí)/g' -e 's/動/動(dòng)/g' \
        -e 's/創/創(chuàng)/g' -e 's/轉/轉(zhuǎn)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' -e 's/設/設(shè)/g' \
        -e 's/標/標(biāo)/g' -e 's/準/準(zhǔn)/g' -e 's/術/術(shù)/g' -e 's/業/業(yè)/g' -e 's/領/領(lǐng)/g' \
        -e 's/強/強(qiáng)/g' -e 's/級/級(jí)/g' -e 's/積/積(jī)/g' \
  > "$zoo/$f.txt"

f=z1051_l6-spam-wrapped-naive-traditional-mirror-province-bureau-reply-letter-to-cppcc-proposal-geographical-indication-industry-2021-crumb-source-time-font-size-line-number-line-addressee
naive_traditional "$here/$f.src.txt" | sed -e 's/答覆/答復/g' > "$zoo/$f.txt"
