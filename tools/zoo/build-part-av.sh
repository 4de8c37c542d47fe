#!/usr/bin/env bash
# Builds the part AV (held-out, representative sample of OLDER local quality documents and reports of 2000–2012 — 质量兴省/
# 兴市/兴县, 名牌战略, 质量振兴, 质量工作目标责任制, 产品质量专项整治, 质量立市 — taken in search order) zoo fixtures that are made
# from a source rather than written by hand:
#   z590  a Traditional+pinyin copy of a commentary on a municipality's 2013 质量发展规划, as text: the naive Simplified ->
#         Traditional map of parts H–AR (naive-traditional.sh), then pinyin after 發, 質, 規, 劃, 實, 點, 轉, 報, 導 and 濟;
#         the `?H¨借秖ミカ〃` mojibake run (`？“質量立市”` gone through Big5 and read as GBK) is in the source;
#   z591  a spam-wrapped Traditional+pinyin mirror of a news item on a province's 2011 quality white paper, as text: a
#         Simplified spam line the wrapper adds, then the naive map, then pinyin after 當, 質, 統, 發, 產, 領, 導, 據, 顯 and 農
#         (the `????` run before 信息來源, a converter's lost no-break spaces, is in the source);
#   z593  a spam-wrapped Traditional+pinyin mirror of a news item on a city's 名牌 cultivation, as text: a Simplified spam
#         line, the naive map, then pinyin after 當, 戰, 實, 質, 礎, 動, 領, 導, 聯, 獎 and 勵 (`????` in the source);
#   z594  a spam-wrapped Traditional+pinyin mirror of a news item on a province's government quality award ceremony, as
#         text: a Simplified spam line, the naive map, then pinyin after 當, 頁, 領, 導, 講, 獎, 頒, 會, 質, 強, 設 and 來
#         (`????` in the source);
#   z598  a Traditional+pinyin copy of a journal item on a province's 2011 名牌 list, as text: the naive map with OpenCC's
#         雲 undone to 云 (as the sampled copy prints 云南), then pinyin after 戰, 進, 認, 質, 標 and 準 only.
# z589, z592 and z595–z597 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-av.sh: opencc is missing (Debian: apt-get install opencc); z590, z591, z593, z594 and z598 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z590_l6-traditional-pinyin-copy-municipality-quality-development-plan-2013-commentary-slash-byline-mojibake-run-number-in-quotes
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/發/發(fā)/g' -e 's/質/質(zhì)/g' -e 's/規/規(guī)/g' -e 's/劃/劃(huà)/g' -e 's/實/實(shí)/g' \
        -e 's/點/點(diǎn)/g' -e 's/轉/轉(zhuǎn)/g' -e 's/報/報(bào)/g' -e 's/導/導(dǎo)/g' -e 's/濟/濟(jì)/g' \
  > "$zoo/$f.txt"

f=z591_l6-spam-wrapped-traditional-pinyin-mirror-province-quality-white-paper-2011-release-crumb-question-mark-run-source-url
{
  printf '%s\n\n' '最新高清影视免费看,久久精品在线导航,一区二区资源站,热门福利网址发布页,在线观看不卡'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/質/質(zhì)/g' -e 's/統/統(tǒng)/g' -e 's/發/發(fā)/g' -e 's/產/產(chǎn)/g' \
          -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/據/據(jù)/g' -e 's/顯/顯(xiǎn)/g' -e 's/農/農(nóng)/g'
} > "$zoo/$f.txt"

f=z593_l6-spam-wrapped-traditional-pinyin-mirror-city-brand-cultivation-measures-2010-strategy-column-national-bureau-source
{
  printf '%s\n\n' '免费在线影院,高清无码资源导航,精品一区二区三区,最新地址永久发布,热播剧抢先看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/戰/戰(zhàn)/g' -e 's/實/實(shí)/g' -e 's/質/質(zhì)/g' -e 's/礎/礎(chǔ)/g' \
          -e 's/動/動(dòng)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/聯/聯(lián)/g' -e 's/獎/獎(jiǎng)/g' \
          -e 's/勵/勵(lì)/g'
} > "$zoo/$f.txt"

f=z594_l6-spam-wrapped-traditional-pinyin-mirror-province-government-quality-award-ceremony-2010-leaders-column-long-headline-names
{
  printf '%s\n\n' '在线视频免费观看|高清影视资源站|最新网址发布|一区二区三区导航|福利影院|每日更新不迷路'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/當/當(dāng)/g' -e 's/頁/頁(yè)/g' -e 's/領/領(lǐng)/g' -e 's/導/導(dǎo)/g' -e 's/講/講(jiǎng)/g' \
          -e 's/獎/獎(jiǎng)/g' -e 's/頒/頒(bān)/g' -e 's/會/會(huì)/g' -e 's/質/質(zhì)/g' -e 's/強/強(qiáng)/g' \
          -e 's/設/設(shè)/g' -e 's/來/來(lái)/g'
} > "$zoo/$f.txt"

f=z598_l6-traditional-pinyin-copy-journal-item-province-brand-products-2011-county-city-fruit-only-entry-correspondent-byline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/雲/云/g' \
        -e 's/戰/戰(zhàn)/g' -e 's/進/進(jìn)/g' -e 's/認/認(rèn)/g' -e 's/質/質(zhì)/g' -e 's/標/標(biāo)/g' \
        -e 's/準/準(zhǔn)/g' \
  > "$zoo/$f.txt"
