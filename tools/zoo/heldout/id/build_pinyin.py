#!/usr/bin/env python3
"""Insert toned pinyin in parentheses after every occurrence of chosen characters
(one fixed reading per character, as a naive mirror does), optionally replace a
run with its mojibake (UTF-8 bytes read as GBK). Deterministic. stdin -> stdout."""
import sys
READ = {
    '質': 'zhì', '強': 'qiáng', '動': 'dòng', '個': 'gè', '萬': 'wàn', '關': 'guān',
    '長': 'zhǎng', '來': 'lái', '堅': 'jiān', '發': 'fā', '過': 'guò', '門': 'mén',
    '驗': 'yàn', '業': 'yè', '監': 'jiān', '產': 'chǎn', '術': 'shù', '測': 'cè',
    '幫': 'bāng', '區': 'qū', '偽': 'wěi', '專': 'zhuān', '導': 'dǎo', '內': 'nèi',
}
def main():
    chars = sys.argv[1]
    moji = sys.argv[2] if len(sys.argv) > 2 else ''
    text = sys.stdin.read()
    out = []
    for ch in text:
        out.append(ch)
        if ch in chars:
            out.append('(' + READ[ch] + ')')
    s = ''.join(out)
    if moji:
        if moji not in s:
            sys.exit('mojibake run not found: ' + moji)
        garbled = moji.encode('utf-8').decode('gbk', errors='replace').replace('\ufffd', '?')
        s = s.replace(moji, garbled, 1)
    sys.stdout.write(s)
main()
