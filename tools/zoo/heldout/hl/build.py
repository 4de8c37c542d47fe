#!/usr/bin/env python3
"""Build the converted fixtures of part HL from their Simplified sources (deterministic).

z2301: OpenCC s2tw, then pinyin after 長 質 監 開 調 領 導 來 業 設 標 準 強 對 國 驗.
z2305: OpenCC s2tw, then pinyin after 質 術 監 發 產 機 農 業 經 驗, and after 電 only in its first 電工.
z2306: OpenCC s2tw, then 並→并 and 於→于 put back (the mirror's character map leaves them).
Writes each fixture into tests/HeldOut.
"""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pinyin_map import add_pinyin

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

def s2t(text):
    return subprocess.run(['opencc', '-c', 's2tw'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')

def src(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return f.read()

def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)

Z2301 = 'z2301_l6-traditional-pinyin-mirror-quality-news-local-item-vice-mayor-visits-city-quality-bureau-standardization-body-only-no-headline-yearless-day-correspondent-name-repeated.txt'
Z2305 = 'z2305_l6-traditional-pinyin-unrelated-host-copy-region-bureau-first-half-spot-check-circular-2017-body-only-no-headline-no-date-five-year-rates-table-one-cell-a-line-pipes.txt'
Z2306 = 'z2306_l6-naive-traditional-mirror-quality-net-city-channel-item-district-quality-association-founded-body-only-no-headline-yearless-day-photo-captions-between-paragraphs.txt'

t = s2t(src('z2301.src.txt'))
write(Z2301, add_pinyin(t, set('長質監開調領導來業設標準強對國驗')))

t = s2t(src('z2305.src.txt'))
t = add_pinyin(t, set('質術監發產機農業經驗'))
t = t.replace('電工及材料', '電(diàn)工及材料', 1)
write(Z2305, t)

t = s2t(src('z2306.src.txt'))
t = t.replace('並', '并').replace('於', '于')
write(Z2306, t)
