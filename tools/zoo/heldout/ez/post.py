#!/usr/bin/env python3
"""Deterministic post-steps for part EZ's Traditional fixtures: python3 post.py MODE < in > out."""
import sys
mode = sys.argv[1]
t = sys.stdin.read()
if mode == "z1671":
    # a naive Taiwan-phrase mirror: some 強 left as 强, a variant 畧, Taiwan vocabulary swaps
    for a, b in [("強省", "强省"), ("加強", "加强"), ("增強", "增强"), ("戰略", "戰畧"),
                 ("質量管理", "品質管制"), ("質量宣傳", "質量文宣"), ("高質量發展", "高品質發展")]:
        t = t.replace(a, b)
elif mode in ("z1674", "z1677"):
    table = {
        "z1674": {"質": "zhì", "獎": "jiǎng", "頒": "bān", "國": "guó", "組": "zǔ", "織": "zhī",
                  "創": "chuàng", "業": "yè", "領": "lǐng", "導": "dǎo"},
        "z1677": {"統": "tǒng", "戰": "zhàn", "創": "chuàng", "業": "yè", "發": "fā", "題": "tí",
                  "監": "jiān", "設": "shè"},
    }[mode]
    out = []
    for ch in t:
        out.append(ch)
        if ch in table:
            out.append("(" + table[ch] + ")")
    t = "".join(out)
sys.stdout.write(t)
