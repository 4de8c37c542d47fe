#!/usr/bin/env python3
"""Build samples/linxi-2018-quality-county-plan.docx from tools/samples/linxi-2018-quality-county-plan.src.txt.

Python 3 standard library only (zipfile + hand-written WordprocessingML). The outline is REAL Word list
numbering: outline paragraphs carry <w:numPr> and their numbers (一、 / (一) / 1.) are produced by
word/numbering.xml, never typed in the text. Output is byte-for-byte reproducible (fixed zip timestamps).

Usage (from anywhere):  python3 tools/samples/make_docx.py [SRC [OUT]]
The markup of the source file is described in the comment lines at its top.
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SRC = ROOT / "tools" / "samples" / "linxi-2018-quality-county-plan.src.txt"
DEFAULT_OUT = ROOT / "samples" / "linxi-2018-quality-county-plan.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
ZIP_TIME = (2018, 6, 8, 9, 0, 0)

# Fonts of the GB/T 9704 公文 format.
F_TITLE = "方正小标宋简体"
F_BODY = "仿宋_GB2312"
F_L1 = "黑体"
F_L2 = "楷体_GB2312"

NUM_ID = 1          # the one list instance used by the attachment's outline
HEADING_MAX = 25    # a first sentence this short (characters, up to and including '。') is a run heading


def fonts(east_asia):
    return (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            f'w:eastAsia="{east_asia}" w:cs="Times New Roman"/>')


def run(text, east_asia=None, size=None, color=None, bold=False):
    rpr = ""
    if east_asia:
        rpr += fonts(east_asia)
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(runs, style=None, num_level=None, jc=None, indent_first=None, border_bottom=False, spacing=None):
    # Child order follows CT_PPr: pStyle, keepNext, numPr, pBdr, spacing, ind, jc.
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
        if style == "Heading1":
            ppr += "<w:keepNext/>"
    if num_level is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num_level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'
    if border_bottom:
        ppr += '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'
    if spacing:
        ppr += spacing
    if indent_first is not None:
        ppr += f'<w:ind w:firstLine="{indent_first}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def outline_runs(text, level):
    """Level 0 is a whole-line heading; on levels 1-2 a short first sentence becomes its own run."""
    if level == 0:
        return [run(text, F_L1)]
    head_font = F_L2 if level == 1 else F_BODY
    cut = text.find("。")
    if cut == -1:
        return [run(text, head_font, bold=(level == 2))]
    if cut + 1 <= HEADING_MAX:
        head, rest = text[: cut + 1], text[cut + 1:]
        runs = [run(head, head_font, bold=(level == 2))]
        if rest:
            runs.append(run(rest))
        return runs
    return [run(text)]


def build_body(lines):
    out = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            tag, _, text = line.partition(" ")
        else:
            tag, text = "", line
        if tag == "@header":
            out.append(para([run(text, F_TITLE, size=60, color="FF0000")], jc="center",
                            spacing='<w:spacing w:before="240" w:after="480" w:line="240" w:lineRule="auto"/>'))
        elif tag == "@docno":
            out.append(para([run(text)], jc="center", border_bottom=True,
                            spacing='<w:spacing w:after="480"/>'))
        elif tag == "@title":
            out.append(para([run(text, F_TITLE, size=44)], style="Title", jc="center"))
        elif tag == "@plain":
            out.append(para([run(text)], indent_first=0))
        elif tag == "@right":
            out.append(para([run(text)], jc="right", indent_first=0))
        elif tag == "@pagebreak":
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif tag == "@rule":
            out.append(para([], border_bottom=True, indent_first=0))
        elif tag in ("@1", "@2", "@3"):
            level = int(tag[1]) - 1
            out.append(para(outline_runs(text, level), style="Heading1" if level == 0 else None,
                            num_level=level))
        elif tag == "":
            out.append(para([run(text)]))
        else:
            raise SystemExit(f"line {lineno}: unknown markup {tag!r}")
    return out


def document_xml(body):
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>')
    return (XML_DECL + f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
            + "".join(body) + sect + "</w:body></w:document>")


def styles_xml():
    return (XML_DECL + f'<w:styles xmlns:w="{W_NS}">'
            '<w:docDefaults><w:rPrDefault><w:rPr>' + fonts(F_BODY) +
            '<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
            '<w:spacing w:after="0" w:line="560" w:lineRule="exact"/><w:jc w:val="both"/>'
            '</w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:ind w:firstLine="640"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" '
            'w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            '<w:rPr>' + fonts(F_TITLE) + '<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>'
            '<w:rPr>' + fonts(F_L1) + '</w:rPr></w:style>'
            '</w:styles>')


def numbering_xml():
    # (numFmt, lvlText, font of the number) per level; GB/T 9704: 一、 (一) 1. (1)
    levels = [
        ("chineseCounting", "%1、", F_L1),
        ("chineseCounting", "(%2)", F_L2),
        ("decimal", "%3.", F_BODY),
        ("decimal", "(%4)", F_BODY),
    ] + [("decimal", f"%{i + 1}.", F_BODY) for i in range(4, 9)]
    lvls = []
    for i, (fmt, text, font) in enumerate(levels):
        # Child order follows CT_Lvl: start, numFmt, suff, lvlText, lvlJc, pPr, rPr.
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            f'<w:rPr>{fonts(font)}</w:rPr></w:lvl>')
    return (XML_DECL + f'<w:numbering xmlns:w="{W_NS}">'
            '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3E27"/>'
            '<w:multiLevelType w:val="multilevel"/>' + "".join(lvls) + '</w:abstractNum>'
            f'<w:num w:numId="{NUM_ID}"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


CONTENT_TYPES = (XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')

PACKAGE_RELS = (XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    '</Relationships>')

DOCUMENT_RELS = (XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
    'Target="numbering.xml"/>'
    '</Relationships>')

CORE = (XML_DECL +
    '<cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>临溪县人民政府办公室关于印发临溪县创建质量强县工作方案的通知</dc:title>'
    '<dc:creator>临溪县人民政府办公室</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2018-06-08T01:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2018-06-11T02:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def main(argv):
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    body = build_body(src.read_text(encoding="utf-8").splitlines())
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", CORE),
        ("word/document.xml", document_xml(body)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, xml.encode("utf-8"))
    print(f"wrote {out} ({out.stat().st_size} bytes, {len(body)} paragraphs)")


if __name__ == "__main__":
    main(sys.argv)
