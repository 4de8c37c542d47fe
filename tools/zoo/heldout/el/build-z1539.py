#!/usr/bin/env python3
"""Deterministic build of z1539: OpenCC s2t, then the copy's over-conversions
(面->麵 in 全面/方面, 系->係 in 体系, 制->製 in 机制, 历程->曆程, 爲->為), then toneless
pinyin in brackets followed by a space after 產 業 個 會 為 興 體 關 於 從.
Run: python3 build-z1539.py  (writes the fixture into the parent folder)."""
import os, subprocess
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, 'z1539.src.txt')
out = os.path.join(here, '..', '..', '..', '..', 'tests', 'HeldOut', 'z1539_l6-over-converted-traditional-toneless-pinyin-unrelated-host-copy-paper-column-commentary-national-2023-outline-headline-with-column-tag-no-date-author-line.txt')
t = subprocess.run(['opencc', '-c', 's2t.json', '-i', src], check=True, capture_output=True).stdout.decode('utf-8')
for a, b in [('全面', '全麵'), ('方面', '方麵'), ('體系', '體係'), ('機制', '機製'), ('歷程', '曆程'), ('爲', '為')]:
    t = t.replace(a, b)
py = {'產': 'chan', '業': 'ye', '個': 'ge', '會': 'hui', '為': 'wei', '興': 'xing', '體': 'ti', '關': 'guan', '於': 'yu', '從': 'cong'}
t = ''.join(c + ('(%s) ' % py[c] if c in py else '') for c in t)
open(out, 'w', encoding='utf-8').write(t)
