#!/usr/bin/env python3
"""Inserts pinyin after some Traditional characters of an HTML page's text, as some policy-mirror sites do.

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tag names, attributes,
<script> or <style> contents); inside <title> and <body> every occurrence of a character in READINGS gets
"(reading)" after it. Unlike tools/zoo/add_pinyin.py (part A: frequent characters such as 人, 和, 的), these
mirrors annotate characters whose Traditional form differs from the Simplified one, so the annotation lands
inside names, numbers' issuer codes and target names alike: 質(zhì)量, 發(fā)展, 區(qū), 計(jì)劃.
"""
import sys

from page_text import map_page_text

# A fixed set of converted characters such mirrors annotate; readings are the common ones.
READINGS = {
    "發": "fā",
    "關": "guān",
    "區": "qū",
    "質": "zhì",
    "強": "qiáng",
    "計": "jì",
    "經": "jīng",
    "現": "xiàn",
    "認": "rèn",
    "實": "shí",
    "點": "diǎn",
    "標": "biāo",
    "準": "zhǔn",
    "產": "chǎn",
    "農": "nóng",
    "責": "zé",
}



def annotate(text: str) -> str:
    return "".join(ch + f"({READINGS[ch]})" if ch in READINGS else ch for ch in text)


def main() -> None:
    sys.stdout.write(map_page_text(sys.stdin.read(), annotate))


if __name__ == "__main__":
    main()
