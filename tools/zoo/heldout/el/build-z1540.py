#!/usr/bin/env python3
"""Deterministic build of z1540 (spam-wrapped Traditional+pinyin copy).
Lines starting '@RAW ' stay Simplified (the spam line and the county-name tail); every other line goes through
OpenCC s2t, then gets Hanyu pinyin with tones in brackets after the characters of PY. The token {{MOJI}} becomes a
mojibake run: the GBK bytes of '。《米制公约》为' read one byte late (U+FFFD shown as '?').
Run: python3 build-z1540.py  (writes the fixture into the parent folder)."""
import os, subprocess
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, 'z1540.src.txt')
out = os.path.join(here, '..', '..', '..', '..', 'tests', 'HeldOut', 'z1540_l6-spam-wrapped-traditional-pinyin-consumer-paper-site-bureau-news-column-national-world-metrology-day-themes-2024-datetime-source-author-mojibake-run-venue-province-county-list-tail.txt')
PY = {'監': 'jiān', '協': 'xié', '會': 'huì', '護': 'hù', '導': 'dǎo', '當': 'dāng', '動': 'dòng', '態': 'tài',
      '發': 'fā', '計': 'jì', '費': 'fèi', '責': 'zé', '測': 'cè', '現': 'xiàn', '創': 'chuàng', '環': 'huán',
      '聯': 'lián', '識': 'shí'}
b = '。《米制公约》为'.encode('gbk')[1:]
moji = b.decode('gbk', errors='replace').replace('\ufffd', '?')
def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'), check=True,
                          capture_output=True).stdout.decode('utf-8')
lines = open(src, encoding='utf-8').read().split('\n')
res = []
for ln in lines:
    if ln.startswith('@RAW '):
        res.append(ln[5:])
        continue
    parts = ln.split('{{MOJI}}')
    conv = [''.join(c + ('(%s)' % PY[c] if c in PY else '') for c in s2t(p)) for p in parts]
    res.append(moji.join(conv))
open(out, 'w', encoding='utf-8').write('\n'.join(res))
