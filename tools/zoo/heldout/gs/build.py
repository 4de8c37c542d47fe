#!/usr/bin/env python3
"""Build part GS's converted fixtures from their Simplified sources (deterministic).

Run from anywhere:  python3 /work/zoo-new/gs/src/build.py
Needs Debian's `opencc` (s2t.json). Writes the fixtures into the parent folder.
"""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                          stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')

def add_pinyin(text, table):
    # a mirror's pinyin step: one fixed reading after every listed character
    return ''.join(ch + ('(' + table[ch] + ')' if ch in table else '') for ch in text)

def mojibake(m):
    # UTF-8 bytes read back as GBK, undecodable bytes shown as '?'
    raw = m.group(1).encode('utf-8')
    return raw.decode('gbk', errors='replace').replace('\ufffd', '?')

def build(src, out, table, moji=False):
    text = open(os.path.join(HERE, src), encoding='utf-8').read()
    # protect the mojibake span from conversion and pinyin
    spans = []
    def keep(m):
        spans.append(mojibake(m) if moji else m.group(1))
        return '\ue000%d\ue001' % (len(spans) - 1)
    text = re.sub(r'⟦M:(.*?)⟧', keep, text)
    text = add_pinyin(s2t(text), table)
    text = re.sub('\ue000(\\d+)\ue001', lambda m: spans[int(m.group(1))], text)
    with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
        f.write(text)

Z2114_PINYIN = {
    '勢': 'shì', '進': 'jìn', '標': 'biāo', '戰': 'zhàn', '號': 'hào', '長': 'zhǎng',
    '經': 'jīng', '創': 'chuàng', '對': 'duì', '調': 'diào', '顯': 'xiǎn', '馳': 'chí',
    '濟': 'jì', '發': 'fā', '產': 'chǎn', '業': 'yè',
}
Z2117_PINYIN = {
    '對': 'duì', '級': 'jí', '標': 'biāo', '準': 'zhǔn', '範': 'fàn', '項': 'xiàng',
    '驗': 'yàn', '單': 'dān', '礎': 'chǔ', '獎': 'jiǎng', '勵': 'lì', '額': 'é',
    '給': 'gěi', '配': 'pèi', '套': 'tào',
}

if __name__ == '__main__':
    build('z2114.src.txt',
          'z2114_l6-traditional-pinyin-spun-copy-city-cppcc-first-proposal-on-trademark-brand-strategy-headline-yearless-day-doubled-commas-mojibake-run-trademark-counts-cut-mid-quote.txt',
          Z2114_PINYIN, moji=True)
    build('z2117.src.txt',
          'z2117_l6-traditional-pinyin-policy-matching-site-fragment-attribute-tail-first-reward-standard-label-one-clause-standardization-pilot-matching-reward-no-place-no-date.txt',
          Z2117_PINYIN)
