#!/usr/bin/env python3
"""Deterministic build of part IC's converted fixtures.

For each source in this folder: OpenCC s2tw (Debian's opencc, config s2tw.json);
then every [[M:...]] span becomes a mojibake run ('?' followed by the span's GBK
bytes read one byte late); then pinyin in brackets is put after every
occurrence of the characters in that file's list.  Output goes to tests/HeldOut
under the fixture's name.  Run: python3 src/ic_build.py (or sh src/build-ic.sh).
"""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PY = {
    '規': 'guī', '執': 'zhí', '聯': 'lián', '強': 'qiáng', '質': 'zhì', '監': 'jiān',
    '現': 'xiàn', '設': 'shè', '發': 'fā', '關': 'guān', '護': 'hù', '權': 'quán',
    '業': 'yè', '營': 'yíng', '氣': 'qì', '詢': 'xún', '務': 'wù', '國': 'guó',
    '網': 'wǎng', '內': 'nèi', '場': 'chǎng', '級': 'jí', '誠': 'chéng', '單': 'dān',
    '稱': 'chēng', '號': 'hào', '費': 'fèi', '爭': 'zhēng', '進': 'jìn', '構': 'gòu',
    '導': 'dǎo', '產': 'chǎn', '協': 'xié', '經': 'jīng',
}

JOBS = [
    ('z2469.src.txt', 'z2469_l6-traditional-pinyin-spa-domain-local-news-column-province-metrology-institute-announcement-free-verification-for-county-bodies-2022-opens-at-addressees-no-title-phone-signature-date-column-nav-bare-dates.txt', '規執聯'),
    ('z2471.src.txt', 'z2471_l6-traditional-pinyin-unrelated-host-copy-quality-paper-item-county-city-quality-month-and-fair-competition-week-2024-body-only-two-mojibake-runs-column-tag-last.txt', '強質監現設發規關護權業營氣詢務'),
    ('z2472.src.txt', 'z2472_l6-traditional-pinyin-unrelated-host-copy-quality-news-item-banner-two-firms-named-region-honest-metrology-units-body-only-yearless-day-author-in-parens.txt', '國質網內場監級誠單稱號務費營爭進設構導關'),
    ('z2476.src.txt', 'z2476_l6-traditional-news-reader-copy-province-app-item-county-approved-national-hazelnut-standardization-demonstration-county-headline-yearless-day-plus-one-share-related-tail.txt', ''),
    ('z2477.src.txt', 'z2477_l6-traditional-pinyin-unrelated-host-copy-city-paper-item-county-city-small-firm-certification-upgrade-regional-pilot-2024-body-only-byline-mojibake-stray-tag-reprint-notice.txt', '監業產現協網發經權'),
]


def s2t(text):
    return subprocess.run(['opencc', '-c', 's2tw.json'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')


def mangle(m):
    b = m.group(1).encode('gbk')
    return '?' + b[1:].decode('gbk', errors='replace').replace('\ufffd', '?')


def pinyin(text, chars):
    if not chars:
        return text
    return ''.join(c + ('(' + PY[c] + ')' if c in chars else '') for c in text)


for src, out, chars in JOBS:
    with open(os.path.join(HERE, src), encoding='utf-8') as f:
        text = f.read()
    text = s2t(text)
    text = re.sub(r'\[\[M:(.*?)\]\]', mangle, text)
    text = pinyin(text, set(chars))
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote', out)
