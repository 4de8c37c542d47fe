#!/bin/sh
# Deterministic build of part HT's converted fixtures (z2382, z2384, z2390).
# Needs Debian's `opencc` (s2tw) and python3. Run from anywhere: sh src/build.sh
# Writes the fixtures into the folder above this script.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT="$SRC/../../../../tests/HeldOut"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

opencc -c s2tw.json -i "$SRC/z2382_src.txt" -o "$TMP/z2382.t"
opencc -c s2tw.json -i "$SRC/z2384_src.txt" -o "$TMP/z2384.t"
opencc -c s2tw.json -i "$SRC/z2390_src.txt" -o "$TMP/z2390.t"

python3 - "$TMP" "$OUT" <<'PY'
import sys
tmp, out = sys.argv[1], sys.argv[2]

def pinyin(text, table, skip_quotes=False):
    res, inq = [], False
    for ch in text:
        res.append(ch)
        if ch == '\u201c': inq = True
        elif ch == '\u201d': inq = False
        elif ch in table and not (skip_quotes and inq):
            res.append('(' + table[ch] + ')')
    return ''.join(res)

def doubled_commas(text, marks=',\u3002\u3001'):
    res, k = [], 0
    for ch in text:
        if ch in marks:
            if k % 3 != 2:
                res.append(',')
            k += 1
        res.append(ch)
    return ''.join(res)

# z2382: a mobile mirror's copy with pinyin after three characters only
t = open(tmp + '/z2382.t', encoding='utf-8').read()
t = pinyin(t, {'業': 'yè', '鄉': 'xiāng', '創': 'chuàng'})
open(out + '/z2382_l6-traditional-pinyin-mobile-mirror-provincial-paper-site-item-province-ip-office-and-tv-station-favourite-brand-contest-final-2022-caption-first-no-headline-award-lines-cut.txt', 'w', encoding='utf-8').write(t)

# z2384: dense pinyin after most converted characters, none inside quotation marks
dense = {'報':'bào','訊':'xùn','場':'chǎng','監':'jiān','進':'jìn','業':'yè','實':'shí','產':'chǎn',
         '質':'zhì','責':'zé','動':'dòng','結':'jié','過':'guò','簡':'jiǎn','稱':'chēng','賽':'sài',
         '競':'jìng','識':'shí','題':'tí','選':'xuǎn','購':'gòu','費':'fèi','組':'zǔ','織':'zhī',
         '規':'guī','總':'zǒng','務':'wù','導':'dǎo','會':'huì','類':'lèi','區':'qū','隨':'suí',
         '時':'shí','銷':'xiāo','備':'bèi','員':'yuán','設':'shè','點':'diǎn','練':'liàn',
         '專':'zhuān','還':'hái','營':'yíng'}
t = open(tmp + '/z2384.t', encoding='utf-8').read()
t = pinyin(t, dense, skip_quotes=True)
open(out + '/z2384_l6-traditional-dense-pinyin-topic-column-copy-quality-paper-item-province-bureau-quality-month-product-quality-knowledge-contest-on-mini-program-2023-body-only-two-rules-named.txt', 'w', encoding='utf-8').write(t)

# z2390: pinyin after fourteen characters, then a comma doubled before two of every three marks (body only)
t = open(tmp + '/z2390.t', encoding='utf-8').read().replace('發佈', '發布').replace('公佈', '公布')
body, sep, tail = t.partition('\n\n\n')
body = pinyin(body, {'業':'yè','標':'biāo','達':'dá','準':'zhǔn','質':'zhì','進':'jìn','領':'lǐng',
                     '強':'qiáng','構':'gòu','協':'xié','節':'jié','權':'quán','團':'tuán','產':'chǎn'})
body = doubled_commas(body)
open(out + '/z2390_l6-traditional-pinyin-doubled-commas-copy-consumer-paper-item-province-benchmarking-and-standard-meeting-campaign-progress-2020-body-only-yearless-cut-off-date-counts-city-among-national-leaders-wechat-weibo-tail.txt', 'w', encoding='utf-8').write(body + sep + tail)
PY
echo built
