#!/usr/bin/env python3
"""Insert pinyin in brackets after chosen Traditional characters (mirror style `質(zhì)`).
usage: add_pinyin_gy.py SET < in > out   (SET: a, b or c)"""
import sys
TONES = {'質':'zhì','監':'jiān','創':'chuàng','設':'shè','發':'fā','產':'chǎn','業':'yè','導':'dǎo',
         '實':'shí','構':'gòu','獎':'jiǎng','勵':'lì','責':'zé','內':'nèi','區':'qū','標':'biāo',
         '準':'zhǔn','場':'chǎng','務':'wù','濟':'jì'}
SETS = {'a': '內質產業發區標準場務',          # z2175
        'b': '質監創設發產業導實構獎勵責',    # z2176
        'c': '質濟發區務導產業'}              # z2180
chars = SETS[sys.argv[1]]
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in chars:
        out.append('(' + TONES[ch] + ')')
sys.stdout.write(''.join(out))
