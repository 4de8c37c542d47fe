#!/usr/bin/env python3
"""Build the two Traditional fixtures of part II from their Simplified sources.

Deterministic: OpenCC s2t (Debian's `opencc`), then pinyin inserted after every
listed Traditional character, then (z2532) a mojibake run put in for a placeholder:
the UTF-8 bytes of `。“舒` read as GBK, undecodable bytes shown as `?`.
z2535's English disclaimer line and `![]()` are left as they are (ASCII is not touched by s2t).
"""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PINYIN = {
    'z2532': {'戰': 'zhàn', '發': 'fā', '產': 'chǎn', '業': 'yè', '濟': 'jì',
              '網': 'wǎng', '導': 'dǎo', '勢': 'shì', '區': 'qū'},
    'z2535': {'場': 'chǎng', '監': 'jiān', '項': 'xiàng', '偽': 'wěi', '費': 'fèi',
              '產': 'chǎn', '嚴': 'yán', '傳': 'chuán', '開': 'kāi', '區': 'qū',
              '鄉': 'xiāng', '點': 'diǎn', '處': 'chù', '為': 'wéi', '業': 'yè',
              '類': 'lèi', '關': 'guān', '營': 'yíng', '環': 'huán', '淨': 'jìng',
              '來': 'lái', '資': 'zī', '檢': 'jiǎn', '層': 'céng', '時': 'shí',
              '聲': 'shēng', '發': 'fā', '媒': 'méi', '臺': 'tái', '務': 'wù',
              '視': 'shì', '圖': 'tú', '儲': 'chǔ', '間': 'jiān', '專': 'zhuān',
              '實': 'shí', '過': 'guò', '區': 'qū', '結': 'jié', '還': 'hái'},
}
NAMES = {
    'z2532': 'z2532_l6-traditional-sparse-pinyin-tech-firm-site-news-copy-county-first-two-tea-geographical-indication-certification-marks-headline-lone-question-mark-lines-mojibake-run-source-no-comments-tail.txt',
    'z2535': 'z2535_l6-traditional-pinyin-self-media-page-copy-county-bureau-2025-rural-counterfeit-consumer-goods-rectification-body-only-no-headline-image-residue-source-line-platform-disclaimer-english.txt',
}

def s2t(text):
    r = subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')

def add_pinyin(text, table):
    out = []
    for ch in text:
        out.append(ch)
        if ch in table:
            out.append('(' + table[ch] + ')')
    return ''.join(out)

def main():
    for key in sorted(NAMES):
        src = open(os.path.join(HERE, key + '.src.txt'), encoding='utf-8').read()
        t = add_pinyin(s2t(src), PINYIN[key])
        if key == 'z2532':
            moji = '。“舒'.encode('utf-8').decode('gbk', errors='replace').replace('\ufffd', '?')
            assert '@@MOJI@@' in t
            t = t.replace('@@MOJI@@', moji)
        open(os.path.join(OUT, NAMES[key]), 'w', encoding='utf-8').write(t)
        print('wrote', NAMES[key])

if __name__ == '__main__':
    main()
