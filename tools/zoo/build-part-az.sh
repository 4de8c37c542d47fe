#!/usr/bin/env bash
# Builds the part AZ (held-out, representative sample of NATIONAL quality documents and their reprints — 质量强国建设纲要,
# 市场监管总局/质检总局 notices and items, 国务院办公厅 plans, the 2017 指导意见 and its 解读, 标准化 reform — as ministry sites,
# news agencies, newspapers, legal databases and copy sites carry them, 2012–2023, taken in search order) zoo fixtures that are
# made from a source rather than written by hand:
#   z631  an association site's Traditional+pinyin page listing 2012's quality events, body only: the naive map (OpenCC's
#         考覈 put back to 考核), then pinyin
#         after thirteen characters (關 質 報 點 轉 進 濟 發 實 規 計 臺 堅), as the sampled page prints them; no spam line.
#   z632  a spam-wrapped Traditional+pinyin mirror of a brand site's think-tank column item (a journal's 解读 of the 2023
#         纲要): a Simplified spam line, then the naive map with pinyin after thirteen characters.
#   z633  a spam-wrapped Traditional+pinyin copy of a news agency's flash item on a national certification report: a
#         Simplified spam line, the naive map, pinyin after eight characters.
#   z634  a spam-wrapped Traditional+pinyin law column's national bureau explanation (2012): a Simplified spam line, the
#         naive map, pinyin after six characters; the `????` before 信息來源 is in the source.
#   z635  an association's Traditional+pinyin copy of a State Council office notice and plan (invented) opening at its
#         number: the naive map, then 標 and 號 put back to 标 and 号 (the sampled copy's partial converter), then pinyin
#         after thirteen characters that the sampled copy marks (作 行 計 開 制 理 有 家 人 和 門 通 為).
#   z637  a spam-wrapped naive-Traditional 专题 page of an invented 中共中央 国务院 opinion: a Simplified spam line, the
#         naive map, no pinyin; the space before 》 and the `  • ` bullet are in the source.
# z629, z630, z636 and z638 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-az.sh: opencc is missing (Debian: apt-get install opencc); z631–z635 and z637 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z631_l6-traditional-pinyin-association-site-2012-national-quality-events-numbered-list-body-only-no-headline
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' \
  | sed -e 's/關/關(guān)/g' -e 's/質/質(zhì)/g' -e 's/報/報(bào)/g' -e 's/點/點(diǎn)/g' -e 's/轉/轉(zhuǎn)/g' \
        -e 's/進/進(jìn)/g' -e 's/濟/濟(jì)/g' -e 's/發/發(fā)/g' -e 's/實/實(shí)/g' -e 's/規/規(guī)/g' \
        -e 's/計/計(jì)/g' -e 's/臺/臺(tái)/g' -e 's/堅/堅(jiān)/g' \
  > "$zoo/$f.txt"

f=z632_l6-spam-wrapped-traditional-pinyin-mirror-brand-think-tank-column-national-outline-2023-journal-interpretation-editors-note-crumb
{
  printf '%s\n\n' '热门小游戏在线玩,免下载网页游戏大全,每日签到领金币,手机游戏排行榜,新游首发抢先体验'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/網/網(wǎng)/g' -e 's/頁/頁(yè)/g' -e 's/國/國(guó)/g' -e 's/強/強(qiáng)/g' -e 's/設/設(shè)/g' \
          -e 's/經/經(jīng)/g' -e 's/濟/濟(jì)/g' -e 's/發/發(fā)/g' -e 's/點/點(diǎn)/g' -e 's/業/業(yè)/g' \
          -e 's/庫/庫(kù)/g' -e 's/現/現(xiàn)/g' -e 's/關/關(guān)/g'
} > "$zoo/$f.txt"

f=z633_l6-spam-wrapped-traditional-pinyin-copy-xinhua-flash-national-certification-report-2023-kicker-headline-credits-back-to-top
{
  printf '%s\n\n' '体育赛事直播,高清无插件观看,足球篮球比分实时更新,赛程表一键查询,精彩回放天天看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/監/監(jiān)/g' -e 's/構/構(gòu)/g' -e 's/業/業(yè)/g' -e 's/經/經(jīng)/g' -e 's/導/導(dǎo)/g' \
          -e 's/場/場(chǎng)/g' -e 's/發/發(fā)/g' -e 's/內/內(nèi)/g'
} > "$zoo/$f.txt"

f=z634_l6-spam-wrapped-traditional-pinyin-law-column-national-bureau-spot-check-explanation-2012-question-marks-before-source
{
  printf '%s\n\n' '二手车估价,新车报价大全,车型对比,降价排行,购车计算器,汽车贷款一站式服务'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/規/規(guī)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' -e 's/構/構(gòu)/g' -e 's/關/關(guān)/g' \
          -e 's/領/領(lǐng)/g'
} > "$zoo/$f.txt"

f=z635_l6-traditional-pinyin-association-copy-state-council-office-action-plan-notice-2015-opens-at-number-plan-title-two-lines-tasks-lead-units
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/標/标/g' -e 's/號/号/g' \
  | sed -e 's/作/作(zuò)/g' -e 's/行/行(xíng)/g' -e 's/計/計(jì)/g' -e 's/開/開(kāi)/g' -e 's/制/制(zhì)/g' \
        -e 's/理/理(lǐ)/g' -e 's/有/有(yǒu)/g' -e 's/家/家(jiā)/g' -e 's/人/人(rén)/g' -e 's/和/和(hé)/g' \
        -e 's/門/門(mén)/g' -e 's/通/通(tōng)/g' -e 's/為/為(wèi)/g' \
  > "$zoo/$f.txt"

f=z637_l6-spam-wrapped-naive-traditional-topic-page-invented-national-party-state-council-opinion-2017-bracket-date-bullet-first-paragraph-2020-targets
{
  printf '%s\n\n' '在线看片神器,热门影视免费看,最新电视剧抢先看,高清蓝光资源每日更新'
  naive_traditional "$here/$f.src.txt"
} > "$zoo/$f.txt"
