#!/usr/bin/env python3
"""Lays out a source as text copied out of a WPS-exported government PDF (zoo part G, z130).

What such copies show, and what this script reproduces, deterministically:
  - body lines broken at a fixed width of the printed page, counted in display columns (a CJK character two, an
    ASCII character one), with no indent kept and no hyphenation: words, names and numbers are cut wherever the
    line ends (`46.57 亿` / `元`);
  - a space on each side of every run of ASCII letters and digits that touches a CJK ideograph (`2025 年`,
    `达到 94.5% 以上`, `〔2023〕27 号`), because the PDF places Latin glyphs as separate text runs; none next to
    punctuation, and no line starts with closing punctuation (kinsoku);
  - a centred `- N -` page number after every page of body lines, and nothing else (no running head).
Source markup, one paragraph per line:
  '# ' comment (skipped)    '|' kept as written on one line (title block, number, signature)
  '#PAGE' force a page break                other text: a paragraph, wrapped
Reads the source named on the command line, writes the fixture on stdout.
"""
import re
import sys
import unicodedata

COLUMNS = 54          # display columns of a body line (27 CJK characters)
LINES_PER_PAGE = 24

ASCII_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%/\-]*")


def ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


NO_LINE_START = "，。、；：？！）》」』”’％"   # WPS never starts a line with these (kinsoku): they stay on the line they close


def spaced(text: str) -> str:
    """Puts a space on each side of an ASCII run that touches CJK text, as the PDF's separate runs come out."""
    def pad(m: re.Match) -> str:
        start, end = m.start(), m.end()
        before = " " if start > 0 and ideograph(text[start - 1]) else ""
        after = " " if end < len(text) and ideograph(text[end]) else ""
        return before + m.group(0) + after
    return ASCII_RUN.sub(pad, text)


def width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(paragraph: str) -> list[str]:
    lines, line, used = [], "", 0
    for ch in spaced(paragraph):
        w = width(ch)
        if used + w > COLUMNS and ch not in NO_LINE_START:
            lines.append(line.rstrip(" "))
            line, used = "", 0
            if ch == " ":
                continue
        line += ch
        used += w
    if line.strip():
        lines.append(line.rstrip(" "))
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
    out = []
    for number, page in enumerate(pages, start=1):
        out.extend(page)
        out.append(f"- {number} -")
        out.append("")
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
