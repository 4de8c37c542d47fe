#!/bin/sh
# Deterministic build of z1700 (Part FB): OpenCC s2t, then pinyin after a fixed set of characters.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut/z1700_l6-traditional-pinyin-gazette-mirror-county-city-government-quality-city-activity-implementing-opinion-2012-pipe-field-rows-site-name-issuer-ascii-bracket-number-one-run-on-paragraph-targets-cut.txt"
opencc -c s2t.json -i "$here/z1700_src.txt" -o "$here/z1700_trad.tmp"
python3 - "$here/z1700_trad.tmp" "$out" <<'PY'
import sys
py = {'發':'fā','關':'guān','態':'tài','執':'zhí','鎮':'zhèn','區':'qū','質':'zhì','號':'hào',
      '轉':'zhuǎn','經':'jīng','產':'chǎn','實':'shí','現':'xiàn','務':'wù','業':'yè','強':'qiáng'}
t = open(sys.argv[1], encoding='utf-8').read()
t = ''.join(c + ('(' + py[c] + ')' if c in py else '') for c in t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
PY
rm -f "$here/z1700_trad.tmp"
