#!/usr/bin/env python3
"""Insert pinyin in ASCII parentheses after every occurrence of a fixed set of
(Traditional) characters, as some mirror sites do. Deterministic: the set per
fixture is fixed below. Usage: add_pinyin.py KEY < in > out"""
import sys

SETS = {
    "z1572": {
        "現": "xiàn", "統": "tǒng", "準": "zhǔn", "國": "guó", "發": "fā",
        "關": "guān", "質": "zhì", "標": "biāo", "務": "wù", "導": "dǎo",
        "見": "jiàn",
    },
    "z1580": {
        "發": "fā", "質": "zhì", "設": "shè", "產": "chǎn", "開": "kāi",
        "會": "huì", "導": "dǎo",
    },
}

def main():
    table = SETS[sys.argv[1]]
    text = sys.stdin.read()
    out = []
    for ch in text:
        out.append(ch)
        if ch in table:
            out.append("(" + table[ch] + ")")
    sys.stdout.write("".join(out))

if __name__ == "__main__":
    main()
