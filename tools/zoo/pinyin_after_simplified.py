#!/usr/bin/env python3
"""Inserts pinyin after some Simplified characters of an HTML page's text, the way some portals' "pinyin" reading aid
(and pages saved from it) do: 人(rén)民政府, 发(fā)展, 水(shuǐ)平 — annotation by character, so it lands inside names,
numbers' issuer codes and words. Zoo part J (z186) is built with it (tools/zoo/build-part-j.sh).

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tags, attributes, <script> or
<style>); inside <title> and <body> every occurrence of a character in READINGS gets "(reading)" after it.
Deterministic: a fixed table, no randomness.
"""
import re
import sys

# Frequent Simplified characters such aids annotate; the common reading of each.
READINGS = {
    "发": "fā",
    "和": "hé",
    "大": "dà",
    "的": "de",
    "高": "gāo",
    "下": "xià",
    "人": "rén",
    "水": "shuǐ",
    "重": "zhòng",
    "行": "xíng",
}

TOKEN = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)


def annotate(text: str) -> str:
    return "".join(ch + f"({READINGS[ch]})" if ch in READINGS else ch for ch in text)


def main() -> None:
    page = sys.stdin.read()
    out = []
    inside = False  # within <title> or <body>
    for part in TOKEN.split(page):
        if part.startswith("<"):
            low = part.lower()
            if low.startswith("<title") or low.startswith("<body"):
                inside = True
            elif low.startswith("</title"):
                inside = False
            out.append(part)
        else:
            out.append(annotate(part) if inside else part)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
