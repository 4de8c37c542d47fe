#!/bin/bash
# Part HI: rebuild the two Traditional+pinyin fixtures (z2275, z2278) from their UTF-8 Simplified sources.
# Deterministic: Debian's opencc (s2tw), one fixed word fix (the mirrors print 發布, not OpenCC's 發佈),
# then the pinyin in parentheses after every occurrence of each listed character (each mirror's own list).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../../../../tests/HeldOut" && pwd)"

build() {  # $1 source, $2 target file name, $3 pinyin list "字=pin 字=pin ..."
  opencc -c s2tw -i "$here/$1" -o "$out/$2.tmp"
  python3 - "$out/$2.tmp" "$out/$2" "$3" <<'EOF'
import sys
src, dst, spec = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding='utf-8').read()
text = text.replace('發佈', '發布')
marks = dict(pair.split('=') for pair in spec.split())
text = ''.join(ch + ('(' + marks[ch] + ')' if ch in marks else '') for ch in text)
open(dst, 'w', encoding='utf-8').write(text)
EOF
  rm -f "$out/$2.tmp"
}

build z2275.src.txt \
  z2275_l6-traditional-pinyin-mirror-copy-body-only-province-leading-group-office-quality-month-theme-activity-2025-cases-and-brands-released-image-gap-cut.txt \
  "實=shí 質=zhì 強=qiáng 國=guó 設=shè 進=jìn 領=lǐng 導=dǎo 會=huì 發=fā 區=qū 縣=xiàn 鎮=zhèn 業=yè 產=chǎn 務=wù 現=xiàn 勢=shì 優=yōu"

build z2278.src.txt \
  z2278_l6-traditional-pinyin-mirror-copy-quality-paper-item-body-only-province-quality-county-experience-exchange-held-in-county-city-2025-spaced-byline-lately-pool-counts-cut.txt \
  "質=zhì 強=qiáng 國=guó 設=shè 縣=xiàn 區=qū 經=jīng 驗=yàn 場=chǎng 進=jìn 動=dòng 結=jié 廣=guǎng 關=guān 鄉=xiāng 監=jiān 門=mén 類=lèi 劃=huà 時=shí 開=kāi"
