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
import re
import sys

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

TOKEN = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)


def annotate(text: str) -> str:
    out = []
    for ch in text:
        ch = UNDO.get(ch, ch)
        out.append(ch + f"({READINGS[ch]})" if ch in READINGS else ch)
    return "".join(out)


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
