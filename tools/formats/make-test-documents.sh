#!/usr/bin/env bash
# Makes the PDF, .doc and .wps test documents of tests/PolicyGraph.Testing/Documents/formats/ from the team's own sample,
# samples/linxi-2018-quality-county-plan.docx, and its HTML sibling written here from the same source text
# (tools/samples/linxi-2018-quality-county-plan.src.txt). The outputs are committed, so the tests need neither
# chromium nor this script; run it again (from anywhere) after changing the sample or this script.
#
#   linxi-2018-quality-county-plan.html            the HTML sibling (tools/formats/make_html.py): numbers typed as Word
#                                                  renders them, a running header and a page number `— N —` in the
#                                                  margins of every printed page (CSS page margin boxes)
#   linxi-2018-quality-county-plan.pdf             that HTML printed by Debian's chromium (Skia): CID TrueType fonts
#                                                  (Identity-H with ToUnicode, as Word and WPS write Chinese PDFs),
#                                                  justified text, the header and page numbers as text
#   linxi-2018-quality-county-plan.libreoffice.pdf the DOCX printed by LibreOffice: a character grid that spreads
#                                                  every letter, punctuation hanging past the right margin
#   linxi-2018-quality-county-plan.doc             the DOCX saved by LibreOffice as Word 97–2003
#   linxi-2018-quality-county-plan.wps             the same bytes: a Kingsoft WPS Writer file is a Word 97 compound
#                                                  file under its own extension, so the copy is a fair .wps
#   linxi-2018-quality-county-plan.permissions.pdf the DOCX printed by LibreOffice, encrypted with a permissions
#                                                  (owner) password only: it opens without a password
#   linxi-2018-quality-county-plan.password.pdf    the same, with a password needed to open it
#   scanned-county-plan.pdf                        two pages that are pictures of the HTML (screenshots), no text layer
#   kangxi-lookalikes.pdf                          a short plan whose text uses Kangxi radicals for some characters
#                                                  (⼯ ⾏ ⾯ ⽅ ⽔), as PDF extraction often yields them
#
# Fonts: chromium embeds Noto CJK (OpenType CFF in a collection) only as Type 3 glyph procedures, which no Chinese
# office suite writes; AR PL UMing (明体, TrueType) and WenQuanYi Zen Hei (黑体, TrueType) are embedded as CID
# TrueType fonts, as 宋体/仿宋 and 黑体 are by Word and WPS. Needs (Debian): chromium fonts-arphic-uming
# fonts-wqy-zenhei fonts-noto-cjk libreoffice-writer-nogui python3.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/tests/PolicyGraph.Testing/Documents/formats"
source_text="$root/tools/samples/linxi-2018-quality-county-plan.src.txt"
docx="$root/samples/linxi-2018-quality-county-plan.docx"
name=linxi-2018-quality-county-plan

for tool in chromium soffice python3 fc-list; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "make-test-documents: $tool not found; apt-get install -y chromium fonts-arphic-uming fonts-wqy-zenhei fonts-noto-cjk libreoffice-writer-nogui" >&2
    exit 1
  }
done
families="$(fc-list : family)"
for family in "AR PL UMing CN" "WenQuanYi Zen Hei"; do
  grep -q "$family" <<<"$families" || { echo "make-test-documents: font $family missing; apt-get install -y fonts-arphic-uming fonts-wqy-zenhei" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

print_pdf() { # html pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  [ -s "$2" ] || { echo "make-test-documents: chromium did not print $1" >&2; exit 1; }
}

office() { # arguments… (a profile of its own, so that it neither uses nor disturbs the user's)
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1
}

# The HTML sibling and its print.
python3 "$root/tools/formats/make_html.py" "$source_text" "$out/$name.html"
print_pdf "$out/$name.html" "$out/$name.pdf"

# LibreOffice's print of the DOCX, plain and encrypted, and the DOCX as Word 97–2003.
cp "$docx" "$work/$name.docx"
office --convert-to pdf --outdir "$work/plain" "$work/$name.docx"
cp "$work/plain/$name.pdf" "$out/$name.libreoffice.pdf"
office --convert-to 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner-2018"},"EnableCopyingOfContent":{"type":"boolean","value":"false"}}' \
  --outdir "$work/permissions" "$work/$name.docx"
cp "$work/permissions/$name.pdf" "$out/$name.permissions.pdf"
office --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"linxi-2018"}}' \
  --outdir "$work/password" "$work/$name.docx"
cp "$work/password/$name.pdf" "$out/$name.password.pdf"
office --convert-to doc --outdir "$work/doc" "$work/$name.docx"
cp "$work/doc/$name.doc" "$out/$name.doc"
cp "$out/$name.doc" "$out/$name.wps"

# A scan: screenshots of the page's first two screens, each printed as a picture filling a page.
for page in 1 2; do
  offset=$(( (page - 1) * 1000 ))
  sed "s|</style>|@media screen { body { padding: 70px 80px; margin-top: -${offset}px; } }</style>|" "$out/$name.html" >"$work/screen-$page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=794,1123 \
    --screenshot="$work/page-$page.png" "file://$work/screen-$page.html" >/dev/null 2>&1
done
cat >"$work/scan.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>@page { size: A4; margin: 0; } body { margin: 0; }
img { display: block; width: 210mm; height: 296mm; break-after: page; }</style></head>
<body><img src="page-1.png" alt=""><img src="page-2.png" alt=""></body></html>
HTML
print_pdf "$work/scan.html" "$out/scanned-county-plan.pdf"

# Text whose characters come out of a PDF as Kangxi radicals (U+2F00–U+2FD5), which look like the plain characters.
cat >"$work/kangxi.html" <<'HTML'
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>临溪县2019年质量⼯作要点</title>
<style>@page { size: A4; margin: 37mm 26mm 35mm 28mm; } body { font: 16pt/28.9pt "AR PL UMing CN", "Noto Serif CJK SC"; }
p { margin: 0; text-indent: 2em; text-align: justify; } h1 { font-size: 22pt; font-weight: normal; text-align: center; }</style></head>
<body>
<h1>临溪县2019年质量⼯作要点</h1>
<p>一、加强质量⼯作统筹。县市场监管局牵头推进质量强县各项⼯作，各⾏业主管部门按照职责分⼯抓好落实。</p>
<p>二、提升重点⾏业质量⽔平。全⾯推进茶叶、竹制品等特⾊产业标准化⽣产，产品质量监督抽查合格率稳定在95%以上。</p>
<p>三、完善质量⼯作⽅案。各乡镇结合实际制定本地区质量⼯作⽅案，于2019年3月底前报县市场监管局。</p>
</body></html>
HTML
print_pdf "$work/kangxi.html" "$out/kangxi-lookalikes.pdf"

ls -l "$out"
