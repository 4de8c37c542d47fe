#!/usr/bin/env bash
# Builds the part AP (held-out, representative sample of NEWS REPORTS about local quality work — study tours, assessment
# results, award launches, metrology-day publicity, quality work meetings and inspections, at province, prefecture and
# county level) zoo fixtures that are made from a source rather than written by hand:
#   z530  a Traditional+pinyin mirror of a government portal's 2007 item on a national bureau official at a province's
#         quality work meeting, as text: the naive Simplified -> Traditional map of parts H–AL (naive-traditional.sh), then
#         pinyin after the characters the sampled mirror annotates (國, 質, 檢, 總, 會, 議, 長, 強, 調, 設, 實, 現, 產, 導,
#         務, 識, 義) and not after others (發, 業, 贛 stay bare);
#   z532  a prefecture broadcasting site's item on a county's 县长质量奖 applications, as text: the naive map only (no pinyin);
#   z533  a Traditional+pinyin mirror of a quality paper's item on a county bureau's metrology-day publicity, as text: the
#         naive map, then pinyin after 國, 質, 網, 圍, 繞, 計, 設, 發, 規, 療, 機, 檢, 鏡, 講 (縣, 監, 聞, 訊 bare, as the
#         sampled mirror);
#   z536  a Traditional+pinyin mirror of a prefecture news site's item on a city team assessing a county's quality work, as
#         text: the naive map, then pinyin after 網, 質, 強, 縣, 對, 進, 檢, 業, 濟, 導 (聞, 訊, 員 bare); the `?Cσ?植?`
#         mojibake runs (考核组 gone through Big5 and read as GBK) are in the source.
# z529, z531, z534, z535, z537 and z538 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-ap.sh: opencc is missing (Debian: apt-get install opencc); z530, z532, z533 and z536 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z530_l6-traditional-pinyin-mirror-gov-portal-2007-national-bureau-official-at-province-quality-work-meeting-body-only
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/國/國(guó)/g' -e 's/質/質(zhì)/g' -e 's/檢/檢(jiǎn)/g' -e 's/總/總(zǒng)/g' -e 's/會/會(huì)/g' \
        -e 's/議/議(yì)/g' -e 's/長/長(zhǎng)/g' -e 's/強/強(qiáng)/g' -e 's/調/調(diào)/g' -e 's/設/設(shè)/g' \
        -e 's/實/實(shí)/g' -e 's/現/現(xiàn)/g' -e 's/產/產(chǎn)/g' -e 's/導/導(dǎo)/g' -e 's/務/務(wù)/g' \
        -e 's/識/識(shí)/g' -e 's/義/義(yì)/g' \
  > "$zoo/$f.txt"

f=z532_l6-naive-traditional-prefecture-broadcast-site-county-magistrate-quality-award-applications-launch-bracket-site-lead-disclaimer
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z533_l6-traditional-pinyin-mirror-quality-paper-county-bureau-metrology-day-publicity-body-only-yearless-day-byline-in-parens
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/國/國(guó)/g' -e 's/質/質(zhì)/g' -e 's/網/網(wǎng)/g' -e 's/圍/圍(wéi)/g' -e 's/繞/繞(rào)/g' \
        -e 's/計/計(jì)/g' -e 's/設/設(shè)/g' -e 's/發/發(fā)/g' -e 's/規/規(guī)/g' -e 's/療/療(liáo)/g' \
        -e 's/機/機(jī)/g' -e 's/檢/檢(jiǎn)/g' -e 's/鏡/鏡(jìng)/g' -e 's/講/講(jiǎng)/g' \
  > "$zoo/$f.txt"

f=z536_l6-traditional-pinyin-mirror-prefecture-news-site-city-team-county-quality-county-assessment-body-only-mojibake-runs
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/網/網(wǎng)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' -e 's/縣/縣(xiàn)/g' -e 's/對/對(duì)/g' \
        -e 's/進/進(jìn)/g' -e 's/檢/檢(jiǎn)/g' -e 's/業/業(yè)/g' -e 's/濟/濟(jì)/g' -e 's/導/導(dǎo)/g' \
  > "$zoo/$f.txt"
