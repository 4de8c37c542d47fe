#!/bin/sh
# Rebuild the two converted fixtures of part GI from their Simplified sources (needs Debian's opencc and python3).
# Deterministic: OpenCC s2t, then pinyin after fixed character sets (pinyin.py), then each page's furniture.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"

# z2015: spam keyword line, a lone "?" line, every text line indented by eight spaces, "@@" (a lost character) shown as "?".
f15="$out/z2015_l6-spam-host-traditional-pinyin-copy-fibre-inspection-magazine-feature-prefecture-cotton-inspection-institute-2018-keyword-spam-first-question-mark-lines-date-glued-to-author-issue-keywords-epigraph-cut.txt"
{
  printf '%s\n\n' '免费高清影视在线观看,最新电视剧全集免费看,午夜剧场在线播放,热门综艺抢先看,动漫大全高清在线,手机看片网址导航,影视大全免费下载'
  printf '        ?\n\n'
  opencc -c s2t.json -i "$here/z2015_src.txt" | python3 "$here/pinyin.py" z2015 | sed -e 's/@@/?/' -e 's/^\(.\)/        \1/'
} > "$f15"

# z2017: the text converted, pinyin after many characters, no headline, no furniture (a page with no address).
f17="$out/z2017_l6-traditional-pinyin-no-address-copy-city-news-site-item-city-quality-congress-2018-body-only-no-headline-yearless-day-party-secretary-speech-cut.txt"
opencc -c s2t.json -i "$here/z2017_src.txt" | python3 "$here/pinyin.py" z2017 > "$f17"
