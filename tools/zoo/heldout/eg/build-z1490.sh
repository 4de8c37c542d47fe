#!/bin/bash
# Rebuild z1490 from its UTF-8 Simplified source: OpenCC s2t, then undo the characters the sampled
# naive converter left alone or rendered otherwise (并 and 于 kept; 為/偽 for 爲/僞; 考核, 布局, 制造 as in Simplified).
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut/z1490_l6-naive-traditional-spam-domain-copy-consumer-paper-province-quality-congress-2023-dateline-lead-photo-caption-award-list-cut.txt
opencc -c s2t.json -i z1490.src.txt -o /tmp/z1490.t.txt
sed -e 's/並/并/g' -e 's/於/于/g' -e 's/爲/為/g' -e 's/僞/偽/g' -e 's/考覈/考核/g' -e 's/佈局/布局/g' -e 's/製造/制造/g' /tmp/z1490.t.txt > "$out"
