#!/usr/bin/env python3
"""Gives a PDF-text copy (zoo part J, z202) the look-alike characters a PDF text layer yields: Kangxi radicals
(U+2F00 block, folded by NFKC) for some CJK characters, in body text only — from the first line starting with
START on, except running headers (lines starting with HEADER) and page numbers (`— N —`), which the real copies
showed clean. Usage: pdf_lookalikes_body.py SRC OUT START HEADER. Deterministic (a fixed table)."""
import sys

LOOK = {"工": "\u2f2f", "行": "\u2f8f", "面": "\u2faf", "生": "\u2f63", "大": "\u2f24", "高": "\u2fbc", "力": "\u2f12"}


def main() -> None:
    src, out, start_prefix, header_prefix = sys.argv[1:5]
    lines = open(src, encoding="utf-8").read().split("\n")
    start = next((i for i, l in enumerate(lines) if l.startswith(start_prefix)), None)
    if start is None:
        sys.exit(f"pdf_lookalikes_body.py: {src}: no line starts with {start_prefix!r}")
    res = []
    for i, line in enumerate(lines):
        if i >= start and not line.startswith(header_prefix) and not line.startswith("—"):
            line = "".join(LOOK.get(c, c) for c in line)
        res.append(line)
    open(out, "w", encoding="utf-8").write("\n".join(res))


if __name__ == "__main__":
    main()
