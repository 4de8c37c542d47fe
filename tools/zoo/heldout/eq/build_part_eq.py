#!/usr/bin/env python3
"""Deterministic build of the converted fixtures of part EQ.

Each fixture is made from its UTF-8 Simplified source zNNNN.src.txt in this folder:
OpenCC s2t (Debian's `opencc`), then the page's naive slips, then pinyin after the listed
characters, then the page's special damage (mojibake run, cut inside pinyin), written to ../.
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut')

PY = {
    '質': 'zhì', '場': 'chǎng', '監': 'jiān', '總': 'zǒng', '聯': 'lián', '開': 'kāi',
    '國': 'guó', '動': 'dòng', '會': 'huì', '發': 'fā', '設': 'shè', '務': 'wù',
    '產': 'chǎn', '業': 'yè', '進': 'jìn', '實': 'shí', '區': 'qū', '啟': 'qǐ',
    '儀': 'yí', '舉': 'jǔ', '導': 'dǎo', '檢': 'jiǎn', '觀': 'guān', '匯': 'huì',
    '報': 'bào', '門': 'mén', '驗': 'yàn', '測': 'cè',
}

# naive slips seen on the sampled copies: characters a careful converter would change, kept or normalised
NAIVE = [('並', '并'), ('後', '后'), ('於', '于'), ('爲', '為'), ('啓', '啟')]

FIXTURES = [
    {
        'src': 'z1583.src.txt',
        'out': 'z1583_l6-naive-traditional-unrelated-host-copy-city-government-fifth-city-quality-award-2019-2020-three-firms-body-only-wechat-scan-line-no-headline-no-date-award-record.txt',
        'naive': True, 'pinyin': '',
    },
    {
        'src': 'z1584.src.txt',
        'out': 'z1584_l6-traditional-pinyin-mirror-news-show-page-national-bureau-and-nineteen-departments-launch-quality-month-2021-slash-datetime-theme-conference-mojibake-run-cut-inside-pinyin.txt',
        'naive': False, 'pinyin': '場監總聯開國質動會發設務產業進實',
        'mojibake': ('MOJIBAKE質(zhì)', '?!瞅|(zhì)'),
        'cut_tail': 'ìn)\n',
    },
    {
        'src': 'z1585.src.txt',
        'out': 'z1585_l6-naive-traditional-company-domain-copy-city-paper-item-national-bureau-led-deputies-suggestion-research-group-studies-city-quality-work-2018-body-only-paper-name-lead-yearless-days.txt',
        'naive': True, 'pinyin': '',
    },
    {
        'src': 'z1588.src.txt',
        'out': 'z1588_l6-traditional-pinyin-food-safety-site-copy-paper-item-region-and-city-quality-month-launch-in-city-2019-body-only-reporter-lead-official-four-points-results.txt',
        'naive': True, 'pinyin': '區質動啟儀舉場監會發產導設進',
    },
    {
        'src': 'z1589.src.txt',
        'out': 'z1589_l6-traditional-pinyin-unrelated-host-copy-national-bureau-head-inspects-province-quality-bodies-first-day-of-quality-month-2011-body-only-yearless-days.txt',
        'naive': True, 'pinyin': '國質檢總動開發觀務匯報門實驗測',
    },
]


def build(f):
    src = os.path.join(HERE, f['src'])
    text = subprocess.run(['opencc', '-c', 's2t.json', '-i', src],
                          check=True, capture_output=True).stdout.decode('utf-8')
    if f.get('naive'):
        for a, b in NAIVE:
            text = text.replace(a, b)
    else:
        text = text.replace('啓', '啟').replace('爲', '為')
    for ch in f.get('pinyin', ''):
        text = text.replace(ch, '%s(%s)' % (ch, PY[ch]))
    if 'mojibake' in f:
        a, b = f['mojibake']
        assert a in text, (f['src'], a)
        text = text.replace(a, b)
    if 'cut_tail' in f:
        assert text.endswith(f['cut_tail']), (f['src'], text[-12:])
        text = text[:-len(f['cut_tail'])]
    with open(os.path.join(OUT, f['out']), 'w', encoding='utf-8') as fh:
        fh.write(text)


if __name__ == '__main__':
    for f in FIXTURES:
        build(f)
        print('wrote', f['out'])
