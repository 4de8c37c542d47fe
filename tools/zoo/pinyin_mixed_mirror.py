#!/usr/bin/env python3
"""Inserts pinyin after some characters of a Simplified HTML page, turning a few of them Traditional, as the
pinyin plug-in of some site builders does to company and association sites (zoo part G, z136).

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tag names, attributes,
<script> or <style> contents), inside <title> and from <body> on. Such pages are Simplified text in which a fixed
set of characters is annotated, and part of that set is also swapped for its Traditional form, so a reader meets
both 海(hǎi)南省 and 國(guó)務(wù)院 on one page — in names, titles and target names alike.
"""
import sys

from page_text import map_page_text

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



def annotate(text: str) -> str:
    return "".join(ANNOTATED.get(ch, ch) for ch in text)


def main() -> None:
    sys.stdout.write(map_page_text(sys.stdin.read(), annotate))


if __name__ == "__main__":
    main()
