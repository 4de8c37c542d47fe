#!/usr/bin/env python3
"""Insert pinyin in brackets after chosen Traditional characters (mirror-style).
usage: pinyin.py SET_NAME < in > out   (sets defined below; deterministic)"""
import sys
PY = {'強':'qiáng','場':'chǎng','監':'jiān','設':'shè','現':'xiàn','發':'fā','務':'wù','實':'shí','經':'jīng',
      '開':'kāi','質':'zhì','揚':'yáng','穩':'wěn','優':'yōu','動':'dòng','勵':'lì','領':'lǐng','導':'dǎo',
      '嚴':'yán','聯':'lián','絡':'luò','會':'huì','點':'diǎn','評':'píng','報':'bào','財':'cái','專':'zhuān',
      '項':'xiàng','獎':'jiǎng','標':'biāo','準':'zhǔn','規':'guī','積':'jī','極':'jí','區':'qū','與':'yǔ'}
SETS = {
 'z1476': (set('強場監設現發務實經開'), {'質'}),   # (every occurrence, first occurrence only)
 'z1479': (set('揚發強穩優動勵領導嚴聯絡會點評報財專項獎標準規區'), set()),
}
every, first = SETS[sys.argv[1]]
seen=set(); out=[]
for ch in sys.stdin.read():
    out.append(ch)
    if ch in every or (ch in first and ch not in seen):
        out.append('(%s)' % PY[ch]); seen.add(ch)
sys.stdout.write(''.join(out))
