#!/bin/bash
# Deterministic build of z2182: OpenCC s2t (Debian's opencc), no pinyin.
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut/z2182_l6-naive-traditional-unrelated-host-copy-paper-feature-region-quality-region-progress-2023-headline-and-dash-subtitle-square-byline-photo-caption-line-subheads-results-cut.txt
opencc -c s2t.json -i z2182_src.txt -o "$out"
