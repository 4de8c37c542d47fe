#!/usr/bin/env python3
"""Build part EM's converted fixtures (z1544, z1546, z1549, z1550) from their UTF-8
Simplified sources in this folder into the parent folder. Needs Debian's `opencc`.
Deterministic: OpenCC s2t, then each copy's own post-map, then pinyin insertion.
Run: python3 build-part-em.py   (from anywhere)"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut')

def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t'], input=text, capture_output=True,
                          text=True, check=True).stdout

# a naive converter's forms: standard 為/群/眾, 著 for 着, and 并/后/于 left Simplified
NAIVE = [('爲', '為'), ('羣', '群'), ('衆', '眾'), ('着', '著'), ('並', '并'), ('後', '后'), ('於', '于')]
# the mirror of z1550 writes 為 and 群眾 but keeps OpenCC's other forms
STANDARD_ONLY = [('爲', '為'), ('羣', '群'), ('衆', '眾')]

PY1546 = {'點': 'diǎn', '區': 'qū', '質': 'zhì', '進': 'jìn', '發': 'fā', '現': 'xiàn', '會': 'huì',
          '場': 'chǎng', '強': 'qiáng', '網': 'wǎng', '獎': 'jiǎng', '標': 'biāo', '產': 'chǎn',
          '業': 'yè', '經': 'jīng', '濟': 'jì', '實': 'shí', '動': 'dòng', '監': 'jiān', '級': 'jí',
          '規': 'guī', '項': 'xiàng', '營': 'yíng'}
PY1550 = {'監': 'jiān', '區': 'qū', '現': 'xiàn', '發': 'fā', '養': 'yǎng', '檢': 'jiǎn'}

def remap(text, pairs):
    for a, b in pairs:
        text = text.replace(a, b)
    return text

def pinyin(text, table):
    return ''.join(ch + ('(%s)' % table[ch] if ch in table else '') for ch in text)

def build(src, out, pairs, table=None, cut=None):
    text = open(os.path.join(HERE, src), encoding='utf-8').read()
    text = remap(s2t(text), pairs)
    if table:
        text = pinyin(text, table)
    if cut:
        i = text.rindex(cut[0])
        text = text[:i + len(cut[1])]
    prefix = out.split('_')[0] + '_'
    for f in os.listdir(OUT):
        if f.startswith(prefix) and f != out:
            os.remove(os.path.join(OUT, f))
    open(os.path.join(OUT, out), 'w', encoding='utf-8').write(text)

build('z1544.src.txt',
      'z1544_l6-naive-traditional-quality-news-mirror-local-item-body-only-banner-quality-work-meeting-quality-strong-banner-strategy-2012-yearless-day-vice-head-called-head-outline-by-title-results.txt',
      NAIVE)
build('z1546.src.txt',
      'z1546_l6-traditional-pinyin-unrelated-host-copy-peoples-daily-online-item-province-key-region-quality-improvement-on-site-meeting-2021-headline-dash-subhead-photo-captions-dateline-results-coming-outline-cut-inside-pinyin.txt',
      [], PY1546, cut=('項(xiàng)', '項(xi'))
build('z1549.src.txt',
      'z1549_l6-naive-traditional-quality-news-mirror-local-item-body-only-banner-bureau-applies-region-standardization-pilot-projects-2024-garbled-verb-national-standardization-outline-by-title.txt',
      NAIVE)
build('z1550.src.txt',
      'z1550_l6-traditional-pinyin-unrelated-host-copy-news-agency-province-channel-item-district-bureau-quality-month-publicity-day-2021-body-only-dateline-yearless-organic-week-elevator-drill-activity-counts.txt',
      STANDARD_ONLY, PY1550)
