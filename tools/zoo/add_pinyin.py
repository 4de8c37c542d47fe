#!/usr/bin/env python3
"""Inserts pinyin after some characters of an HTML page's text, the way pinyin-annotating mirror sites do.

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tag names, attributes,
<script> or <style> contents); inside <title> and <body> every occurrence of a character in READINGS gets
"(reading)" after it. Mirrors annotate by character, not by word, so 人(rén)民政府 and 水(shuǐ)平 come out
with the annotation inside names and words — which is exactly what a reader of such pages must undo.
"""
import re
import sys

# A fixed, small set: frequent characters that such mirrors annotate. Readings are the common ones.
READINGS = {
    "發": "fā",
    "和": "hé",
    "大": "dà",
    "的": "de",
    "高": "gāo",
    "下": "xià",
    "人": "rén",
    "水": "shuǐ",
}

TOKEN = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)


def annotate(text: str) -> str:
    return "".join(ch + f"({READINGS[ch]})" if ch in READINGS else ch for ch in text)


def main() -> None:
    html = sys.stdin.read()
    parts = TOKEN.split(html)
    out = []
    in_head_only = True  # text in <head> outside <title> is whitespace; annotate from <title> on
    for part in parts:
        if TOKEN.fullmatch(part):
            out.append(part)
            if part.lower().startswith("<title"):
                in_head_only = False
            if part.lower().startswith("</title"):
                in_head_only = True
            if part.lower().startswith("<body"):
                in_head_only = False
            continue
        out.append(part if in_head_only else annotate(part))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
