#!/bin/bash
# Deterministic build of the Traditional fixtures of part GA (needs Debian's opencc and python3).
# z1937: OpenCC s2t, then pinyin after every 質 發 產 強 勢 業 進 準 優 領 (as the sampled mirror did).
# z1939: OpenCC s2t only (no pinyin).
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1937_src.txt -o /tmp/z1937_t.txt
python3 - /tmp/z1937_t.txt ../../../../tests/HeldOut/z1937_l6-traditional-pinyin-packaging-news-spam-site-copy-opens-mid-item-city-quality-city-strategy-aims-brand-and-award-counts-mayor-award-conditions-cut-mid-sentence.txt <<'PY'
import sys
py = {'質':'zhì','發':'fā','產':'chǎn','強':'qiáng','勢':'shì','業':'yè','進':'jìn','準':'zhǔn','優':'yōu','領':'lǐng'}
s = open(sys.argv[1], encoding='utf-8').read()
out = ''.join(c + ('(' + py[c] + ')' if c in py else '') for c in s)
open(sys.argv[2], 'w', encoding='utf-8').write(out)
PY
opencc -c s2t.json -i z1939_src.txt -o ../../../../tests/HeldOut/z1939_l6-naive-traditional-spam-site-copy-body-only-city-bureau-brand-promotion-four-measures-reward-amounts-application-counts-no-headline-no-date.txt
rm -f /tmp/z1937_t.txt
