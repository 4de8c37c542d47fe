#!/usr/bin/env python3
"""Deterministic build of part IF's converted fixtures (z2499, z2500, z2504, z2505, z2506).

Reads the UTF-8 Simplified sources zNNNN.src.txt in this folder, runs Debian's OpenCC
(s2t), applies each copy's naive-converter reverts, inserts pinyin after the listed
characters, replaces placeholders, and writes the fixture into tests/HeldOut.
Run: python3 src/build.py   (from /work/zoo-new/if) or: bash src/build.sh
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

# every copy: what the mirrors print where OpenCC's s2t prints its preferred forms
COMMON = {'爲': '為', '範': '范', '併': '並', '着': '著'}

FILES = {
    'z2499': dict(
        out='z2499_l6-traditional-pinyin-unrelated-host-mobile-page-three-of-national-five-department-quality-brand-demonstration-zone-measures-2024-opens-at-qr-code-line-article-21-no-title-no-issuer-pager-share.txt',
        keep_first=0, extra={},
        pinyin={'網': 'wǎng', '場': 'chǎng', '監': 'jiān', '對': 'duì', '驗': 'yàn', '請': 'qǐng',
                '區': 'qū', '評': 'píng', '進': 'jìn', '饋': 'kuì', '現': 'xiàn', '質': 'zhì',
                '標': 'biāo', '準': 'zhǔn', '導': 'dǎo', '勵': 'lì', '權': 'quán', '礎': 'chǔ',
                '開': 'kāi', '實': 'shí', '級': 'jí', '報': 'bào'},
        placeholders={}),
    'z2500': dict(
        out='z2500_l6-plain-traditional-law-firm-mobile-site-body-only-province-expert-team-pre-acceptance-of-city-quality-city-demonstration-creation-no-headline-no-date-structure-counts.txt',
        keep_first=0, extra={'後': '后', '於': '于'}, pinyin={}, placeholders={}),
    'z2504': dict(
        out='z2504_l6-traditional-pinyin-unrelated-host-copy-signed-essay-on-quality-and-cities-quality-city-demonstration-byline-first-no-headline-no-date-mojibake-run-outline-by-title.txt',
        keep_first=0, extra={},
        pinyin={'經': 'jīng', '濟': 'jì', '進': 'jìn', '實': 'shí', '質': 'zhì', '鄉': 'xiāng',
                '擁': 'yōng', '產': 'chǎn', '業': 'yè', '設': 'shè', '標': 'biāo', '準': 'zhǔn',
                '務': 'wù', '強': 'qiáng'},
        # a run of wrongly decoded bytes left where the copy broke (invented, fixed)
        placeholders={'@@MOJIBAKE@@': '?cuò)坼矯鎰蛓嬭忔?'}),
    'z2505': dict(
        out='z2505_l6-spam-wrapped-traditional-pinyin-consumer-paper-site-copy-county-bureau-tea-quality-improvement-2021-supervisor-line-crumb-headline-datetime-source-author-lead-lost-paren-doubled-commas-counts.txt',
        keep_first=1, extra={},
        pinyin={'國': 'guó', '場': 'chǎng', '監': 'jiān', '護': 'hù', '導': 'dǎo', '產': 'chǎn',
                '業': 'yè', '續': 'xù', '開': 'kāi', '動': 'dòng', '質': 'zhì', '進': 'jìn',
                '費': 'fèi', '權': 'quán', '標': 'biāo', '準': 'zhǔn'},
        placeholders={}),
    'z2506': dict(
        out='z2506_l6-traditional-pinyin-price-quotes-site-copy-body-only-city-quality-city-demonstration-creation-citizen-satisfaction-questionnaire-yearless-days-investment-disclaimer-scan-download-tail.txt',
        keep_first=0, extra={},
        pinyin={'質': 'zhì', '導': 'dǎo', '學': 'xué', '規': 'guī', '測': 'cè', '評': 'píng',
                '務': 'wù', '權': 'quán', '區': 'qū', '參': 'cān', '與': 'yù', '積': 'jī',
                '極': 'jí', '議': 'yì', '構': 'gòu', '對': 'duì'},
        placeholders={}),
}


def s2t(text):
    r = subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')


def build(key, spec):
    src = open(os.path.join(HERE, key + '.src.txt'), encoding='utf-8').read()
    lines = src.split('\n')
    head = '\n'.join(lines[:spec['keep_first']])
    body = '\n'.join(lines[spec['keep_first']:])
    conv = s2t(body)
    for a, b in list(COMMON.items()) + list(spec['extra'].items()):
        conv = conv.replace(a, b)
    if spec['pinyin']:
        conv = ''.join(c + '(' + spec['pinyin'][c] + ')' if c in spec['pinyin'] else c for c in conv)
    for ph, val in spec['placeholders'].items():
        conv = conv.replace(ph, val)
    text = (head + '\n' + conv) if spec['keep_first'] else conv
    with open(os.path.join(OUT, spec['out']), 'w', encoding='utf-8') as f:
        f.write(text)
    return spec['out']


if __name__ == '__main__':
    for k in sorted(FILES):
        print(build(k, FILES[k]))
