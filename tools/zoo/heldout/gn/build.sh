#!/bin/sh
# Part GN: rebuild the converted fixture(s) in tests/HeldOut from the Simplified sources here.
# Deterministic: Debian's opencc (s2t), then 於→于 and 後→后 put back, as the sampled copy left 关于/先后 unconverted.
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut/z2062_l6-traditional-unrelated-host-copy-province-daily-item-province-quality-supervision-work-meeting-2015-body-only-no-headline-no-date-yu-hou-unconverted-2014-results.txt
opencc -c s2t.json -i z2062.src.txt | sed -e 's/於/于/g' -e 's/後/后/g' > "$out"
echo "built $out"
