#!/usr/bin/env python3
"""Insert pinyin in brackets after chosen Traditional characters, as some mirrors do (part ES, z1609)."""
import sys

PINYIN = {
    "質": "zhì", "檢": "jiǎn", "創": "chuàng", "發": "fā", "進": "jìn",
    "標": "biāo", "導": "dǎo", "業": "yè", "務": "wù", "實": "shí",
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
