#!/usr/bin/env python3
"""Insert pinyin in parentheses after every occurrence of a fixed set of
Traditional characters (the mirror's habit seen on the sampled page).
Deterministic: reads stdin, writes stdout."""
import sys

PINYIN = {
    "書": "shū", "長": "zhǎng", "質": "zhì", "發": "fā", "會": "huì",
    "過": "guò", "經": "jīng", "濟": "jì", "強": "qiáng", "報": "bào",
    "開": "kāi", "動": "dòng", "場": "chǎng", "監": "jiān", "議": "yì",
    "認": "rèn", "學": "xué", "習": "xí", "標": "biāo", "準": "zhǔn",
    "實": "shí", "區": "qū",
}

def main() -> None:
    text = sys.stdin.read()
    out = []
    for ch in text:
        out.append(ch)
        if ch in PINYIN:
            out.append("(" + PINYIN[ch] + ")")
    sys.stdout.write("".join(out))

if __name__ == "__main__":
    main()
