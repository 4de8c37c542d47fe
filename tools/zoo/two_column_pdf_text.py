#!/usr/bin/env python3
"""Lay out a gazette article as the text a PDF viewer gives when a TWO-column page is copied row by row.

Used by tools/zoo/build-part-e.sh for zoo fixture z95. Python 3 standard library only; deterministic.
Usage: python3 two_column_pdf_text.py SRC > OUT

Why: gazette PDFs set the body in two columns; some viewers copy a selection by visual rows, so every line of the
result is the left column's piece of that row, a space, and the right column's piece. Sentences are cut at the
column width and interleaved with the other column's sentences; that is the mess the fixture must reproduce.

Source markup (see the source's header): `@head LEFT|RIGHT` running head; `@first TEXT` full-width lines above the
columns of the first page; other lines are body paragraphs (`>` flush right, `=` flush left, else a two-ideograph
first-line indent). The body is flowed down the left column, then the right, then onto the next page.
"""
import sys

WIDTH = 19          # characters per column line (the source is CJK text: one character, one cell)
FIRST_ROWS = 17     # rows under the title block on page 1
ROWS = 9            # rows on the last page (the article ends a third of the way down it)
INDENT = "\u3000\u3000"
NO_LINE_START = "，。、；：？！）》〕”’%％"


def wrap(paragraph):
    """Break one paragraph into column lines of at most WIDTH characters."""
    if paragraph.startswith(">"):
        text = paragraph[1:]
        return [text.rjust(WIDTH, "\u3000")]
    if paragraph.startswith("="):
        text = paragraph[1:]
    else:
        text = INDENT + paragraph
    lines, start = [], 0
    while start < len(text):
        cut = start + WIDTH
        # Typesetting rule (kinsoku): a line never starts with closing punctuation; it hangs at the end instead.
        while cut < len(text) and text[cut] in NO_LINE_START:
            cut += 1
        lines.append(text[start:cut])
        start = cut
    return lines


def main(path):
    head = ("", "")
    first, body = [], []
    with open(path, encoding="utf-8") as src:
        for raw in src:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@head "):
                left, _, right = line[6:].partition("|")
                head = (left, right)
            elif line.startswith("@first "):
                first.append(line[7:])
            else:
                body.extend(wrap(line))

    out = []
    page, pos = 1, 0
    while pos < len(body):
        rows = FIRST_ROWS if page == 1 else ROWS
        # Running head: the gazette name on odd pages, the issue on even pages (as printed).
        out.append(head[0] if page % 2 == 1 else head[1])
        out.append("")
        if page == 1:
            for line in first:
                out.append(line.center(2 * WIDTH + 1, "\u3000").rstrip("\u3000"))
            out.append("")
        left = body[pos:pos + rows]
        right = body[pos + rows:pos + 2 * rows]
        pos += 2 * rows
        for i in range(max(len(left), len(right))):
            l = left[i] if i < len(left) else ""
            r = right[i] if i < len(right) else ""
            # The viewer joins the two pieces of a visual row with one space and drops trailing blanks.
            out.append((l + " " + r).rstrip(" \u3000") if l else r.rstrip(" \u3000"))
        out.append("")
        out.append(f"— {11 + page} —")
        out.append("\f")
        page += 1
    sys.stdout.write("\n".join(out).rstrip("\f\n") + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: two_column_pdf_text.py SRC > OUT")
    main(sys.argv[1])
