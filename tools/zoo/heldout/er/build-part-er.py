#!/usr/bin/env python3
"""Rebuild the converted fixtures of held-out part ER (z1591, z1592, z1595, z1600).

Deterministic: Debian's `opencc` (s2tw) on the UTF-8 Simplified sources in this folder,
then each sampled copy's naive slips and pinyin annotations; writes into the parent folder.
Run: python3 build-part-er.py  (from any directory)
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut')


def s2tw(text):
    return subprocess.run(['opencc', '-c', 's2tw'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def add_pinyin(text, table):
    return ''.join(ch + '(' + table[ch] + ')' if ch in table else ch for ch in text)


def naive(text, keep_bing=False):
    # the sampled copies leave 于 (and 并) in their Simplified forms
    text = text.replace('於', '于')
    if keep_bing:
        text = text.replace('並', '并')
    return text


PINYIN_1592 = {
    '場': 'chǎng', '監': 'jiān', '個': 'gè', '門': 'mén', '聯': 'lián', '開': 'kāi',
    '國': 'guó', '質': 'zhì', '動': 'dòng', '實': 'shí', '強': 'qiáng', '設': 'shè',
    '進': 'jìn', '發': 'fā', '會': 'huì', '題': 'tí', '鄉': 'xiāng', '運': 'yùn',
    '農': 'nóng', '業': 'yè', '衛': 'wèi', '獎': 'jiǎng', '驗': 'yàn', '標': 'biāo',
    '經': 'jīng', '產': 'chǎn',
}

PINYIN_1600 = {
    '標': 'biāo', '準': 'zhǔn', '發': 'fā', '區': 'qū', '構': 'gòu', '進': 'jìn',
    '導': 'dǎo', '習': 'xí', '現': 'xiàn', '優': 'yōu', '結': 'jié', '質': 'zhì',
    '動': 'dòng', '務': 'wù', '領': 'lǐng', '應': 'yìng', '設': 'shè', '產': 'chǎn',
    '業': 'yè', '範': 'fàn',
}

JOBS = [
    ('z1591.src.txt',
     'z1591_l6-naive-traditional-city-bureau-topic-column-mirror-city-quality-month-2023-activity-table-pipes-from-first-line-no-title-no-issuer-no-date-outline-by-title-not-less-than-counts.txt',
     lambda t: naive(s2tw(t))),
    ('z1592.src.txt',
     'z1592_l6-traditional-pinyin-news-show-page-national-market-regulation-and-twenty-departments-quality-month-2021-headline-slash-datetime-mojibake-run-at-sentence-joint-no-figures.txt',
     lambda t: add_pinyin(s2tw(t), PINYIN_1592).replace(
         '。“質(zhì)量月”期間', '?!皢|(zhì)量月”期間')),
    ('z1595.src.txt',
     'z1595_l6-naive-traditional-news-centre-local-column-copy-radio-site-item-city-quality-congress-and-mayor-quality-award-2020-body-only-yearless-dateline-national-deputy-head-and-city-secretary-cut.txt',
     lambda t: naive(s2tw(t), keep_bing=True)),
    ('z1600.src.txt',
     'z1600_l9-traditional-pinyin-policy-site-number-before-title-headline-province-office-implementing-opinion-national-standardization-outline-2022-title-and-number-again-addressees-2025-targets-cut.txt',
     lambda t: add_pinyin(naive(s2tw(t)), PINYIN_1600)),
]


def main():
    for src, out, conv in JOBS:
        with open(os.path.join(HERE, src), encoding='utf-8') as f:
            text = f.read()
        result = conv(text)
        with open(os.path.join(OUT, out), 'w', encoding='utf-8', newline='\n') as f:
            f.write(result)
        print('wrote', out)


if __name__ == '__main__':
    main()
