#!/usr/bin/env python3
"""Deterministic build of part HE's Traditional fixtures (z2234 z2236 z2238) from their UTF-8 Simplified sources.
Run from anywhere: python3 build.py  (needs Debian's opencc on PATH). Writes into tests/HeldOut."""
import os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")

def pinyin(text, table):
    return "".join(ch + "(" + table[ch] + ")" if ch in table else ch for ch in text)

def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()

def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)

FILES = {
 "z2234": "z2234_l6-plain-traditional-content-site-copy-city-export-shoe-quality-safety-demonstration-zone-push-meeting-yearless-day-body-printed-twice.txt",
 "z2236": "z2236_l6-traditional-pinyin-unrelated-host-copy-city-paper-item-quality-month-city-manufacturing-brand-measures-original-title-line-first-no-date-further-reading-teasers-glued.txt",
 "z2238": "z2238_l6-traditional-pinyin-forum-thread-copy-county-city-two-products-named-province-brand-products-2015-one-paragraph-inner-spaces-source-bar-tail.txt",
}

# the mirrors' converter writes 為, not OpenCC's 爲
def mirror(text):
    return s2t(text).replace("爲", "為")

# z2234: plain OpenCC Traditional, the body printed twice as in the source
write(FILES["z2234"], mirror(read("z2234.src.txt")))

# z2236: pinyin after fourteen characters (the 原标题 line included)
t = pinyin(mirror(read("z2236.src.txt")), {
    "標": "biāo", "題": "tí", "經": "jīng", "濟": "jì", "級": "jí", "報": "bào", "訊": "xùn",
    "動": "dòng", "轉": "zhuǎn", "發": "fā", "領": "lǐng", "術": "shù", "將": "jiāng", "業": "yè"})
write(FILES["z2236"], t)

# z2238: pinyin after six characters
t = pinyin(mirror(read("z2238.src.txt")), {
    "數": "shù", "發": "fā", "區": "qū", "創": "chuàng", "優": "yōu", "監": "jiān"})
write(FILES["z2238"], t)
