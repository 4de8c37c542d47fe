#!/usr/bin/env python3
"""Write the HTML sibling of samples/linxi-2018-quality-county-plan.docx from the same source text.

The source is tools/samples/linxi-2018-quality-county-plan.src.txt (its markup is described at its top). Word numbers
the outline paragraphs of the DOCX from word/numbering.xml; HTML has no list numbering that survives printing as
text, so the numbers (一、 / (一) / 1.) are written here, restarting as Word restarts them. The page is laid out like a
printed 公文 (GB/T 9704: A4, 16 pt body with a two-character first-line indent, 22 pt title, red masthead) and carries
what real PDFs of such documents carry and a reader must drop: a running header on every printed page and a page
number `— N —` in the footer, on the outer side (odd pages right, even pages left), through CSS page margin boxes.

Usage: python3 tools/formats/make_html.py SRC OUT
"""
import sys
from html import escape
from pathlib import Path

CHINESE = "一二三四五六七八九十"

STYLE = """
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @top-center { content: "临溪县人民政府门户网站 · 政府信息公开"; font: 10.5pt "WenQuanYi Zen Hei", "Noto Sans CJK SC"; color: #555; }
}
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "AR PL UMing CN", "Noto Serif CJK SC"; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "AR PL UMing CN", "Noto Serif CJK SC"; } }
body { margin: 0; font-family: "AR PL UMing CN", "Noto Serif CJK SC"; font-size: 16pt; line-height: 28.9pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.plain, p.right, p.centre, h1, h2 { text-indent: 0; }
p.right { text-align: right; padding-right: 2em; }
p.centre { text-align: center; }
p.masthead { text-align: center; text-indent: 0; color: #d00; font-size: 30pt; line-height: 1.4; margin: 6mm 0 10mm; letter-spacing: 0.1em; }
p.docno { border-bottom: 1.5pt solid #d00; padding-bottom: 6mm; margin-bottom: 10mm; }
h1 { font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 6mm 0; }
h2 { font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC"; }
b.lead { font-weight: normal; font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC"; }
hr.rule { border: 0; border-top: 1pt solid #000; margin: 4mm 0; }
.pagebreak { break-after: page; }
"""


def chinese_number(n):
    if n <= 10:
        return CHINESE[n - 1]
    if n < 20:
        return "十" + CHINESE[n - 11]
    return CHINESE[n // 10 - 1] + "十" + (CHINESE[n % 10 - 1] if n % 10 else "")


def outline(text, level):
    """A heading sentence up to the first 。 (when short, as in the DOCX) is set in another face."""
    cut = text.find("。")
    if level > 0 and 0 <= cut < 25:
        return f'<b class="lead">{escape(text[:cut + 1])}</b>{escape(text[cut + 1:])}'
    return escape(text)


def build(lines):
    counters = [0, 0, 0]
    title = None
    body = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, text = line.partition(" ") if line.startswith("@") else ("", "", line)
        if tag == "@header":
            body.append(f'<p class="masthead">{escape(text)}</p>')
        elif tag == "@docno":
            body.append(f'<p class="centre docno">{escape(text)}</p>')
        elif tag == "@title":
            title = title or text
            body.append(f"<h1>{escape(text)}</h1>")
        elif tag == "@plain":
            body.append(f'<p class="plain">{escape(text)}</p>')
        elif tag == "@right":
            body.append(f'<p class="right">{escape(text)}</p>')
        elif tag == "@pagebreak":
            body.append('<div class="pagebreak"></div>')
        elif tag == "@rule":
            body.append('<hr class="rule">')
        elif tag in ("@1", "@2", "@3"):
            level = int(tag[1]) - 1
            counters[level] += 1
            for deeper in range(level + 1, 3):
                counters[deeper] = 0
            number = [f"{chinese_number(counters[0])}、", f"({chinese_number(counters[1])})", f"{counters[2]}."][level]
            element = "h2" if level == 0 else "p"
            body.append(f"<{element}>{escape(number)}{outline(text, level)}</{element}>")
        elif tag == "":
            body.append(f"<p>{escape(text)}</p>")
        else:
            raise SystemExit(f"unknown markup {tag!r}")
    return title, body


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    title, body = build(Path(argv[1]).read_text(encoding="utf-8").splitlines())
    page = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")
    Path(argv[2]).write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
