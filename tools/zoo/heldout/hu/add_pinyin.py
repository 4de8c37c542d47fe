#!/usr/bin/env python3
"""add_pinyin.py MAPFILE < in > out — put (pinyin) after every character listed in MAPFILE (lines `字 pinyin`)."""
import sys
m = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if line and not line.startswith('#'):
        ch, py = line.split()
        m[ch] = py
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in m:
        out.append('(' + m[ch] + ')')
sys.stdout.write(''.join(out))
