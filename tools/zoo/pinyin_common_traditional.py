#!/usr/bin/env python3
"""Inserts pinyin after some common characters of a Traditional HTML page, as the pinyin plug-in of some company
sites does once the page has gone through its Simplified -> Traditional step (zoo part X, z350).

Reads HTML on stdin, writes it on stdout. Only text between tags is touched (never tag names, attributes,
<script> or <style> contents), inside <title> and from <body> on. Unlike pinyin_after_traditional.py (characters
whose Traditional form differs), the plug-in seen on the sampled page annotates a fixed set of very common
characters, most of them the same in both scripts (中, 一, 工, 大, 下, 放, 知), so the readings land inside the
issuers (中(zhōng)共中(zhōng)央), the headings (一(yī)、總體(tǐ)要求) and the target names alike. The converter in
front of it is a partial one: it leaves 标, 産, 争, 并 and 布 Simplified or variant, as the sampled page does.
"""
import sys

from page_text import map_page_text

# Characters the plug-in annotates, with the readings it shows.
READINGS = {
    "中": "zhōng",
    "一": "yī",
    "體": "tǐ",
    "工": "gōng",
    "大": "dà",
    "下": "xià",
    "開": "kāi",
    "放": "fàng",
    "知": "zhī",
    "資": "zī",
}

# What the partial converter leaves as the sampled page shows it.
UNDO = {"標": "标", "產": "産", "爭": "争", "併": "并", "佈": "布"}



def annotate(text: str) -> str:
    out = []
    for ch in text:
        ch = UNDO.get(ch, ch)
        out.append(ch + f"({READINGS[ch]})" if ch in READINGS else ch)
    return "".join(out)


def main() -> None:
    sys.stdout.write(map_page_text(sys.stdin.read(), annotate))


if __name__ == "__main__":
    main()
