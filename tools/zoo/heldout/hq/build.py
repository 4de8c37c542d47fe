#!/usr/bin/env python3
"""Deterministic build of part HQ's Traditional fixtures (z2355, z2358, z2359).

Each UTF-8 Simplified source in this folder is run through Debian's OpenCC (s2t.json),
then given the mirror's quirks (characters put back, pinyin after a fixed set of
characters, z2358's mojibake run) and written into the parent folder.
Run:  python3 src/build.py   (from /work/zoo-new/hq or anywhere)
"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

PINYIN = {
    '發': 'fā', '區': 'qū', '創': 'chuàng', '業': 'yè', '鄉': 'xiāng', '規': 'guī',
    '產': 'chǎn', '報': 'bào', '標': 'biāo', '準': 'zhǔn', '導': 'dǎo', '開': 'kāi',
    '類': 'lèi', '據': 'jù', '實': 'shí', '濟': 'jì', '臨': 'lín',
}

JOBS = [
    # source, output, characters followed by pinyin, character fixes after OpenCC
    ('z2355_src.txt',
     'z2355_l6-traditional-pinyin-unrelated-host-copy-province-organic-certification-publicity-week-press-conference-2019-body-only-shifan-kept-restated-2022-aims-name-in-parens.txt',
     '發區創業', [('示範', '示范'), ('覈', '核')]),
    ('z2358_src.txt',
     'z2358_l6-traditional-pinyin-unrelated-host-copy-province-geographical-indication-results-and-product-album-2023-body-only-mojibake-run-cut-mid-sentence.txt',
     '發鄉規產業區創', [('覈', '核')]),
    ('z2359_src.txt',
     'z2359_l6-traditional-pinyin-unrelated-host-copy-city-paper-item-province-approves-twenty-two-standardization-innovation-pilots-2023-spaced-byline-reply-title-type-lists-cut.txt',
     '報標準導發開區類據實濟臨', [('覆函', '復函')]),
]


def mojibake():
    # a run as a broken mirror leaves it: the UTF-8 bytes of a phrase read as GBK from
    # the third byte, a stray pinyin tail in front, '?' where a byte pair was lost
    phrase = '特色經濟的靚麗名片'.encode('utf-8')
    run = phrase[3:18].decode('gbk', errors='replace').replace('\ufffd', '?')
    return '?sè)' + run + '?'


def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def add_pinyin(text, chars):
    out = []
    for ch in text:
        out.append(ch)
        if ch in chars:
            out.append('(' + PINYIN[ch] + ')')
    return ''.join(out)


for src, dst, chars, fixes in JOBS:
    with open(os.path.join(HERE, src), encoding='utf-8') as f:
        text = f.read()
    text = s2t(text)
    for a, b in fixes:
        text = text.replace(a, b)
    text = add_pinyin(text, chars)
    text = text.replace('@@MOJIBAKE@@', mojibake())
    with open(os.path.join(OUT, dst), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote', dst)
