#!/usr/bin/env python3
"""Deterministic build of part IA's converted fixtures from their Simplified sources.

Needs Debian's `opencc` (s2t). Run from anywhere: python3 build.py
Writes the fixtures into tests/HeldOut.
- @@RAW@@ at a line's start: the line is kept as written (a Simplified spam line), without the marker.
- {{MOJI:text}}: text is converted, then its UTF-8 bytes are read as GBK (a mojibake run), first character shown as `?`.
- pinyin: after every character of the file's list, `(toned pinyin)` is inserted (ASCII brackets).
- z2453 is not converted: a space is put before each ，。、：； except every fifth one.
"""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PINYIN = {
    'A': {'務': 'wù', '會': 'huì', '區': 'qū', '標': 'biāo', '準': 'zhǔn', '進': 'jìn', '戰': 'zhàn',
          '實': 'shí', '確': 'què', '項': 'xiàng', '點': 'diǎn', '時': 'shí', '聯': 'lián', '網': 'wǎng',
          '題': 'tí', '動': 'dòng', '識': 'shí', '營': 'yíng', '達': 'dá', '議': 'yì', '設': 'shè',
          '專': 'zhuān', '傳': 'chuán', '質': 'zhì', '發': 'fā'},
    'B': {'監': 'jiān', '協': 'xié', '導': 'dǎo', '區': 'qū', '產': 'chǎn', '業': 'yè', '進': 'jìn',
          '驗': 'yàn', '轉': 'zhuǎn', '測': 'cè', '創': 'chuàng', '現': 'xiàn', '費': 'fèi'},
    'C': {'監': 'jiān', '業': 'yè', '鄉': 'xiāng', '區': 'qū'},
    'D': {'監': 'jiān', '協': 'xié', '區': 'qū', '創': 'chuàng', '現': 'xiàn', '勵': 'lì', '規': 'guī',
          '違': 'wéi', '體': 'tǐ', '驗': 'yàn', '執': 'zhí', '費': 'fèi'},
}

JOBS = [
    ('z2449.src.txt', 'A', 'z2449_l6-traditional-pinyin-unrelated-host-copy-body-only-high-tech-zone-management-committee-executive-meeting-adopts-standardization-strategy-plan-2018-yearless-day-no-headline.txt'),
    ('z2451.src.txt', 'B', 'z2451_l6-spam-wrapped-traditional-pinyin-consumer-paper-site-province-bureau-and-city-government-world-metrology-day-and-instrument-industry-conference-2024-doubled-commas-datetime-source-author-cut.txt'),
    ('z2457.src.txt', 'C', 'z2457_l6-traditional-pinyin-unrelated-host-current-affairs-copy-province-rural-reform-standardization-pilots-third-batch-body-only-reporter-in-parens-editor-line-twice.txt'),
    ('z2458.src.txt', 'D', 'z2458_l6-spam-wrapped-traditional-pinyin-consumer-paper-site-municipality-district-bureau-world-metrology-day-and-honest-metrology-market-red-black-list-2025-photo-caption-mojibake-run-cut.txt'),
]
SPACED = ('z2453.src.txt', 'z2453_l10-news-show-page-opens-at-addressees-city-government-opinion-on-city-quality-products-public-brand-project-2023-spaces-before-punctuation-signature-date-2025-targets.txt')


def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def build_l6(src, key, out):
    lines = open(os.path.join(HERE, src), encoding='utf-8').read().split('\n')
    raws = {}
    for i, ln in enumerate(lines):
        if ln.startswith('@@RAW@@'):
            raws['RAWLINE%d' % i] = ln[len('@@RAW@@'):]
            lines[i] = 'RAWLINE%d' % i
    text = s2t('\n'.join(lines))
    table = PINYIN[key]
    text = ''.join(ch + ('(%s)' % table[ch] if ch in table else '') for ch in text)

    def moji(m):
        inner = m.group(1)
        inner = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', inner)
        garbled = inner.encode('utf-8').decode('gbk', errors='replace').replace('\ufffd', '?')
        return '?' + garbled[1:]
    text = re.sub(r'\{\{MOJI:(.*?)\}\}', moji, text)
    for k, v in raws.items():
        text = text.replace(k, v)
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
        f.write(text)


def build_spaced(src, out):
    text = open(os.path.join(HERE, src), encoding='utf-8').read()
    res, n = [], 0
    for ch in text:
        if ch in '，。、：；':
            n += 1
            if n % 5 != 0:
                res.append(' ')
        res.append(ch)
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
        f.write(''.join(res))


if __name__ == '__main__':
    for src, key, out in JOBS:
        build_l6(src, key, out)
    build_spaced(*SPACED)
