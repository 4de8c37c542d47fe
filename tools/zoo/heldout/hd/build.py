#!/usr/bin/env python3
"""Deterministic build of part HD's Traditional fixtures from their UTF-8 Simplified sources.
Run from anywhere: python3 build.py  (needs Debian's opencc on PATH). Writes into the parent folder."""
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
 "z2224": "z2224_l6-traditional-pinyin-regional-portal-copy-county-city-fifth-mayor-quality-award-and-nominations-revealed-2022-yearless-day-award-name-slip-achieved-counts-author-in-parens-share-line.txt",
 "z2225": "z2225_l6-traditional-pinyin-mirror-open-info-download-page-city-bureau-and-finance-bureau-joint-notice-issuing-province-award-matching-reward-and-cultivation-funds-2020-pipe-residue-one-line-body-mojibake-run.txt",
 "z2226": "z2226_l6-naive-traditional-betting-brand-spam-domain-encyclopedia-entry-city-government-quality-award-source-internet-sections-first-winners-reference-tail.txt",
 "z2227": "z2227_l6-traditional-pinyin-mirror-page-three-of-city-mayor-quality-award-measures-opens-mid-article-qr-line-xx-placeholders-span-tag-residue-supervision-chapter-cut-no-place.txt",
 "z2230": "z2230_l6-naive-traditional-mirror-listed-company-announcement-winning-province-governor-quality-award-2012-code-line-statement-pipe-decision-number-year-typo-spaced-board-signature.txt",
}

# z2224: pinyin after eight characters
t = pinyin(s2t(read("z2224.src.txt")), {"質": "zhì", "獲": "huò", "據": "jù", "設": "shè",
                                           "經": "jīng", "結": "jié", "續": "xù", "區": "qū"})
write(FILES["z2224"], t)

# z2225: pinyin after nine characters, then a mojibake run where the source holds @@MOJI@@
t = pinyin(s2t(read("z2225.src.txt")), {"監": "jiān", "質": "zhì", "獎": "jiǎng", "區": "qū", "發": "fā",
                                           "創": "chuàng", "現": "xiàn", "業": "yè", "關": "guān"})
moji = "专款专用".encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")
t = t.replace("@@MOJI@@", moji)
write(FILES["z2225"], t)

# z2226: plain OpenCC Traditional, a Simplified betting-brand line put first
t = "金沙体育|足球赛事竞猜官方平台\n\n" + s2t(read("z2226.src.txt"))
write(FILES["z2226"], t)

# z2227: pinyin after twelve characters, a broken pinyin run before a stray </span>
t = pinyin(s2t(read("z2227.src.txt")), {"網": "wǎng", "發": "fā", "項": "xiàng", "現": "xiàn", "實": "shí",
                                           "關": "guān", "應": "yīng", "責": "zé", "聯": "lián", "經": "jīng",
                                           "業": "yè", "務": "wù"})
t = t.replace("@@Q@@", "?pái)?")
write(FILES["z2227"], t)

# z2230: plain OpenCC Traditional with 於 put back to 于 (a naive mirror's converter)
t = s2t(read("z2230.src.txt")).replace("於", "于")
write(FILES["z2230"], t)
