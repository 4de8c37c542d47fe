#!/usr/bin/env python3
"""Deterministic post-processing for part HW's built fixtures.

wrap  SRC OUT : z2409 -- keep the headline and the blank line, then print the body as one line
                with a space put after every 50th character (the page's lost hard wraps, which
                fall in the middle of words), and end it with " ..." (the page's cut).
pinyin IN OUT : z2411 -- after OpenCC s2t, put the tone-marked pinyin in ASCII brackets after
                every occurrence of the characters listed in PINYIN (as the sampled mirror did
                for a fixed set of converted characters, not for all of them).
"""
import sys

PINYIN = {
    "導": "dǎo", "標": "biāo", "務": "wù", "區": "qū", "別": "bié", "實": "shí",
    "績": "jì", "來": "lái", "興": "xìng", "項": "xiàng", "動": "dòng", "開": "kāi",
    "計": "jì", "場": "chǎng", "質": "zhì", "戰": "zhàn", "產": "chǎn", "檢": "jiǎn",
    "監": "jiān", "證": "zhèng", "訴": "sù", "違": "wéi", "沒": "mò", "樣": "yàng",
    "階": "jiē", "識": "shí", "備": "bèi", "審": "shěn", "銷": "xiāo", "規": "guī",
    "範": "fàn", "護": "hù", "龍": "lóng", "傑": "jié", "顯": "xiǎn",
}

def wrap(src, out, width=50):
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, blank, body = lines[0], lines[1], lines[2]
    assert blank == ""
    parts = [body[i:i + width] for i in range(0, len(body), width)]
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "\n\n" + " ".join(parts) + " ...\n")

def pinyin(src, out):
    with open(src, encoding="utf-8") as f:
        text = f.read()
    res = []
    for ch in text:
        res.append(ch)
        if ch in PINYIN:
            res.append("(" + PINYIN[ch] + ")")
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(res))

if __name__ == "__main__":
    mode, a, b = sys.argv[1:4]
    {"wrap": wrap, "pinyin": pinyin}[mode](a, b)
