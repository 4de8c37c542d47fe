#!/usr/bin/env python3
"""Deterministic build of part HZ's converted fixtures (z2440, z2441, z2444, z2448).

Reads the UTF-8 Simplified sources in this folder, runs Debian's `opencc -c s2t.json`
on them and writes the fixtures into tests/HeldOut:
  z2440: OpenCC s2t of every line but the first and the last (the Simplified spam lines stay),
         then pinyin after every 當 質 統 發 領 導 數 據 產 業 學 設 農 進 務.
  z2441: OpenCC s2t, then pinyin after every 區 導 業 經 轉 質 設 創 側 構 學 堅 傳 統 產 發.
  z2444: OpenCC s2t, then pinyin after every 發 區 統 產 業 導; the span marked ⟦…⟧ is
         turned into a mojibake run (its Traditional text encoded as Big5, decoded as GBK,
         undecodable bytes shown as `?`).
  z2448: OpenCC s2t only (plain Traditional, no pinyin).
"""
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PINYIN = {
    "當": "dāng", "質": "zhì", "統": "tǒng", "發": "fā", "領": "lǐng", "導": "dǎo",
    "數": "shù", "據": "jù", "產": "chǎn", "業": "yè", "學": "xué", "設": "shè",
    "農": "nóng", "進": "jìn", "務": "wù", "區": "qū", "經": "jīng", "轉": "zhuǎn",
    "創": "chuàng", "側": "cè", "構": "gòu", "堅": "jiān", "傳": "chuán",
}

FILES = {
    "z2440": ("z2440_l6-spam-wrapped-traditional-pinyin-quality-news-mirror-province-2011-quality-status-white-paper-released-at-2012-teleconference-crumb-time-question-marks-source-url-rates-trailing-spam.txt",
              "當質統發領導數據產業學設農進務", True),
    "z2441": ("z2441_l6-traditional-pinyin-unrelated-host-copy-city-government-decision-2018-government-quality-award-and-nominations-opens-at-addressees-no-title-signature-date-pipe-last.txt",
              "區導業經轉質設創側構學堅傳統產發", False),
    "z2444": ("z2444_l6-traditional-pinyin-firm-site-industry-news-copy-city-national-export-knives-quality-safety-demonstration-zone-acceptance-quote-first-yearless-days-mojibake-run-no-headline.txt",
              "發區統產業導", False),
    "z2448": ("z2448_l6-plain-traditional-trade-site-copy-city-paper-item-body-only-national-npc-key-suggestion-research-group-studies-city-quality-work-2018-paper-in-parens-first-yearless-days.txt",
              "", False),
}


def s2t(text):
    r = subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode("utf-8")


def add_pinyin(text, chars):
    if not chars:
        return text
    return "".join(c + "(" + PINYIN[c] + ")" if c in chars else c for c in text)


def mojibake(m):
    span = re.sub(r"\([^)]*\)", "", m.group(1))  # drop any pinyin inside the span first
    raw = span.encode("big5")
    return raw.decode("gbk", errors="replace").replace("\ufffd", "?")


def build(key):
    name, chars, keep_edges = FILES[key]
    with open(os.path.join(HERE, key + ".src.txt"), encoding="utf-8") as f:
        src = f.read()
    lines = src.split("\n")
    if lines and lines[-1] == "":
        lines, tail = lines[:-1], "\n"
    else:
        tail = ""
    if keep_edges:
        first, middle, last = lines[0], "\n".join(lines[1:-1]), lines[-1]
        body = add_pinyin(s2t(middle), chars)
        text = first + "\n" + body + "\n" + last + tail
    else:
        text = add_pinyin(s2t("\n".join(lines)), chars) + tail
    # the mojibake span is garbled after conversion (its own characters get no pinyin)
    text = re.sub(r"⟦([^⟧]*)⟧", mojibake, text)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    for k in sorted(FILES):
        build(k)
