#!/usr/bin/env python3
"""Build part ED's converted fixtures (z1452, z1454, z1456, z1459, z1460) from their UTF-8 Simplified sources.

Deterministic: Debian's `opencc` (s2t.json), then, per file, either the naive-converter forms 于/為/著/啟 (z1454) or
pinyin in ASCII parentheses after every occurrence of a fixed set of characters (z1452, z1456, z1459, z1460),
as the sampled mirror pages show. Run from anywhere: python3 tools/zoo/heldout/ed/build-part-ed.py (writes into tests/HeldOut)
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")
SRC = HERE

PINYIN = {
    # z1452: consumer paper item copied on a mirror (費/監/標/準… annotated, 體/會/實 bare)
    "z1452": {"費": "fèi", "監": "jiān", "標": "biāo", "準": "zhǔn", "發": "fā", "點": "diǎn", "區": "qū",
              "護": "hù", "設": "shè", "質": "zhì", "產": "chǎn", "導": "dǎo", "構": "gòu", "級": "jí",
              "態": "tài", "環": "huán", "際": "jì", "務": "wù", "層": "céng", "創": "chuàng", "協": "xié"},
    # z1456: company site's news centre (chrome annotated too, 點 bare)
    "z1456": {"關": "guān", "開": "kāi", "質": "zhì", "動": "dòng", "實": "shí", "發": "fā", "簡": "jiǎn",
              "稱": "chēng", "個": "gè", "項": "xiàng", "務": "wù", "臺": "tái", "現": "xiàn", "國": "guó",
              "區": "qū", "強": "qiáng", "設": "shè", "舉": "jǔ", "體": "tǐ", "進": "jìn", "產": "chǎn",
              "標": "biāo", "準": "zhǔn", "監": "jiān", "導": "dǎo", "達": "dá", "組": "zǔ", "織": "zhī"},
    # z1459: a province gazetteer office's item copied on an unrelated host (footer annotated too)
    "z1459": {"質": "zhì", "獎": "jiǎng", "譽": "yù", "選": "xuǎn", "審": "shěn", "導": "dǎo", "組": "zǔ",
              "辦": "bàn", "監": "jiān", "薦": "jiàn", "現": "xiàn", "陳": "chén", "議": "yì", "勵": "lì",
              "進": "jìn", "濟": "jì", "標": "biāo", "權": "quán", "術": "shù", "網": "wǎng", "識": "shí",
              "環": "huán", "節": "jié", "屆": "jiè", "際": "jì", "績": "jì", "編": "biān", "纂": "zuǎn"},
    # z1460: a district bureau's metrology-day item copied on an unrelated host
    "z1460": {"計": "jì", "質": "zhì", "監": "jiān", "督": "dū", "設": "shè", "備": "bèi", "標": "biāo",
              "準": "zhǔn", "區": "qū", "東": "dōng", "動": "dòng", "檢": "jiǎn", "測": "cè",
              "識": "shí", "現": "xiàn", "傳": "chuán", "講": "jiǎng", "壓": "yā", "體": "tǐ", "發": "fā",
              "諮": "zī", "詢": "xún", "執": "zhí", "進": "jìn", "護": "hù", "權": "quán", "費": "fèi"},
}

NAIVE = {"z1454": [("於", "于"), ("爲", "為"), ("着", "著"), ("啓", "啟")]}

OUT = {
    "z1452": "z1452_l6-traditional-pinyin-mirror-consumer-paper-item-municipality-standardization-group-issues-high-quality-development-standard-system-plan-body-only-no-headline-no-date-cut.txt",
    "z1454": "z1454_l6-naive-traditional-finance-content-site-city-paper-item-city-restarts-government-quality-award-2022-headline-suffix-photo-placeholder-disclaimer-keywords-tail.txt",
    "z1456": "z1456_l6-traditional-pinyin-company-site-news-centre-municipality-party-government-quality-improvement-opinion-qa-interpretation-2018-admin-post-time-clicks-restated-2020-targets-prev-next.txt",
    "z1459": "z1459_l6-traditional-pinyin-unrelated-host-copy-gazetteer-office-item-province-government-quality-award-2023-opens-mid-item-copyright-footer-inside-text-repeated-cut.txt",
    "z1460": "z1460_l6-traditional-pinyin-unrelated-host-copy-municipality-district-bureau-metrology-day-community-publicity-2024-body-only-no-headline-no-date.txt",
}


def s2t(text: str) -> str:
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def main() -> None:
    for key, name in OUT.items():
        with open(os.path.join(SRC, key + ".src.txt"), encoding="utf-8") as f:
            text = s2t(f.read())
        for a, b in NAIVE.get(key, []):
            text = text.replace(a, b)
        table = PINYIN.get(key)
        if table:
            text = "".join(ch + "(" + table[ch] + ")" if ch in table else ch for ch in text)
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            f.write(text)
        print("built", name)


if __name__ == "__main__":
    main()
