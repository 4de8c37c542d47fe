#!/usr/bin/env bash
# Builds the part CE (held-out, representative sample of quality-strong plans and reports of the NORTH-EAST,
# NORTH-WEST and SOUTH-WEST — 质量强省/强市/强县 实施意见/方案 and their news, as a researcher collecting them would
# search for them, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z943  a Traditional+pinyin copy of a province news item (provincial government and the national bureau sign a
#         cooperation memorandum; the province's quality development conference), as text: OpenCC's s2t, then the
#         converter's slips the sampled copy shows (面 -> 麵 in 方面/全面, 体系 -> 體係, 制度 -> 製度), then pinyin after
#         the FIRST occurrence on each line of 明, 出, 國, 家, 督, 備, 錄, 進, 書, 式, 簽, 合, 作, 展, 建, 設, 障, 力,
#         將, 論, 徑, 共, 檢, 術, 量, 場 and 會 (so some occurrences carry a reading and others not, as on the page).
# z944 and z946 are described at their build lines below. The other files of the part (z939–z942, z945, z947, z948)
# are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ce.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z943_l6-traditional-pinyin-policy-news-site-copy-province-government-national-bureau-cooperation-signing-and-province-quality-development-conference-2016-officials-in-headline-yearless-day-mian-xi-slips
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/方面/方麵/g' -e 's/全面/全麵/g' -e 's/體系/體係/g' -e 's/制度/製度/g' \
        -e 's/明/明(míng)/' -e 's/出/出(chū)/' -e 's/國/國(guó)/' -e 's/家/家(jiā)/' -e 's/督/督(dū)/' \
        -e 's/備/備(bèi)/' -e 's/錄/錄(lù)/' -e 's/進/進(jìn)/' -e 's/書/書(shū)/' -e 's/式/式(shì)/' \
        -e 's/簽/簽(qiān)/' -e 's/合/合(hé)/' -e 's/作/作(zuò)/' -e 's/展/展(zhǎn)/' -e 's/建/建(jiàn)/' \
        -e 's/設/設(shè)/' -e 's/障/障(zhàng)/' -e 's/力/力(lì)/' -e 's/將/將(jiāng)/' -e 's/論/論(lùn)/' \
        -e 's/徑/徑(jìng)/' -e 's/共/共(gòng)/' -e 's/檢/檢(jiǎn)/' -e 's/術/術(shù)/' -e 's/量/量(liàng)/' \
        -e 's/場/場(chǎng)/' -e 's/會/會(huì)/' \
  > "$zoo/$f.txt"

# z944  a Traditional+pinyin copy, on a local news site's city channel, of a prefecture's 2019 quality-status analysis
#       report release, as text: the naive map (naive-traditional.sh) with 處於 -> 處于 undone too, then pinyin after
#       EVERY 質, 發, 數, 據, 產, 業, 環, 態, 區, 統, 獎, 優, 監, 檢, 測, 藥, 農 and 設 (the copy's converter reads a fixed
#       list of characters). The source opens with an empty
#       line, as the sampled page does (no headline).
f=z944_l6-traditional-pinyin-local-news-site-city-channel-copy-prefecture-quality-status-analysis-report-release-2019-body-only-leading-blank-line-no-headline-results
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/處於/處于/g' -e 's/質/質(zhì)/g' -e 's/發/發(fā)/g' -e 's/數/數(shù)/g' -e 's/據/據(jù)/g' -e 's/產/產(chǎn)/g' \
        -e 's/業/業(yè)/g' -e 's/環/環(huán)/g' -e 's/態/態(tài)/g' -e 's/區/區(qū)/g' -e 's/統/統(tǒng)/g' \
        -e 's/獎/獎(jiǎng)/g' -e 's/優/優(yōu)/g' -e 's/監/監(jiān)/g' -e 's/檢/檢(jiǎn)/g' -e 's/測/測(cè)/g' \
        -e 's/藥/藥(yào)/g' -e 's/農/農(nóng)/g' -e 's/設/設(shè)/g' \
  > "$zoo/$f.txt"

# z946  a Traditional+pinyin copy, on an unrelated host, of a region news site's item (the region's chairman meets the
#       national bureau's deputy head at a 质检 aid-work meeting), cut mid-sentence as the sampled copy is, as text:
#       OpenCC's s2t, then pinyin after EVERY 區, 統, 監, 業, 穩, 發, 創, 現, 經, 網, 會 and 務. The stray spaces
#       inside phrases in the source (`平稳 健康`, `基层 基础设施`) stand for the sampled copy's.
f=z946_l6-traditional-pinyin-unrelated-host-copy-region-news-site-item-region-chairman-meets-national-bureau-deputy-at-aid-xinjiang-quality-inspection-meeting-2016-net-dateline-stray-spaces-cut
opencc -c s2t -i "$here/$f.src.txt" \
  | sed -e 's/區/區(qū)/g' -e 's/統/統(tǒng)/g' -e 's/監/監(jiān)/g' -e 's/業/業(yè)/g' -e 's/穩/穩(wěn)/g' \
        -e 's/發/發(fā)/g' -e 's/創/創(chuàng)/g' -e 's/現/現(xiàn)/g' -e 's/經/經(jīng)/g' -e 's/網/網(wǎng)/g' \
        -e 's/會/會(huì)/g' -e 's/務/務(wù)/g' \
  > "$zoo/$f.txt"
