#!/usr/bin/env python3
"""Build part IM's converted fixtures from their Simplified sources (deterministic).

Each source zNNNN.src.txt (UTF-8, Simplified) is run line by line through Debian's OpenCC
(s2t.json); then the copy's own slips are applied (a naive converter's 發布/制/于 kept), and
pinyin in ASCII parentheses is inserted after every character of the copy's fixed list, as
the sampled mirrors show it (爲/採/覈 are put back to 為/采/核, as the naive copies print them). Lines named in `keep` (spam lines) stay Simplified; lines named
in `plain` are converted but get no pinyin (the sampled copy printed them bare).
The results are written into tests/HeldOut."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

# z2570: a spam-wrapped quality-news mirror (质量统计分析 column)
PINYIN_2570 = {'當': 'dāng', '質': 'zhì', '統': 'tǒng', '現': 'xiàn', '數': 'shù', '業': 'yè',
               '標': 'biāo', '經': 'jīng', '濟': 'jì', '頻': 'pín', '節': 'jié', '訪': 'fǎng',
               '組': 'zǔ', '關': 'guān', '測': 'cè', '術': 'shù', '構': 'gòu', '價': 'jià'}
# z2577: a spam-wrapped health site's 食品安全 column
PINYIN_2577 = {'當': 'dāng', '農': 'nóng', '業': 'yè', '質': 'zhì', '測': 'cè', '區': 'qū',
               '點': 'diǎn', '時': 'shí', '險': 'xiǎn', '監': 'jiān', '風': 'fēng', '號': 'hào',
               '產': 'chǎn', '標': 'biāo', '執': 'zhí'}

NAIVE = [('發佈', '發布'), ('製', '制'), ('於', '于'), ('爲', '為'), ('採', '采'), ('覈', '核')]

FILES = {
    'z2570': dict(
        out='z2570_l6-spam-wrapped-traditional-pinyin-quality-news-mirror-statistics-column-national-manufacturing-quality-competitiveness-index-on-tv-2011-crumb-datetime-question-marks-source-bureau-score-bands-index-result-cut.txt',
        pinyin=PINYIN_2570, fix=NAIVE, keep=['最新电影'], plain=[]),
    'z2577': dict(
        out='z2577_l6-spam-wrapped-traditional-pinyin-health-site-food-safety-column-national-ministry-first-half-farm-product-quality-monitoring-2016-question-mark-line-crumb-headline-cut-short-update-time-clicks-font-size-rates-run-together-cut.txt',
        pinyin=PINYIN_2577, fix=NAIVE, keep=['热门影视'],
        plain=['农业部:上半年', '  健康主题(Health Topics)']),
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
        t = s2t(line) if line.strip() else line
        for a, b in cfg['fix']:
            t = t.replace(a, b)
        if cfg['pinyin'] and not any(line.startswith(p) for p in cfg['plain']):
            t = ''.join(ch + '(' + cfg['pinyin'][ch] + ')' if ch in cfg['pinyin'] else ch
                        for ch in t)
        out_lines.append(t)
    text = '\n'.join(out_lines)
    with open(os.path.join(OUT, cfg['out']), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote', cfg['out'])


if __name__ == '__main__':
    for k in sorted(FILES):
        build(k, FILES[k])
