#!/usr/bin/env python3
"""Deterministic build of the converted HC fixtures (needs Debian's opencc).
Run from anywhere: python3 build.py  -> writes into the parent folder."""
import subprocess, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

def s2t(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text.encode('utf-8'),
                          capture_output=True, check=True).stdout.decode('utf-8')

def add_pinyin(text, table):
    return ''.join(ch + ('(' + table[ch] + ')' if ch in table else '') for ch in text)

# z2212: spam keyword line (Simplified), then s2t with pinyin after 監 產 經 項 導 幣
src = open(os.path.join(HERE, 'z2212_src.txt'), encoding='utf-8').read()
spam = '天天色成人-天天色成人网-天天色色色-天天色色网-久久99欧美-久久99青青久久99久久\n\n'
body = add_pinyin(s2t(src), {'監': 'jiān', '產': 'chǎn', '經': 'jīng', '項': 'xiàng', '導': 'dǎo'})
open(os.path.join(OUT, 'z2212_l6-spam-wrapped-traditional-pinyin-copy-national-samr-2022-product-quality-state-spot-check-results-clickbait-prefix-headline-lead-twice-image-placeholder-no-date-cut-html-tag.txt'),
     'w', encoding='utf-8').write(spam + body)

# z2214: spam line, crumb, headline, date line with ???? run, body; s2t with pinyin after 監 統
src = open(os.path.join(HERE, 'z2214_src.txt'), encoding='utf-8').read()
spam = '国产91九色在线播放,日韩精品在线网站,超级教师第三季在线观看,91专区在线观看,国产黄色网址在线,久久久久久久福利\n\n'
body = add_pinyin(s2t(src), {'監': 'jiān', '統': 'tǒng'})
open(os.path.join(OUT, 'z2214_l6-spam-wrapped-traditional-pinyin-quality-news-mirror-national-spot-check-column-samr-daily-use-and-textile-products-results-2023-crumb-datetime-question-marks-source-tv.txt'),
     'w', encoding='utf-8').write(spam + body)
