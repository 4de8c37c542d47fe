#!/bin/bash
# Build the converted fixtures of held-out part EJ (z1511, z1514, z1516) from their UTF-8 Simplified sources.
# Needs Debian's `opencc` (s2t) and python3. Deterministic: the same sources give the same bytes.
# Steps per file: OpenCC s2t over the whole source; then the forms the sampled mirrors print (於→于, 並→并, 雲→云,
# 爲→為, 啓→啟, 羣→群, 衆→眾, 着→著); then the mirror's pinyin after EVERY occurrence of the characters listed for that file;
# z1514 also turns its {{MOJI:…}} segment (after conversion and pinyin) into a mojibake run (UTF-8 bytes read as GBK,
# undecodable bytes printed as `?`). Output is written into the parent folder (/work/zoo-new/ej/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"

build() {
  local src="$1" dst="$2" pinyin="$3"
  opencc -c s2t -i "$here/$src" -o "$out/.tmp-$src"
  python3 - "$out/.tmp-$src" "$out/$dst" "$pinyin" <<'PY'
import sys, re
tmp, dst, spec = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(tmp, encoding='utf-8').read()
for a, b in (('於', '于'), ('並', '并'), ('雲', '云'), ('爲', '為'), ('啓', '啟'), ('羣', '群'), ('衆', '眾'), ('着', '著')):
    text = text.replace(a, b)
table = {}
for pair in spec.split():
    ch, py = pair.split(':')
    table[ch] = py
text = ''.join(c + ('(' + table[c] + ')' if c in table else '') for c in text)
def moji(m):
    return m.group(1).encode('utf-8').decode('gbk', errors='replace').replace('\ufffd', '?')
text = re.sub(r'\{\{MOJI:(.*?)\}\}', moji, text, flags=re.S)
open(dst, 'w', encoding='utf-8', newline='\n').write(text)
PY
  rm -f "$out/.tmp-$src"
}

build z1511.src.txt \
  z1511_l6-traditional-pinyin-mirror-copy-industry-news-item-province-party-gov-quality-improvement-action-plan-issued-2018-source-time-line-blank-runs-restated-2020-targets-cut.txt \
  "質:zhì 產:chǎn 業:yè 經:jīng 濟:jì 網:wǎng 發:fā 導:dǎo 務:wù 領:lǐng 設:shè 創:chuàng 標:biāo"

build z1514.src.txt \
  z1514_l6-traditional-pinyin-city-info-port-copy-province-quality-month-launch-2020-body-only-no-headline-intern-dateline-photo-captions-mojibake-run.txt \
  "質:zhì 現:xiàn 監:jiān 長:zhǎng 設:shè 側:cè 結:jié 構:gòu 創:chuàng 領:lǐng 礎:chǔ 開:kāi 產:chǎn 環:huán 穩:wěn 務:wù 執:zhí 權:quán 問:wèn 戰:zhàn 統:tǒng"

build z1516.src.txt \
  z1516_l6-traditional-pinyin-mirror-copy-quality-paper-item-city-leading-group-office-2015-quality-city-action-plan-author-time-line-restated-targets-wrong-tone-cut.txt \
  "進:jìn 質:zhì 強:qiáng 級:jí 時:shí 監:jiān 領:lǐng 導:dǎo 辦:bàn 簡:jiǎn 發:fā 劃:huà 動:dòng 態:tài 點:diǎn 實:shí 現:xiàn 經:jīng 濟:jì 來:lái 開:kāi 國:guó 專:zhuān 門:mén 書:shū 過:guò 據:jù 項:xiàng 產:chǎn 業:yè 調:diào 區:qū 確:què"
