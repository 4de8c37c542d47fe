#!/usr/bin/env python3
"""Build part IG's converted fixtures from their UTF-8 Simplified sources.

Deterministic: OpenCC s2t (Debian's opencc), then pinyin in parentheses after every
occurrence of each listed Traditional character, then placeholder runs replaced by
mojibake (the UTF-8 bytes of a phrase read as GBK).  Writes into tests/HeldOut.
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")

def moji(phrase):
    return phrase.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")

def add_pinyin(text, table):
    out = []
    for ch in text:
        out.append(ch)
        if ch in table:
            out.append("(" + table[ch] + ")")
    return "".join(out)

JOBS = [
    ("z2510.src.txt",
     "z2510_l6-traditional-pinyin-led-firm-mobile-site-copy-province-bureau-children-consumer-goods-quality-safety-action-2016-body-only-yearless-day-mojibake-runs-submission-mail-tail.txt",
     {"報": "bào", "費": "fèi", "質": "zhì", "現": "xiàn", "護": "hù", "動": "dòng", "點": "diǎn",
      "場": "chǎng", "調": "diào", "況": "kuàng", "對": "duì", "談": "tán", "數": "shù", "據": "jù", "請": "qǐng"},
     {"@@M1@@": moji("交流讨论"), "@@M2@@": moji("访问")}),
    ("z2511.src.txt",
     "z2511_l6-traditional-pinyin-bearing-firm-site-news-copy-county-quality-bureau-bearing-industry-upgrade-2018-headline-bare-date-three-points-results.txt",
     {"質": "zhì", "監": "jiān", "進": "jìn", "產": "chǎn", "業": "yè", "轉": "zhuǎn", "臺": "tái",
      "構": "gòu", "驗": "yàn", "設": "shè", "務": "wù", "區": "qū", "創": "chuàng", "標": "biāo",
      "準": "zhǔn", "獎": "jiǎng"},
     {}),
    ("z2513.src.txt",
     "z2513_l6-traditional-pinyin-spam-host-copy-paper-item-unplaced-market-bureau-e-bike-quality-safety-special-inspection-body-only-doubled-commas-no-place-no-date.txt",
     {"報": "bào", "場": "chǎng", "監": "jiān", "動": "dòng", "車": "chē", "產": "chǎn", "質": "zhì",
      "專": "zhuān", "項": "xiàng", "檢": "jiǎn", "進": "jìn", "營": "yíng", "證": "zhèng",
      "銷": "xiāo", "違": "wéi", "據": "jù"},
     {}),
]

def main():
    for src, out, table, places in JOBS:
        with open(os.path.join(HERE, src), encoding="utf-8") as f:
            text = f.read()
        text = add_pinyin(s2t(text), table)
        for key, run in places.items():
            text = text.replace(key, run)
        with open(os.path.join(OUT, out), "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", out)

if __name__ == "__main__":
    sys.exit(main())
