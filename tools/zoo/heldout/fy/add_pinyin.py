#!/usr/bin/env python3
"""Insert (pinyin) after every occurrence of listed characters. Usage: add_pinyin.py MAPFILE < in > out"""
import sys
m = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if not line:
        continue
    ch, py = line.split()
    m[ch] = py
text = sys.stdin.read()
out = []
for c in text:
    out.append(c)
    if c in m:
        out.append('(' + m[c] + ')')
sys.stdout.write(''.join(out))
