#!/usr/bin/env python3
"""Lays out a gazette source as text extracted from a PDF: fixed-width lines, page numbers, running heads.

Reads the source named on the command line, writes the fixture on stdout. Used for z52 only. Real gazette PDFs
come out of text extraction with every line broken at the column width (mid-word, mid-number), a centred page
number `— N —` at each page foot and a running head on each page that alternates between the gazette's name
with its issue and the section's name; a sentence runs on across the page break. The layout is deterministic.
"""
import sys

WIDTH = 27            # characters per body line (full-width characters)
LINES_PER_PAGE = 24   # body lines per page after the cover page
HEAD_EVEN = "天水市人民政府公报　　　　　　　　　　　２０２２年第４期"
HEAD_ODD = "　　　　　　　　　　　　　　　　　　　　　　市政府文件"
INDENT = "　　"


def wrap(paragraph: str) -> list[str]:
    text = INDENT + paragraph
    return [text[i:i + WIDTH] for i in range(0, len(text), WIDTH)]


def main() -> None:
    cover, body, in_cover = [], [], True
    for raw in open(sys.argv[1], encoding="utf-8").read().splitlines():
        if raw.startswith("# ") or raw == "#":
            continue
        if raw == "#COVER-END":
            in_cover = False
            continue
        target = cover if in_cover else body
        if raw.startswith("|"):
            target.append(raw[1:])
        elif raw.strip():
            target.extend(wrap(raw.strip()))
    out = cover + ["", "　　　　　　　　　　　　— 1 —", ""]
    page = 2
    for start in range(0, len(body), LINES_PER_PAGE):
        out.append(HEAD_EVEN if page % 2 == 0 else HEAD_ODD)
        out.extend(body[start:start + LINES_PER_PAGE])
        out.extend(["", f"　　　　　　　　　　　　— {page} —", ""])
        page += 1
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
