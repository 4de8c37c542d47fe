#!/usr/bin/env python3
"""Insert pinyin in parentheses after a fixed set of Traditional characters (deterministic).
usage: pinyin.py SET < in > out   (SET names one of the maps below)"""
import sys
SETS = {
    # z2136: the mirror annotated a fixed set; 長 and 獎 are left bare as on the sampled page
    "z2136": {"發": "fā", "質": "zhì", "學": "xué", "區": "qū", "冊": "cè", "擔": "dān",
              "領": "lǐng", "導": "dǎo", "內": "nèi", "專": "zhuān", "濟": "jì",
              "經": "jīng"},
}
m = SETS[sys.argv[1]]
text = sys.stdin.read()
out = []
lines = text.split("\n")
for i, line in enumerate(lines):
    # the spam line and the '?' line stay as the mirror left them (no pinyin)
    if i < 3:
        out.append(line)
        continue
    out.append("".join(c + ("(" + m[c] + ")" if c in m else "") for c in line))
sys.stdout.write("\n".join(out))
