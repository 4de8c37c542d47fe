#!/bin/bash
# Deterministic build of the Traditional fixtures of part FX from their Simplified sources.
# Needs Debian's opencc (s2t config). Writes into tests/HeldOut.
set -euo pipefail
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
conv() { opencc -c s2t.json; }
# z1907, z1909: first line (spam) kept as is; rest through s2t, then naive fixes and pinyin after listed characters.
for id in z1907 z1909; do
  name=$(ls $OUT | grep "^${id}_")
  { head -n 1 $id.src.txt; tail -n +2 $id.src.txt | conv; } | python3 post.py $id > "$OUT/$name"
done
# z1908: whole text through s2t, then naive fixes (no pinyin).
name=$(ls $OUT | grep "^z1908_")
conv < z1908.src.txt | python3 post.py z1908 > "$OUT/$name"
