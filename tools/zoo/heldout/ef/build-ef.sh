#!/bin/bash
# Rebuild the two Traditional+pinyin fixtures of part EF from their UTF-8 Simplified sources.
# Needs Debian's opencc (s2tw) and python3; deterministic.
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut
# z1476: s2tw, 於 -> 于 (the mirror keeps 于), pinyin after every 強場監設現發務實經開 and the first 質; cut inside the last pinyin
opencc -c s2tw -i z1476.src.txt | sed 's/於/于/g' | python3 pinyin.py z1476 \
  | python3 -c "import sys;t=sys.stdin.read().rstrip('\n');assert t.endswith('經(jīng)');sys.stdout.write(t[:-4]+'\n')" \
  > "$out"/z1476_l6-traditional-pinyin-mobile-site-copy-city-bureau-quality-month-publicity-2018-body-only-yearless-day-cut-inside-pinyin.txt
# z1479: s2tw, 於 -> 于, pinyin after every 揚發強穩優動勵領導嚴聯絡會點評報財專項獎標準規區
opencc -c s2tw -i z1479.src.txt | sed 's/於/于/g' | python3 pinyin.py z1479 \
  > "$out"/z1479_l6-traditional-pinyin-unrelated-host-copy-paper-feature-city-quality-city-work-2022-byline-first-no-headline-results-ranking.txt
