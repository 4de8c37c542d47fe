#!/usr/bin/env python3
"""Insert (pinyin) after chosen Traditional characters. Deterministic.
usage: add_pinyin.py CHARS < in > out   (CHARS: the characters to annotate)"""
import sys
PY = {'國':'guó','質':'zhì','強':'qiáng','發':'fā','會':'huì','議':'yì','動':'dòng','領':'lǐng','導':'dǎo',
      '標':'biāo','準':'zhǔn','設':'shè','監':'jiān','務':'wù','開':'kāi','產':'chǎn','業':'yè','實':'shí',
      '區':'qū','進':'jìn','員':'yuán','責':'zé','創':'chuàng','築':'zhù','響':'xiǎng','優':'yōu','勢':'shì',
      '題':'tí','聯':'lián','調':'tiáo','據':'jù','統':'tǒng','籌':'chóu','織':'zhī','濟':'jì','樣':'yàng',
      '環':'huán','境':'jìng','廣':'guǎng','鎮':'zhèn','權':'quán','決':'jué','銷':'xiāo','費':'fèi','術':'shù'}
chars = sys.argv[1]
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in chars and ch in PY:
        out.append('(' + PY[ch] + ')')
sys.stdout.write(''.join(out))
