#!/usr/bin/env python3
"""Insert tone-marked pinyin in brackets after chosen Traditional characters (deterministic).
usage: pinyin.py SET < traditional.txt > out.txt   (SET: z2015 or z2017)"""
import sys

SETS = {
    # z2015: a spam host's copy of a fibre-inspection magazine feature (pinyin after a few characters only)
    "z2015": {"護": "hù", "產": "chǎn", "業": "yè", "關": "guān", "當": "dāng",
              "驗": "yàn", "擔": "dān", "積": "jī", "號": "hào"},
    # z2017: a copy of a city news site's item with pinyin after many characters
    "z2017": {"網": "wǎng", "開": "kāi", "會": "huì", "長": "zhǎng", "質": "zhì",
              "監": "jiān", "書": "shū", "議": "yì", "導": "dǎo", "經": "jīng",
              "濟": "jì", "變": "biàn", "強": "qiáng", "實": "shí", "現": "xiàn",
              "設": "shè", "區": "qū", "礎": "chǔ", "縣": "xiàn", "發": "fā",
              "養": "yǎng", "責": "zé", "標": "biāo"},
}

table = SETS[sys.argv[1]]
text = sys.stdin.read()
out = []
for ch in text:
    out.append(ch)
    if ch in table:
        out.append("(" + table[ch] + ")")
sys.stdout.write("".join(out))
