#!/usr/bin/env python3
"""Build part IH's converted fixtures from their Simplified sources (deterministic).

Each source src/zNNNN.src.txt is run through Debian's OpenCC (s2t), then the copy's own
quirks are applied (naive-map slips, pinyin after a fixed set of characters, lines kept in
Simplified), and the result is written to tests/HeldOut."""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PINYIN_A = {'發': 'fā', '戰': 'zhàn', '創': 'chuàng'}
PINYIN_B = {'區': 'qū', '業': 'yè', '發': 'fā', '創': 'chuàng', '現': 'xiàn', '數': 'shù',
            '據': 'jù', '優': 'yōu', '勢': 'shì'}
PINYIN_C = {'業': 'yè', '質': 'zhì', '數': 'shù', '發': 'fā', '網': 'wǎng', '絡': 'luò',
            '產': 'chǎn', '關': 'guān', '轉': 'zhuǎn', '現': 'xiàn', '強': 'qiáng', '導': 'dǎo'}

NAIVE = [('發佈', '發布'), ('於', '于'), ('並', '并')]

FILES = {
    'z2519': dict(out='z2519_l6-traditional-sparse-pinyin-mobile-industry-site-core-hint-national-ministry-department-quality-brand-working-group-liaison-meeting-2012-no-headline-paragraph-repeated-cut.txt',
                  pinyin=PINYIN_A, fix=[('發佈', '發布')], keep=[]),
    'z2523': dict(out='z2523_l6-traditional-company-site-quality-column-copy-national-standardization-administration-notice-service-standardization-demonstration-projects-2024-lead-title-addressees-phone-lines-signature-table-one-cell-a-line-lost-digit-missing-cell-cut.txt',
                  pinyin={}, fix=NAIVE, keep=[]),
    'z2524': dict(out='z2524_l6-traditional-pinyin-law-show-page-national-samr-and-sasac-central-enterprise-quality-and-standardization-opinion-2022-opens-at-addressees-no-title-cut-with-ellipsis.txt',
                  pinyin=PINYIN_B, fix=[], keep=[]),
    'z2527': dict(out='z2527_l6-spam-wrapped-naive-traditional-news-page-national-industry-and-commerce-administration-online-goods-quality-sampling-opinion-2015-lead-printed-twice-empty-editor-spam-tail.txt',
                  pinyin={}, fix=[('範', '范')] + NAIVE, keep=['最新电影免费', '主站蜘蛛池模板']),
    'z2528': dict(out='z2528_l6-traditional-pinyin-silk-industry-mobile-news-page-body-only-national-ministry-manufacturing-quality-management-digitalisation-guide-2022-blank-lines-first-achieved-counts-cut.txt',
                  pinyin=PINYIN_C, fix=[], keep=[]),
}


def s2t(text):
    r = subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')


def build(key, cfg):
    src = open(os.path.join(HERE, key + '.src.txt'), encoding='utf-8').read()
    out_lines = []
    for line in src.split('\n'):
        if any(line.startswith(k) for k in cfg['keep']):
            out_lines.append(line)          # spam lines stay Simplified
            continue
        t = s2t(line) if line else line
        for a, b in cfg['fix']:
            t = t.replace(a, b)
        if cfg['pinyin']:
            t = ''.join(ch + '(' + cfg['pinyin'][ch] + ')' if ch in cfg['pinyin'] else ch for ch in t)
        out_lines.append(t)
    text = '\n'.join(out_lines)
    with open(os.path.join(OUT, cfg['out']), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote', cfg['out'])


if __name__ == '__main__':
    for k in sorted(FILES):
        build(k, FILES[k])
