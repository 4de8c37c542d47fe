#!/bin/sh
# Deterministic build of part FI's Traditional fixture (z1755) from its Simplified source.
# Needs Debian's opencc. Run: sh /work/zoo-new/fi/src/build.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut/z1755_l6-spam-wrapped-traditional-pinyin-consumer-paper-mirror-city-bureau-geographical-indication-brands-2023-masthead-crumb-datetime-source-authors-lost-opening-bracket.txt"
tmp=$(mktemp)
opencc -c s2t.json -i "$here/z1755_body.src.txt" -o "$tmp"
{
  # Simplified spam keyword line kept before the page, as on the sampled copy
  printf '%s\n\n' '澳门新葡京官网|皇冠体育投注平台|真人百家乐在线|足球比分直播|彩票计划免费群|体育下注APP下载|捕鱼游戏大厅|棋牌平台注册送金'
  # pinyin after every 監 費 質 產 業 導 護 權 務 場 (mirror habit)
  sed -e 's/監/監(jiān)/g' -e 's/費/費(fèi)/g' -e 's/質/質(zhì)/g' -e 's/產/產(chǎn)/g' \
      -e 's/業/業(yè)/g' -e 's/導/導(dǎo)/g' -e 's/護/護(hù)/g' -e 's/權/權(quán)/g' \
      -e 's/務/務(wù)/g' -e 's/場/場(chǎng)/g' "$tmp"
} > "$out"
rm -f "$tmp"
