#!/usr/bin/env python3
"""Deterministic build of part HB's Traditional fixtures (z2207, z2208, z2210).
Each UTF-8 Simplified source in this folder is run through Debian's OpenCC (s2t),
then copy-specific slips, pinyin after listed characters and mojibake placeholders
are applied; the result is written into the parent folder.
Run: python3 src/build.py   (from /work/zoo-new/hb or anywhere)"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode("utf-8")

def add_pinyin(text, table):
    return "".join(ch + ("(" + table[ch] + ")" if ch in table else "") for ch in text)

JOBS = [
    # z2207: spun naive Traditional, no pinyin; 标 kept Simplified before 準, 産 variant, 衹 none
    ("z2207_src.txt",
     "z2207_l6-spun-naive-traditional-content-site-copy-city-paper-item-district-made-in-zhejiang-group-standards-and-certifications-yearless-day-headline-repeated-inside-spun-words-stray-city-cut.txt",
     [("標準", "标準"), ("產", "産"), ("標籤", "标簽"), ("標誌", "标志")], {}, {}),
    # z2208: naive Traditional with pinyin after 质/监/强/获/见/奖/争/达, GBK mojibake run for 。《意见》
    ("z2208_src.txt",
     "z2208_l6-traditional-pinyin-unrelated-host-copy-body-only-city-government-quality-city-implementing-opinion-issued-report-2011-mojibake-run-restated-2015-targets-cut.txt",
     [("關於", "關于"), ("出臺", "出臺")],
     {"質": "zhì", "監": "jiān", "強": "qiáng", "獲": "huò", "見": "jiàn", "獎": "jiǎng", "爭": "zhēng", "達": "dá", "區": "qū"},
     {"⟪M1⟫": "?!兑庖?jiàn)》"}),
    # z2210: Traditional with pinyin after 质/区/强/进/动/发/处/业, mojibake run for a quoted hall name
    ("z2210_src.txt",
     "z2210_l6-traditional-pinyin-magazine-site-copy-district-quality-district-congress-and-eleven-projects-launch-2017-headline-deck-byline-mojibake-run-cut.txt",
     [],
     {"質": "zhì", "區": "qū", "強": "qiáng", "進": "jìn", "動": "dòng", "發": "fā", "處": "chù", "業": "yè"},
     {"⟪M2⟫": "“順德制?!别^"}),
]

for src, out, slips, pinyin, marks in JOBS:
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = s2t(f.read())
    for a, b in slips:
        text = text.replace(a, b)
    text = add_pinyin(text, pinyin)
    for a, b in marks.items():
        text = text.replace(a, b)
    with open(os.path.join(OUT, out), "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", out)
