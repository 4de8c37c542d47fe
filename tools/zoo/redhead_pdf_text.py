#!/usr/bin/env python3
"""Lays out a source as text copied out of a red-masthead government PDF (zoo part H, z153).

What such copies show, and what this script reproduces, deterministically:
  - body lines broken at a fixed width of the printed page (28 full-width characters; an ASCII character counts
    half), no indent kept, names and numbers cut wherever the line ends; closing punctuation is never moved to
    the start of a line (it stays on the line it closes, which then runs a little long);
  - the PDF's font maps some ideographs to Kangxi radicals or CJK radical-supplement look-alikes (⼯ ⾏ ⾯ ⼈ ⺠ ⻔
    ⽅ ⾼ ⼒ ⻓ ⽤ ⽣ ⾷ ⻘), in body text only: the masthead, number, title block and signature were set in other
    fonts and come out clean;
  - a centred `— N —` page number after every page of body lines, no running head.
Source markup, one line each:
  '# ' comment (skipped)      '|' kept as written on its own line (masthead, number, title, signature, 版记)
  '#PAGE' force a page break  other text: a paragraph, wrapped and given the look-alikes
Reads the source named on the command line, writes the fixture on stdout.
"""
import sys

WIDTH = 56            # display columns of a body line (28 full-width characters)
LINES_PER_PAGE = 22
NO_LINE_START = "，。、；：？！）》」』”’％%"

LOOK_ALIKES = {
    "工": "\u2f2f", "行": "\u2f8f", "面": "\u2faf", "人": "\u2f08", "民": "\u2ea0", "门": "\u2ed4",
    "方": "\u2f45", "高": "\u2fbc", "力": "\u2f12", "长": "\u2ed3", "用": "\u2f64", "生": "\u2f63",
    "食": "\u2fb7", "青": "\u2ed8",
}


def columns(ch: str) -> int:
    return 1 if ord(ch) < 0x2e80 else 2


def wrap(paragraph: str) -> list[str]:
    lines, line, width = [], "", 0
    for ch in paragraph:
        if width + columns(ch) > WIDTH and ch not in NO_LINE_START:
            lines.append(line)
            line, width = "", 0
        line += ch
        width += columns(ch)
    if line:
        lines.append(line)
    return lines


def main() -> None:
    pages, current = [], []
    for raw in open(sys.argv[1], encoding="utf-8").read().splitlines():
        if raw.startswith("# ") or raw == "#":
            continue
        if raw == "#PAGE":
            pages.append(current)
            current = []
            continue
        if raw.startswith("|"):
            new = [raw[1:]]
        elif raw.strip():
            new = wrap("".join(LOOK_ALIKES.get(ch, ch) for ch in raw.strip()))
        else:
            continue
        for line in new:
            if len(current) == LINES_PER_PAGE:
                pages.append(current)
                current = []
            current.append(line)
    if current:
        pages.append(current)
    out = []
    for number, page in enumerate(pages, 1):
        out.extend(page)
        out.extend(["", f"                        — {number} —", ""])
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
