#!/usr/bin/env python3
"""Build the converted fixtures of part HO from their Simplified sources.

Deterministic: OpenCC s2t (Debian's `opencc`), then fixed replacements that
imitate each sampled page's converter, then pinyin in parentheses after every
occurrence of the listed Traditional characters. Output goes to tests/HeldOut.
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

FILES = {
    "z2332": "z2332_l6-traditional-pinyin-unrelated-adult-domain-copy-national-quality-month-joint-deployment-2020-body-only-no-headline-no-date-dense-pinyin-cut-mid-sentence.txt",
    "z2334": "z2334_l6-traditional-no-address-page-city-quality-city-group-office-circular-county-assessment-grades-2020-year-opens-at-addressees-no-title-no-number-guanyu-ganbu-kept-typo-signature.txt",
    "z2335": "z2335_l6-traditional-testing-company-site-city-bureau-supplementary-notice-city-government-quality-award-recommendation-2023-opens-at-addressees-numbered-parent-date-alone-empty-link-disclaimer-service-tail.txt",
    "z2337": "z2337_l6-traditional-pinyin-no-address-portal-menu-copy-province-daily-item-province-third-straight-a-grade-government-quality-assessment-2022-datetime-source-photo-line-results.txt",
    "z2340": "z2340_l6-traditional-pinyin-asp-page-copy-region-industry-commerce-bureau-deputy-speech-trademark-work-symposium-2017-heading-speaker-line-results-cut.txt",
}

# replacements applied after OpenCC, in order (the sampled pages' converters
# keep 于, 干部, 考核, write 為)
FIXES = {
    "z2332": [("爲", "為")],
    "z2334": [("爲", "為"), ("考覈", "考核"), ("審覈", "審核"), ("關於", "關于"), ("幹部", "干部")],
    "z2335": [("爲", "為"), ("關於", "關于"), ("不少於", "不少于"), ("瞭解", "了解"), ("徵求", "征求"), ("來源於", "來源于"), ("發佈", "發布")],
    "z2337": [("爲", "為"), ("關於", "關于"), ("考覈", "考核")],
    "z2340": [("爲", "為"), ("關於", "關于"), ("考覈", "考核")],
}

PINYIN = {
    "z2332": {
        "場": "chǎng", "監": "jiān", "聯": "lián", "發": "fā", "業": "yè",
        "鄉": "xiāng", "設": "shè", "運": "yùn", "農": "nóng", "務": "wù", "衛": "wèi",
        "關": "guān", "質": "zhì", "強": "qiáng", "創": "chuàng", "動": "dòng", "會": "huì",
        "統": "tǒng", "籌": "chóu", "穩": "wěn", "產": "chǎn", "點": "diǎn", "醫": "yī",
        "養": "yǎng", "體": "tǐ", "態": "tài", "環": "huán", "復": "fù", "進": "jìn",
        "鏈": "liàn",
    },
    "z2334": {},
    "z2335": {},
    "z2337": {"監": "jiān", "發": "fā", "業": "yè", "優": "yōu"},
    "z2340": {
        "標": "biāo", "業": "yè", "務": "wù", "訓": "xùn", "負": "fù", "責": "zé",
        "導": "dǎo", "領": "lǐng", "創": "chuàng", "監": "jiān", "設": "shè", "進": "jìn",
        "認": "rèn", "學": "xué", "習": "xí", "區": "qū", "舉": "jǔ", "點": "diǎn",
    },
}


# word-level pinyin the z2332 mirror adds (展 only inside 發展)
AFTER = {
    "z2332": [("發(fā)展", "發(fā)展(zhǎn)")],
}


def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t"], input=text, capture_output=True,
                          text=True, check=True).stdout


def build(key):
    with open(os.path.join(HERE, key + ".src.txt"), encoding="utf-8") as f:
        src = f.read()
    out = s2t(src)
    for a, b in FIXES[key]:
        out = out.replace(a, b)
    table = PINYIN[key]
    if table:
        out = "".join(ch + "(" + table[ch] + ")" if ch in table else ch for ch in out)
    for a, b in AFTER.get(key, []):
        out = out.replace(a, b)
    with open(os.path.join(OUT, FILES[key]), "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    for k in sorted(FILES):
        build(k)
        print("built", FILES[k])
