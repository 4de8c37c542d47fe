#!/bin/bash
# Builds part FO's Traditional fixtures (z1813, z1817, z1820) into the parent folder from the UTF-8 Simplified
# sources in this folder. Deterministic: Debian's opencc (s2t), then fixed string replacements in python3.
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
conv() { opencc -c s2t -i "$1" -o "$2"; }
T=$(mktemp -d)
conv z1813.src.txt "$T/z1813"
conv z1817.src.txt "$T/z1817"
conv z1820.src.txt "$T/z1820"
python3 - "$T" "$OUT" <<'PY'
import sys, pathlib
T, OUT = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def naive(s):
    # a naive converter: 於 left as 于, 範 as 范 (示范), 着 for 著
    return s.replace('於', '于').replace('範', '范').replace('著', '着')
# z1813: naive Traditional copy of a quality news item, no pinyin
z = naive((T/'z1813').read_text(encoding='utf-8'))
(OUT/'z1813_l6-naive-traditional-quality-news-copy-body-only-province-quality-improvement-and-tech-help-action-on-site-meeting-in-city-2020-yearless-day-photo-captions-in-parens-help-counts-cut.txt').write_text(z, encoding='utf-8')
# z1817: Traditional with pinyin after listed characters; 關于 naive; the paper's name mangled by a lost character
z = (T/'z1817').read_text(encoding='utf-8').replace('於', '于')
PIN = {'會': 'huì', '議': 'yì', '實': 'shí', '見': 'jiàn', '項': 'xiàng', '質': 'zhì', '強': 'qiáng',
       '國': 'guó', '設': 'shè', '綱': 'gāng', '習': 'xí', '記': 'jì', '書': 'shū', '區': 'qū', '發': 'fā'}
z = ''.join(c + ('(' + PIN[c] + ')' if c in PIN else '') for c in z)
z = z.replace('天津日報訊', '天津日?qǐng)?bào)訊', 1)
(OUT/'z1817_l6-traditional-pinyin-unrelated-host-copy-municipal-paper-item-party-standing-committee-studies-outline-implementing-opinion-with-new-year-message-2023-body-only-yesterday-mangled-paper-name.txt').write_text(z, encoding='utf-8')
# z1820: naive Traditional copy on an unrelated host, no pinyin
z = naive((T/'z1820').read_text(encoding='utf-8'))
(OUT/'z1820_l6-naive-traditional-unrelated-host-copy-city-paper-item-county-city-approved-to-prepare-province-industry-quality-brand-demonstration-zone-2022-praise-prefix-headline-date-line-output-results-source-in-parens.txt').write_text(z, encoding='utf-8')
PY
rm -rf "$T"
