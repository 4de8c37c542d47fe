#!/usr/bin/env python3
"""Insert pinyin in ASCII parentheses after a fixed set of Traditional characters.

usage: pinyin.py SET < traditional.txt > out.txt
SET names one of the per-fixture character sets below (deterministic, no external data).
"""
import sys

PY = {
    "質": "zhì", "網": "wǎng", "務": "wù", "關": "guān", "發": "fā",
    "優": "yōu", "環": "huán", "產": "chǎn", "設": "shè", "領": "lǐng",
    "導": "dǎo", "責": "zé", "經": "jīng", "業": "yè", "據": "jù",
    "現": "xiàn", "標": "biāo", "監": "jiān", "驗": "yàn", "構": "gòu",
    "術": "shù", "絡": "luò", "強": "qiáng", "創": "chuàng",
}

SETS = {
    # z2076: the sampled mirror put pinyin after these fourteen
    "z2076": "質網務關發優環產設領導責經業",
    # z2078: and after these eighteen
    "z2078": "關質發據現產標監驗構術務網絡強責領創",
}

def main():
    chars = set(SETS[sys.argv[1]])
    text = sys.stdin.read()
    out = []
    for ch in text:
        out.append(ch)
        if ch in chars:
            out.append("(" + PY[ch] + ")")
    sys.stdout.write("".join(out))

if __name__ == "__main__":
    main()
