#!/bin/sh
# Builds ../z1572_…txt from z1572.src.txt: OpenCC s2t, then pinyin after every 現 統 準 國 發 關 質 標 務 導 見.
set -e
cd "$(dirname "$0")"
opencc -c s2t.json -i z1572.src.txt -o /tmp/z1572.t.txt
python3 add_pinyin.py z1572 < /tmp/z1572.t.txt > "../../../../tests/HeldOut/z1572_l6-traditional-pinyin-unrelated-host-copy-province-bureau-drafts-metrology-plan-implementing-opinion-consultation-draft-body-only-no-headline-restated-draft-targets-cut.txt"
rm -f /tmp/z1572.t.txt
