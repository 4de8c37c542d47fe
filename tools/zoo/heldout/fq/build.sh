#!/bin/sh
# Deterministic build of part FQ's Traditional fixture(s): OpenCC s2t (Debian's opencc) of the UTF-8 Simplified source.
# Usage: sh src/build.sh   (from /work/zoo-new/fq or anywhere)
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"
for src in "$here"/z1837_*.src.txt; do
  name=$(basename "$src" .src.txt)
  opencc -c s2t.json -i "$src" -o "$out/$name.txt"
done
