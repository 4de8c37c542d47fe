#!/usr/bin/env python3
"""Build part ET's converted fixtures from their UTF-8 Simplified sources.

Deterministic: Debian's `opencc` (s2tw profile) on each source, then the
naive-mirror fixes (the mirrors keep 于/并/范/系/布/里/制 Simplified), then, for
the two pinyin copies, a tone-marked reading in brackets after every listed
character (one fixed reading per character). Writes each fixture into the
parent folder (/work/zoo-new/et/). Run: python3 src/build.py
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut')

NAIVE = [("於", "于"), ("並", "并"), ("範", "范"), ("繫", "系"),
         ("佈", "布"), ("裡", "里"), ("製", "制")]

PINYIN_1617 = {"質": "zhì", "區": "qū", "經": "jīng", "發": "fā", "導": "dǎo",
               "強": "qiáng", "產": "chǎn", "聯": "lián", "續": "xù",
               "務": "wù", "場": "chǎng"}

PINYIN_1620 = {"質": "zhì", "監": "jiān", "堅": "jiān", "發": "fā", "經": "jīng",
               "濟": "jì", "會": "huì", "構": "gòu", "強": "qiáng", "務": "wù",
               "結": "jié", "規": "guī", "劃": "huà", "動": "dòng", "標": "biāo",
               "產": "chǎn", "業": "yè", "統": "tǒng", "計": "jì", "農": "nóng",
               "驗": "yàn", "達": "dá", "勵": "lì", "創": "chuàng", "個": "gè"}

JOBS = [
    ("z1614.src.txt",
     "z1614_l6-naive-traditional-mirror-province-leading-group-office-publicity-city-pre-acceptance-national-quality-city-demonstration-2018-empty-views-author-paper-national-letter-number-one-paragraph-contacts.txt",
     None),
    ("z1615.src.txt",
     "z1615_l6-naive-traditional-mirror-radio-site-item-city-quality-congress-and-mayor-quality-award-2020-body-only-dateline-lead-yearless-results-cut-mid-speech.txt",
     None),
    ("z1617.src.txt",
     "z1617_l6-traditional-pinyin-mirror-paper-item-region-and-city-quality-month-launch-2019-body-only-spaced-byline-lately-four-points-results-cut.txt",
     PINYIN_1617),
    ("z1620.src.txt",
     "z1620_l6-traditional-pinyin-mobile-news-copy-city-bureau-quality-city-work-and-2016-rates-body-only-yearless-day-stray-space-dropped-word-cut.txt",
     PINYIN_1620),
]


def s2tw(text):
    res = subprocess.run(["opencc", "-c", "s2tw.json"], input=text.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True)
    return res.stdout.decode("utf-8")


def build(src, dst, pinyin):
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = f.read()
    out = s2tw(text)
    for a, b in NAIVE:
        out = out.replace(a, b)
    if pinyin:
        out = "".join(ch + "(" + pinyin[ch] + ")" if ch in pinyin else ch for ch in out)
    with open(os.path.join(OUT, dst), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    for src, dst, py in JOBS:
        build(src, dst, py)
        print(dst)
