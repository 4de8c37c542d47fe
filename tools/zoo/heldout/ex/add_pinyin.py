#!/usr/bin/env python3
"""Insert (pinyin) after each listed Traditional character. Usage: add_pinyin.py CHARS < in > out"""
import sys
PY = {'場':'chǎng','監':'jiān','發':'fā','計':'jì','劃':'huà','規':'guī','會':'huì','質':'zhì','強':'qiáng',
      '產':'chǎn','業':'yè','標':'biāo','準':'zhǔn','設':'shè','區':'qū','進':'jìn','務':'wù','織':'zhī','導':'dǎo',
      '達':'dá','實':'shí','牌':'pái','動':'dòng','現':'xiàn','開':'kāi'}
chars = sys.argv[1]
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in chars:
        out.append('(' + PY[ch] + ')')
sys.stdout.write(''.join(out))
