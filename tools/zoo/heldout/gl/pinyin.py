#!/usr/bin/env python3
"""Insert a fixed pinyin reading after every occurrence of chosen characters.
usage: pinyin.py SET < in > out   (deterministic; one reading per character)"""
import sys
SETS = {
    # z2041: the mirror annotates these eleven characters everywhere
    'z2041': {'內':'nèi','質':'zhì','業':'yè','產':'chǎn','發':'fā','創':'chuàng',
              '區':'qū','現':'xiàn','農':'nóng','轉':'zhuǎn','據':'jù'},
    # z2048: the mirror annotates most characters the converter changed
    'z2048': {'標':'biāo','護':'hù','產':'chǎn','數':'shù','來':'lái','國':'guó',
              '質':'zhì','報':'bào','時':'shí','過':'guò','個':'gè','認':'rèn',
              '據':'jù','識':'shí','權':'quán','實':'shí','戰':'zhàn','監':'jiān',
              '發':'fā','現':'xiàn','業':'yè','載':'zǎi','須':'xū','將':'jiāng',
              '點':'diǎn','頻':'pín','聞':'wén','輿':'yú','鎮':'zhèn','責':'zé',
              '聲':'shēng','觀':'guān','織':'zhī','審':'shěn','這':'zhè','繼':'jì',
              '際':'jì','動':'dòng','結':'jié','帶':'dài','聯':'lián','話':'huà'},
}
m = SETS[sys.argv[1]]
s = sys.stdin.read()
out = []
for ch in s:
    out.append(ch)
    if ch in m:
        out.append('(' + m[ch] + ')')
sys.stdout.write(''.join(out))
