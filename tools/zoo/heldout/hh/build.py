#!/usr/bin/env python3
"""Deterministic build of part HH's Traditional fixtures from their UTF-8 Simplified sources in this folder.
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
 "z2264": "z2264_l6-traditional-pinyin-mirror-city-bureau-supervision-column-body-only-city-quality-infrastructure-one-stop-service-model-platforms-listed-2022-tilde-year-range-a-grades-counts-cut-mid-sentence.txt",
 "z2267": "z2267_l6-traditional-pinyin-mirror-city-bureau-quality-power-topic-column-body-only-testing-promotes-industry-upgrading-action-2023-doubled-commas-no-headline-no-date-no-figure.txt",
 "z2269": "z2269_l6-traditional-pinyin-metrology-portal-mirror-site-name-url-tagline-crumb-headline-province-first-industry-metrology-testing-centre-settles-in-city-2022-publish-time-empty-author-source-views-score-cut.txt",
}

# z2264: OpenCC Traditional, pinyin after twenty-six characters (a dense mirror)
t = pinyin(s2t(read("z2264.src.txt")), {
    "來": "lái", "場": "chǎng", "監": "jiān", "質": "zhì", "礎": "chǔ", "設": "shè", "務": "wù", "為": "wèi",
    "產": "chǎn", "鏈": "liàn", "補": "bǔ", "導": "dǎo", "臺": "tái", "聯": "lián", "動": "dòng", "資": "zī",
    "計": "jì", "標": "biāo", "準": "zhǔn", "檢": "jiǎn", "驗": "yàn", "證": "zhèng", "權": "quán",
    "級": "jí", "點": "diǎn", "發": "fā"})
write(FILES["z2264"], t)

# z2267: OpenCC Traditional (its doubled commas are in the source), pinyin after ten characters
t = pinyin(s2t(read("z2267.src.txt")), {
    "發": "fā", "質": "zhì", "監": "jiān", "傳": "chuán", "統": "tǒng", "現": "xiàn", "產": "chǎn",
    "業": "yè", "實": "shí", "務": "wù"})
write(FILES["z2267"], t)

# z2269: OpenCC Traditional, pinyin after thirty-one characters, chrome included
t = pinyin(s2t(read("z2269.src.txt")), {
    "國": "guó", "計": "jì", "網": "wǎng", "業": "yè", "門": "mén", "戶": "hù", "資": "zī", "訊": "xùn",
    "遞": "dì", "當": "dāng", "頁": "yè", "產": "chǎn", "發": "fā", "時": "shí", "間": "jiān", "來": "lái",
    "覽": "lǎn", "東": "dōng", "場": "chǎng", "監": "jiān", "質": "zhì", "測": "cè", "驗": "yàn",
    "過": "guò", "組": "zǔ", "稱": "chēng", "專": "zhuān", "細": "xì", "書": "shū", "規": "guī", "項": "xiàng"})
write(FILES["z2269"], t)
