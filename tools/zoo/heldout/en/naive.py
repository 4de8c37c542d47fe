#!/usr/bin/env python3
"""Post-process OpenCC s2t output into the 'naive mirror' Traditional seen on the
sampled pages (some characters left in their Simplified/common form), and
optionally insert pinyin after listed characters.  Deterministic.

usage: naive.py IN OUT [--pinyin]
Spans between ⟦ and ⟧ in the source are left without pinyin (the markers are dropped).
"""
import sys

# naive converters keep these as in Simplified (or use the common variant)
NAIVE = {'爲': '為', '並': '并', '於': '于', '範': '范', '着': '著', '裏': '裡',
         '瞭': '了', '佈': '布', '綫': '線', '衆': '眾', '僞': '偽',
         '啓': '啟', '週': '周', '諮': '咨', '遊': '游'}

PINYIN = {'網': 'wǎng', '質': 'zhì', '發': 'fā', '創': 'chuàng', '現': 'xiàn',
          '區': 'qū', '規': 'guī', '場': 'chǎng', '監': 'jiān', '業': 'yè', '務': 'wù'}

def main():
    src, out = sys.argv[1], sys.argv[2]
    pinyin = '--pinyin' in sys.argv[3:]
    text = open(src, encoding='utf-8').read()
    res = []
    protected = False
    for ch in text:
        if ch == '⟦':
            protected = True
            continue
        if ch == '⟧':
            protected = False
            continue
        ch = NAIVE.get(ch, ch)
        res.append(ch)
        if pinyin and not protected and ch in PINYIN:
            res.append('(' + PINYIN[ch] + ')')
    open(out, 'w', encoding='utf-8').write(''.join(res))

if __name__ == '__main__':
    main()
