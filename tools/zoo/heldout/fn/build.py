#!/usr/bin/env python3
"""Builds the Traditional(+pinyin) fixtures of part FN (z1801, z1805, z1807, z1810) from their UTF-8 Simplified
sources in this folder into the parent folder. Deterministic: OpenCC's s2t (Debian's `opencc` binary), then fixed
per-copy slips and pinyin after a fixed list of characters (every occurrence). Run: python3 build.py"""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

JOBS = [
    ("z1801.src.txt",
     "z1801_l6-traditional-pinyin-unrelated-host-copy-county-bureau-consumer-goods-quality-publicity-at-town-square-body-only-no-headline-no-date-doubled-commas-town-only.txt",
     [], "監:jiān 區:qū 鄉:xiāng 鎮:zhèn 現:xiàn 據:jù 測:cè"),
    ("z1805.src.txt",
     "z1805_l6-traditional-pinyin-quality-news-copy-district-quality-district-joint-meeting-2012-body-only-yearless-day-outline-studied-reporters-in-parens.txt",
     [], "區:qū 質:zhì 強:qiáng 會:huì 報:bào 聯:lián 經:jīng 發:fā 綱:gāng 標:biāo 準:zhǔn 職:zhí 實:shí 獎:jiǎng 進:jìn 設:shè"),
    ("z1807.src.txt",
     "z1807_l6-traditional-pinyin-company-site-metrology-column-autonomous-prefecture-quality-month-launch-2017-body-only-no-headline-naive-slips-column-nav-date-list.txt",
     [("全面", "全麵"), ("方面", "方麵"), ("機制", "機製"), ("諮詢", "谘詢")],
     "量:liàng 州:zhōu 民:mín 央:yāng 提:tí 升:shēng 組:zǔ 牌:pái 獲:huò 設:shè 品:pǐn 儀:yí 關:guān 全:quán"),
    ("z1810.src.txt",
     "z1810_l6-traditional-pinyin-cms-show-page-national-year-quality-events-list-2012-numbered-items-no-headline-no-date-outline-by-title-cut-at-item-five.txt",
     [], "質:zhì 發:fā 綱:gāng 關:guān 轉:zhuǎn 實:shí 產:chǎn 準:zhǔn 點:diǎn 經:jīng 濟:jì 過:guò 進:jìn"),
]

for src, out, slips, pinyin in JOBS:
    with open(os.path.join(HERE, src), encoding="utf-8") as f:
        text = f.read()
    trad = subprocess.run(["opencc", "-c", "s2t"], input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    for a, b in slips:
        trad = trad.replace(a, b)
    marks = dict(p.split(":") for p in pinyin.split())
    trad = "".join(ch + "(" + marks[ch] + ")" if ch in marks else ch for ch in trad)
    with open(os.path.join(OUT, out), "w", encoding="utf-8") as f:
        f.write(trad)
    print("wrote", out)
