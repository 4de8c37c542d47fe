#!/bin/bash
# Rebuild the Traditional fixtures of part GX from their UTF-8 Simplified sources (Debian's opencc; deterministic).
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
py=./pinyin.py
name() { ls "$OUT" | grep "^$1_" ; }

# z2162: big5 gate of a people's-daily channel: OpenCC s2t, then the gate's 發布/標准/認証/集群 forms
opencc -c s2t.json -i z2162.src.txt \
 | sed -e 's/發佈/發布/g' -e 's/標準/標准/g' -e 's/認證/認証/g' -e 's/集羣/集群/g' -e 's/爲/為/g' -e 's/羣衆/群眾/g' > "$OUT/$(name z2162)"

# z2164: unrelated host, OpenCC s2tw then pinyin after listed characters everywhere
opencc -c s2tw.json -i z2164.src.txt | sed -e 's/發佈/發布/g' | python3 $py z2164.pinyin '' > "$OUT/$(name z2164)"

# z2165: unrelated host copy of a consumer paper: s2tw, pinyin after listed characters except in the datetime/source line
opencc -c s2tw.json -i z2165.src.txt | sed -e 's/發佈/發布/g' | python3 $py z2165.pinyin '2020-10-15' > "$OUT/$(name z2165)"

# z2167: naive Traditional (s2t with 於/佈/佔 put back to 于/布/占), mojibake run for the lost 省(9
opencc -c s2t.json -i z2167.src.txt \
 | sed -e 's/於/于/g' -e 's/發佈/發布/g' -e 's/公佈/公布/g' -e 's/佔/占/g' -e 's/瞭解/了解/g' -e 's/@@MOJI@@/?。?/g' > "$OUT/$(name z2167)"

# z2168: mirror, s2tw with pinyin after listed characters, a mojibake ?I where a full stop was
opencc -c s2tw.json -i z2168.src.txt | python3 $py z2168.pinyin '' | sed -e 's/@@MOJI@@/?I/g' > "$OUT/$(name z2168)"
