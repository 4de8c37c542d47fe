#!/usr/bin/env python3
"""Build the converted fixtures of part HF from their Simplified sources.

Deterministic: the same sources and the same Debian `opencc` give the same bytes.
Each job: optional word swaps before conversion (a Taiwan-phrase gate writes 品質
for 质量), OpenCC s2tw, optional character swaps after it (a big5 gate's 産 for 產),
then, for the pinyin mirrors, the reading in brackets after every character of the
copy's list (one fixed reading per character, as such mirrors insert it, 調 as diào).
Writes the fixtures into tests/HeldOut.
"""
import pathlib
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[3] / "tests" / "HeldOut"

READING = {
    "聯": "lián", "動": "dòng", "項": "xiàng", "網": "wǎng", "識": "shí",
    "強": "qiáng", "費": "fèi", "監": "jiān", "標": "biāo", "檢": "jiǎn",
    "驗": "yàn", "關": "guān", "農": "nóng", "務": "wù",
    "經": "jīng", "質": "zhì", "設": "shè", "協": "xié", "調": "diào",
    "進": "jìn", "領": "lǐng", "導": "dǎo", "長": "zhǎng",
}

JOBS = [
    {
        "src": "z2242.src.txt",
        "out": "z2242_l6-traditional-pinyin-host-copy-quality-news-item-province-quality-month-launch-2020-deck-headline-photo-credit-question-mark-byline-five-series-results.txt",
        "pre": [],
        "post": [],
        "pinyin": "聯動項網識強費監標檢驗關農務",
    },
    {
        "src": "z2248.src.txt",
        "out": "z2248_l6-big5-gate-taiwan-phrase-radio-site-province-press-conference-quality-province-results-2020-quality-rendered-pinzhi-datetime-source-editor-glued-headline-repeated-caption-results.txt",
        "pre": [("质量", "品质")],
        "post": [("產", "産")],
        "pinyin": "",
    },
    {
        "src": "z2249.src.txt",
        "out": "z2249_l6-traditional-pinyin-unrelated-host-copy-province-economic-info-site-province-quality-and-standardization-conference-2024-welcome-crumb-bullet-time-clicks-source-caption-first-results-restated-aim.txt",
        "pre": [],
        "post": [],
        "pinyin": "經質標強設協調進領導長",
    },
]


def s2tw(text: str) -> str:
    done = subprocess.run(["opencc", "-c", "s2tw.json"], input=text.encode("utf-8"),
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def add_pinyin(text: str, chars: str) -> str:
    wanted = set(chars)
    return "".join(c + "(" + READING[c] + ")" if c in wanted else c for c in text)


def main() -> None:
    for job in JOBS:
        text = (HERE / job["src"]).read_text(encoding="utf-8")
        for a, b in job["pre"]:
            text = text.replace(a, b)
        text = s2tw(text)
        for a, b in job["post"]:
            text = text.replace(a, b)
        if job["pinyin"]:
            text = add_pinyin(text, job["pinyin"])
        (OUT / job["out"]).write_text(text, encoding="utf-8")
        print("wrote", job["out"])


if __name__ == "__main__":
    main()
