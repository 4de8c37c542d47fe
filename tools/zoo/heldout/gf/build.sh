#!/bin/sh
# Deterministic build of z1981 from its Simplified source: OpenCC s2t, then pinyin after a fixed set of characters.
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1981_src.txt -o /tmp/z1981_t.txt
python3 - <<'PY'
import io
py={'報':'bào','經':'jīng','發':'fā','質':'zhì','產':'chǎn','對':'duì','評':'píng','應':'yīng','責':'zé','區':'qū','設':'shè','況':'kuàng'}
t=io.open('/tmp/z1981_t.txt',encoding='utf-8').read()
out=''.join(c+('('+py[c]+')' if c in py else '') for c in t)
io.open('../../../../tests/HeldOut/z1981_l6-traditional-pinyin-no-address-page-evening-paper-item-province-office-issues-quality-work-assessment-rules-body-only-no-headline-no-date-doubled-commas.txt','w',encoding='utf-8').write(out)
PY
rm -f /tmp/z1981_t.txt
# z1987: OpenCC s2t, then pinyin after a second fixed set of characters.
opencc -c s2t.json -i z1987_src.txt -o /tmp/z1987_t.txt
python3 - <<'PY'
import io
py={'發':'fā','號':'hào','關':'guān','實':'shí','進':'jìn','標':'biāo','戰':'zhàn','見':'jiàn','區':'qū','會':'huì','貫':'guàn','徹':'chè','權':'quán','綱':'gāng','經':'jīng','濟':'jì','產':'chǎn','業':'yè','認':'rèn','識':'shí','運':'yùn','與':'yǔ','較':'jiào','項':'xiàng','題':'tí'}
t=io.open('/tmp/z1987_t.txt',encoding='utf-8').read()
out=''.join(c+('('+py[c]+')' if c in py else '') for c in t)
io.open('../../../../tests/HeldOut/z1987_l6-traditional-pinyin-gi-news-site-copy-city-government-red-head-trademark-strategy-brand-city-opinion-2010-document-header-number-title-two-lines-cut-in-first-part.txt','w',encoding='utf-8').write(out)
PY
rm -f /tmp/z1987_t.txt
