#!/usr/bin/env python3
"""Deterministic build of part HR's converted fixtures (z2366, z2367, z2370).

Each UTF-8 Simplified source in this folder is run through Debian's `opencc`
with a characters-only config (s2t-chars.json: STCharacters, first candidate,
as the sampled mirrors convert: 發布, 標志, 了解 stay character-level), then
the mirrors' own slips are applied (爲→為, and 并/于 left Simplified: 並→并,
於→于), and for z2366 a fixed pinyin reading is inserted after every
occurrence of a fixed set of characters. Output goes to the parent folder.
Run: python3 src/build.py   (from /work/zoo-new/hr or anywhere)
"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))
CFG = os.path.join(HERE, 's2t-chars.json')

POST = [('爲', '為'), ('並', '并'), ('於', '于')]

PINYIN_Z2366 = [
    ('國', 'guó'), ('質', 'zhì'), ('網', 'wǎng'), ('進', 'jìn'), ('業', 'yè'),
    ('計', 'jì'), ('設', 'shè'), ('實', 'shí'), ('術', 'shù'), ('礎', 'chǔ'),
    ('動', 'dòng'), ('場', 'chǎng'), ('監', 'jiān'), ('現', 'xiàn'), ('務', 'wù'),
]

TARGETS = {
    'z2366': 'z2366_l6-traditional-pinyin-unrelated-host-copy-quality-news-item-city-world-metrology-day-activity-2023-body-only-no-headline-no-date-anonymous-firm-contributor-in-parens.txt',
    'z2367': 'z2367_l6-naive-traditional-unrelated-host-copy-provincial-paper-item-province-world-standards-day-and-standardization-annual-report-2025-markup-residue-first-line-body-only-counts.txt',
    'z2370': 'z2370_l6-naive-traditional-self-media-mirror-copy-city-paper-item-six-new-national-geographical-indication-products-body-only-no-headline-no-date-platform-disclaimers-chinese-english.txt',
}

def convert(text):
    r = subprocess.run(['opencc', '-c', CFG], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    out = r.stdout.decode('utf-8')
    for a, b in POST:
        out = out.replace(a, b)
    return out

def add_pinyin(text, table):
    d = dict(table)
    return ''.join(ch + ('(' + d[ch] + ')' if ch in d else '') for ch in text)

for key, name in TARGETS.items():
    src = open(os.path.join(HERE, key + '_src.txt'), encoding='utf-8').read()
    out = convert(src)
    if key == 'z2366':
        out = add_pinyin(out, PINYIN_Z2366)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(out)
    print('wrote', name)
