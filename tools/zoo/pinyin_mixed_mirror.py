#!/usr/bin/env python3
"""Inserts pinyin after some characters of a Simplified HTML page, turning a few of them Traditional, as the
pinyin plug-in of some site builders does to company and association sites (zoo part G, z136).

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tag names, attributes,
<script> or <style> contents), inside <title> and from <body> on. Such pages are Simplified text in which a fixed
set of characters is annotated, and part of that set is also swapped for its Traditional form, so a reader meets
both 海(hǎi)南省 and 國(guó)務(wù)院 on one page — in names, titles and target names alike.
"""
import re
import sys

# Simplified character -> what the page shows: the character (sometimes Traditional) and its reading.
ANNOTATED = {
    "海": "海(hǎi)",
    "民": "民(mín)",
    "理": "理(lǐ)",
    "新": "新(xīn)",
    "有": "有(yǒu)",
    "文": "文(wén)",
    "区": "區(qū)",
    "国": "國(guó)",
    "务": "務(wù)",
    "为": "為(wèi)",
    "体": "體(tǐ)",
    "电": "電(diàn)",
    "长": "長(cháng)",
}

TOKEN = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)


def annotate(text: str) -> str:
    return "".join(ANNOTATED.get(ch, ch) for ch in text)


def main() -> None:
    out = []
    outside = True  # text in <head> outside <title> is whitespace; annotate inside <title> and from <body> on
    for part in TOKEN.split(sys.stdin.read()):
        if TOKEN.fullmatch(part):
            out.append(part)
            tag = part.lower()
            if tag.startswith("<title") or tag.startswith("<body"):
                outside = False
            elif tag.startswith("</title"):
                outside = True
            continue
        out.append(part if outside else annotate(part))
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
