#!/usr/bin/env python3
"""Inserts pinyin after some Traditional characters of a plain-text copy, as a mirror's page shows once copied out
(zoo part M, z244): the same characters and readings as pinyin_after_traditional.py, applied to every line.
Reads text on stdin, writes it on stdout; deterministic."""
import sys

from pinyin_after_traditional import annotate

sys.stdout.write(annotate(sys.stdin.read()))
