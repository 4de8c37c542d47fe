#!/usr/bin/env python3
"""Insert pinyin in brackets after every occurrence of chosen characters (deterministic).
usage: add_pinyin.py SETNAME < in > out"""
import sys
SETS = {
    # z1993: a county media item copied through a Traditional+pinyin mirror
    "z1993": {"發": "fā", "質": "zhì", "動": "dòng", "設": "shè", "進": "jìn", "導": "dǎo", "識": "shí"},
    # z1995: a document-sharing preview converted with pinyin after fifteen characters
    "z1995": {"質": "zhì", "實": "shí", "戰": "zhàn", "領": "lǐng", "導": "dǎo", "權": "quán",
              "請": "qǐng", "進": "jìn", "報": "bào", "認": "rèn", "費": "fèi", "續": "xù",
              "強": "qiáng", "會": "huì", "績": "jì"},
}
table = SETS[sys.argv[1]]
text = sys.stdin.read()
sys.stdout.write("".join(c + "(" + table[c] + ")" if c in table else c for c in text))
