#!/usr/bin/env bash
# Rebuild the Traditional+pinyin fixtures of part FZ from their UTF-8 Simplified sources.
# Deterministic: Debian's opencc (s2t.json), then pinyin inserted after every occurrence of a fixed list of characters.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"

build() { # $1 source name (without .src.txt), $2 pinyin list "字:pinyin,字:pinyin"
  local src="$here/$1.src.txt" dst="$out/$1.txt"
  opencc -c s2t.json -i "$src" -o "$dst.tmp"
  PINYIN="$2" python3 - "$dst.tmp" "$dst" <<'PY'
import os, sys
table = dict(p.split(':') for p in os.environ['PINYIN'].split(','))
text = open(sys.argv[1], encoding='utf-8').read()
out = ''.join(ch + ('(' + table[ch] + ')' if ch in table else '') for ch in text)
open(sys.argv[2], 'w', encoding='utf-8').write(out)
PY
  rm -f "$dst.tmp"
}

build z1922_l6-traditional-pinyin-unrelated-host-copy-county-news-item-city-bureau-surveys-county-metrology-work-body-only-no-headline-yearless-day-correspondents-in-parens \
  "網:wǎng,監:jiān,機:jī,構:gòu,標:biāo,準:zhǔn,務:wù,進:jìn,現:xiàn,設:shè,項:xiàng,質:zhì,陽:yáng"

build z1926_l6-traditional-pinyin-mirror-city-paper-item-city-firms-named-enterprise-standard-forerunners-2019-body-only-no-headline-shares-of-country-and-province-fund-rules-by-title-cut \
  "業:yè,標:biāo,準:zhǔn,領:lǐng,會:huì,場:chǎng,監:jiān,區:qū,產:chǎn,務:wù,質:zhì,資:zī,機:jī,構:gòu,進:jìn,現:xiàn,電:diàn,陶:táo"
