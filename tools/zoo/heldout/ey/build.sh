#!/bin/sh
# Deterministic build: for each *.src.txt here, lines between %%T and %%END are run through
# Debian's opencc (s2t); other lines are kept as written; the fixture is written to the parent folder.
set -e
cd "$(dirname "$0")"
for src in *.src.txt; do
  out="../../../../tests/HeldOut/${src%.src.txt}.txt"
  python3 - "$src" "$out" <<'PY'
import subprocess, sys
src, out = sys.argv[1], sys.argv[2]
res, buf, conv = [], [], False
def flush():
    global buf
    if buf:
        t = subprocess.run(['opencc', '-c', 's2t'], input='\n'.join(buf) + '\n', capture_output=True, text=True, check=True).stdout
        res.append(t.rstrip('\n'))
    buf = []
for line in open(src, encoding='utf-8').read().split('\n'):
    if line == '%%T':
        conv = True; continue
    if line == '%%END':
        flush(); conv = False; continue
    (buf if conv else res).append(line)
flush()
text = '\n'.join(res).rstrip('\n') + '\n'
open(out, 'w', encoding='utf-8').write(text)
PY
done
