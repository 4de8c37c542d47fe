#!/usr/bin/env python3
"""Insert pinyin after chosen characters, and replace placeholders. Deterministic.
usage: add_pinyin.py CHARS < in > out   (CHARS: the characters to annotate)"""
import sys
PY = {'聯':'lián','業':'yè','發':'fā','優':'yōu','產':'chǎn','導':'dǎo','動':'dòng','會':'huì',
      '現':'xiàn','創':'chuàng','標':'biāo','題':'tí','術':'shù','礎':'chǔ','網':'wǎng','監':'jiān',
      '質':'zhì','強':'qiáng','場':'chǎng','長':'cháng','點':'diǎn','劃':'huà','計':'jì','準':'zhǔn',
      '實':'shí','調':'tiáo'}
chars = sys.argv[1] if len(sys.argv) > 1 else ''
text = sys.stdin.read()
out = []
for ch in text:
    out.append(ch)
    if ch in chars:
        out.append('(' + PY[ch] + ')')
text = ''.join(out)
# a mojibake run standing where a GBK page was read as another code page
text = text.replace('@@MOJI@@', '碽悇陂g')
sys.stdout.write(text)
