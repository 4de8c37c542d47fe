#!/bin/sh
# Rebuilds the converted fixtures of part GL into the parent folder (needs Debian's opencc and python3; deterministic).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
F41=z2041_l6-traditional-pinyin-mirror-provincial-daily-county-quality-county-feature-crumb-series-tag-headline-question-mark-spaces-caption-box-byline-yearless-subheads-cut.txt
F43=z2043_l6-taiwan-phrase-traditional-content-site-spun-headline-county-quality-congress-first-county-head-quality-award-2017-quality-rendered-pinzhi-spaces-after-punctuation-cut.txt
F48=z2048_l6-traditional-pinyin-unrelated-host-copy-industry-info-site-quality-paper-item-county-city-sixth-geographical-indication-product-2016-source-time-line-byline-in-parens-copyright-hot-tail-cut.txt
# z2041: OpenCC s2t, pinyin after eleven characters, then the mirror's lost spaces: U+3000 -> ??, U+00A0 -> ?
opencc -c s2t -i z2041_src.txt | python3 pinyin.py z2041 | python3 -c 'import sys; s=sys.stdin.read(); sys.stdout.write(s.replace("\u3000","??").replace("\u00a0","?"))' > "$OUT/$F41"
# z2043: a Taiwan-style converter that writes 品質 for 质量 and 速食 for 快餐 (phrase substitution first), OpenCC s2twp, then a space after every ， and 。 inside a line
sed 's/质量/品质/g; s/快餐/速食/g' z2043_src.txt | opencc -c s2twp | python3 -c 'import sys,re; s=sys.stdin.read(); sys.stdout.write(re.sub("([，。])(?=[^\n])", r"\1 ", s))' > "$OUT/$F43"
# z2048: OpenCC s2t, pinyin after the characters of the z2048 set
opencc -c s2t -i z2048_src.txt | python3 pinyin.py z2048 > "$OUT/$F48"
