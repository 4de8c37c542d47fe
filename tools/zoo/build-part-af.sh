#!/usr/bin/env bash
# Builds the part AF (held-out, representative sample of county- and district-level quality pages) zoo fixtures that
# are made from a source rather than written by hand:
#   z429  a Traditional+pinyin mirror's body-only copy of a quality paper's item on a county committee's study session,
#         as text: the naive Simplified -> Traditional map of parts H–AD (naive-traditional.sh), then pinyin after the
#         characters the sampled mirror annotates (國, 質, 網, 認, 實, 務, 動, 識, 強, 發, 學, 習, 進, 構, 擔, 當, 責, 個,
#         礎, 設) and not after others (關于, 為, 黨, 縣 stay bare), ASCII commas as the sampled copy prints them, and
#         OpenCC's 考覈 left (a converter slip, as z265);
#   z432  a copy of a provincial news site's item on a city bureau's press conference, as text: the naive map, with
#         佈局 written 布局 as the sampled copy prints it (`齊魯網·閃電新聞` dateline kept);
#   z434  a mirror's copy of a quality paper's feature on a city's quality work, as text: the naive map with 考覈
#         written 考核 as the sampled copy prints it (引题 and 主题 on two lines, photo captions and two-line subheads
#         between the paragraphs).
#   z438  a Traditional+pinyin mirror's body-only copy of an autonomous prefecture's news site item on a county-level
#         city entering the national 质量强县 pool, as text: the naive map, then pinyin after the characters the sampled
#         mirror annotates (網, 質, 動, 現, 場, 發, 國, 監, 強, 進, 區, 鎮, 設, 庫, 來, 臺, 獎, 勵, 續, 標, 準, 領, 統, 產,
#         項, 務, 環, 責, 鄉, 獨, 長) and not after others (總, 鏈, 縣, 關, 辦, 體, 記, 訊 stay bare), OpenCC's 啓 written
#         啟 as the sampled mirror prints it (its 公佈 left);
# z430, z431, z433, z435, z436 and z437 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-af.sh: opencc is missing (Debian: apt-get install opencc); z429, z432, z434 and z438 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z429_l6-traditional-pinyin-mirror-quality-paper-county-committee-study-session-on-two-outlines-body-only-reporter-in-parens
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/國/國(guó)/g' -e 's/質/質(zhì)/g' -e 's/網/網(wǎng)/g' -e 's/認/認(rèn)/g' -e 's/實/實(shí)/g' \
        -e 's/務/務(wù)/g' -e 's/動/動(dòng)/g' -e 's/識/識(shí)/g' -e 's/強/強(qiáng)/g' -e 's/發/發(fā)/g' \
        -e 's/學/學(xué)/g' -e 's/習/習(xí)/g' -e 's/進/進(jìn)/g' -e 's/構/構(gòu)/g' -e 's/擔/擔(dān)/g' \
        -e 's/當/當(dāng)/g' -e 's/責/責(zé)/g' -e 's/個/個(gè)/g' -e 's/礎/礎(chǔ)/g' -e 's/設/設(shè)/g' \
  > "$zoo/$f.txt"

f=z432_l6-naive-traditional-copy-city-bureau-press-conference-quality-infrastructure-one-stop-body-only-provincial-site-dateline
naive_traditional "$here/$f.src.txt" | sed -e 's/佈局/布局/g' > "$zoo/$f.txt"

f=z434_l6-naive-traditional-mirror-quality-paper-city-quality-feature-lead-and-main-headline-photo-captions-inline
naive_traditional "$here/$f.src.txt" | sed -e 's/考覈/考核/g' > "$zoo/$f.txt"

f=z438_l6-traditional-pinyin-mirror-prefecture-news-site-county-city-enters-national-quality-county-pool-body-only-wo-zhou
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/網/網(wǎng)/g' -e 's/質/質(zhì)/g' -e 's/動/動(dòng)/g' -e 's/現/現(xiàn)/g' -e 's/場/場(chǎng)/g' \
        -e 's/發/發(fā)/g' -e 's/國/國(guó)/g' -e 's/監/監(jiān)/g' -e 's/強/強(qiáng)/g' -e 's/進/進(jìn)/g' \
        -e 's/區/區(qū)/g' -e 's/鎮/鎮(zhèn)/g' -e 's/設/設(shè)/g' -e 's/庫/庫(kù)/g' -e 's/來/來(lái)/g' \
        -e 's/臺/臺(tái)/g' -e 's/獎/獎(jiǎng)/g' -e 's/勵/勵(lì)/g' -e 's/續/續(xù)/g' -e 's/標/標(biāo)/g' \
        -e 's/準/準(zhǔn)/g' -e 's/領/領(lǐng)/g' -e 's/統/統(tǒng)/g' -e 's/產/產(chǎn)/g' -e 's/項/項(xiàng)/g' \
        -e 's/務/務(wù)/g' -e 's/環/環(huán)/g' -e 's/責/責(zé)/g' -e 's/鄉/鄉(xiāng)/g' -e 's/獨/獨(dú)/g' \
        -e 's/長/長(zhǎng)/g' -e 's/啓/啟/g' \
  > "$zoo/$f.txt"
