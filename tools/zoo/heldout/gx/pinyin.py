#!/usr/bin/env python3
"""Insert toned pinyin in brackets after listed characters (deterministic).
usage: pinyin.py MAPFILE SKIP_LINE_PREFIXES < in > out
MAPFILE lines: <char> <pinyin>; SKIP: '|'-separated line prefixes left without pinyin ('' for none)."""
import sys
mp = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#'):
        c, p = line.split()
        mp[c] = p
skips = [s for s in (sys.argv[2].split('|') if len(sys.argv) > 2 else []) if s]
out = []
for line in sys.stdin.read().split('\n'):
    if any(line.lstrip().startswith(s) for s in skips):
        out.append(line)
        continue
    out.append(''.join(ch + ('(' + mp[ch] + ')' if ch in mp else '') for ch in line))
sys.stdout.write('\n'.join(out))
