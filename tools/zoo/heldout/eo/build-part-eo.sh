#!/bin/bash
# Rebuild the converted fixture of part EO from its UTF-8 Simplified source (deterministic).
# z1565: Debian's opencc, s2tw, then the naive converter's slips of the sampled copy: 關係→關系, 發佈→發布.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
opencc -c s2tw -i "$here/z1565.src.txt" \
  | sed -e 's/關係/關系/g' -e 's/發佈/發布/g' \
  > "$out/z1565_l6-naive-traditional-charity-domain-copy-industry-info-site-feature-province-quality-county-work-2025-bullet-headline-site-time-line-wide-indents-subheads-counts-cut.txt"
