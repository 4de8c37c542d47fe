#!/usr/bin/env python3
"""Insert pinyin in parentheses after listed characters (deterministic). usage: addpin.py MAPSPEC < in > out
MAPSPEC: comma-separated char=pinyin pairs."""
import sys
m = dict(p.split('=') for p in sys.argv[1].split(','))
s = sys.stdin.read()
sys.stdout.write(''.join(c + ('(' + m[c] + ')' if c in m else '') for c in s))
