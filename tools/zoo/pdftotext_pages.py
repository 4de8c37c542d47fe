#!/usr/bin/env python3
"""Lays out a source as `pdftotext` (non-layout mode) delivers a Word-exported PDF: fixed-width lines, a
`第 N 页 共 M 页` footer on each page and a form feed (U+000C) between pages.

Used for zoo part D's z71. It differs from gazette_pdf_text.py (z52) on purpose: no running heads and no
`— N —` numbers, but form feeds, a page-of-pages footer, and chapter/section headings whose characters come out
separated by spaces (the PDF set them with character spacing, so extraction puts a space between glyphs).

Source markup, one paragraph per line:
  '# ' comment (skipped)     '|' kept as written, one line (page furniture, centred lines, signature)
  '!' heading spaced out glyph by glyph      '#PAGE' force a page break      other text: paragraph, wrapped
Reads the source named on the command line, writes the fixture on stdout. Deterministic.
"""
import sys

WIDTH = 28            # full-width characters per body line
LINES_PER_PAGE = 26
INDENT = "　　"


NO_LINE_START = "，。、；：？！）》」』”’％%"   # Word never starts a line with these (kinsoku)


def wrap(paragraph: str) -> list[str]:
    text, lines = INDENT + paragraph, []
    while text:
        cut = min(WIDTH, len(text))
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1          # the punctuation stays on the line it closes, which then runs a little long
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def spaced(heading: str) -> str:
    # '第一章　发展基础' -> '第 一 章   发 展 基 础' (an ideographic space becomes a wider gap)
    return " ".join(ch if ch != "　" else " " for ch in heading.strip())


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
            lines = [raw[1:]]
        elif raw.startswith("!"):
            lines = [spaced(raw[1:])]
        elif raw.strip():
            lines = wrap(raw.strip())
        else:
            continue
        for line in lines:
            if len(current) == LINES_PER_PAGE:
                pages.append(current)
                current = []
            current.append(line)
    if current:
        pages.append(current)
    total = len(pages)
    out = []
    for number, page in enumerate(pages, 1):
        out.append("\n".join(page) + "\n\n" + f"第 {number} 页 共 {total} 页" + "\n")
    sys.stdout.write("\f".join(out))


if __name__ == "__main__":
    main()
