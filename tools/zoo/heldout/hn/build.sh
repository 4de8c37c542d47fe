#!/bin/sh
# Rebuild the converted fixtures of part HN from their UTF-8 Simplified sources (needs Debian's opencc and python3).
# Deterministic: OpenCC's s2t, then fixed per-file edits. Run from anywhere: sh src/build.sh
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
TMP=$(mktemp -d)

# z2326: plain Traditional copy (OpenCC s2t, no pinyin), as the sampled unrelated-host copy was.
opencc -c s2t -i z2326.src.txt -o "$TMP/z2326"
cp "$TMP/z2326" "$OUT/z2326_l6-plain-traditional-unrelated-host-copy-body-only-city-quality-bureau-annual-work-meeting-2014-yearless-day-china-quality-award-candidates-secretariats-sought-testing-group-five-tasks-cut.txt"

# z2330: OpenCC s2t; the mirror's naive forms put back (標誌 -> 標志, 批准 -> 批準); pinyin after every
# 當 質 標 縣 審 專 except on the headline line (the mirror left its headline bare); a Simplified spam line first.
opencc -c s2t -i z2330.src.txt -o "$TMP/z2330"
python3 - "$TMP/z2330" "$OUT/z2330_l6-spam-wrapped-traditional-pinyin-quality-news-mirror-national-bureau-announcement-number-headline-geographical-indication-protection-2014-time-question-marks-source-line-title-again-product-clauses-cut.txt" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding='utf-8').read()
text = text.replace('標誌', '標志').replace('批准', '批準')
pinyin = {'當': 'dāng', '質': 'zhì', '標': 'biāo', '縣': 'xiàn', '審': 'shěn', '專': 'zhuān'}
out = []
for line in text.split('\n'):
    if line.startswith('國家質檢總局2014年第127號公告'):
        out.append(line)
        continue
    out.append(''.join(c + ('(' + pinyin[c] + ')' if c in pinyin else '') for c in line))
spam = '金沙娱乐城官网,天天彩票开奖直播,幸运28在线计划,百家乐技巧大全,真人娱乐平台注册送彩金'
open(dst, 'w', encoding='utf-8').write(spam + '\n\n' + '\n'.join(out))
PY
rm -rf "$TMP"
