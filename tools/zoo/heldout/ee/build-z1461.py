#!/usr/bin/env python3
# Builds z1461 from its UTF-8 Simplified source: OpenCC s2t (Debian's `opencc`), the copy's own slips
# (於 kept as 于 after 關, 着 as 著), then pinyin after every 質/領/發/關/進/簡/稱/動/場/業/創/點/區/務/陽/著/開,
# with the stray space the sampled copy shows inside 創's pinyin. Deterministic.
import subprocess, sys
src, out = sys.argv[1], sys.argv[2]
text = subprocess.run(['opencc', '-c', 's2t.json', '-i', src], capture_output=True, text=True, check=True).stdout
text = text.replace('關於', '關于').replace('着', '著')
py = {'質': 'zhì', '領': 'lǐng', '發': 'fā', '關': 'guān', '進': 'jìn', '簡': 'jiǎn', '稱': 'chēng',
      '動': 'dòng', '場': 'chǎng', '業': 'yè', '創': 'chuàng ', '點': 'diǎn', '區': 'qū', '務': 'wù',
      '陽': 'yáng', '著': 'zhù', '開': 'kāi'}
res = []
for ch in text:
    res.append(ch)
    if ch in py:
        res.append('(' + py[ch] + ')')
open(out, 'w', encoding='utf-8').write(''.join(res))
