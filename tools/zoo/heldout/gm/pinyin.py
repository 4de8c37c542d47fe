#!/usr/bin/env python3
"""Insert pinyin in brackets after a fixed set of Traditional characters (deterministic).
usage: pinyin.py SETNAME < in > out"""
import sys
PY = {
 '產':'chǎn','業':'yè','發':'fā','聯':'lián','會':'huì','護':'hù','營':'yíng','權':'quán',
 '進':'jìn','舉':'jǔ','報':'bào','獎':'jiǎng','勵':'lì','實':'shí','施':'shī','農':'nóng',
 '網':'wǎng','標':'biāo','題':'tí','溫':'wēn','請':'qǐng','繫':'xì','簡':'jiǎn','稱':'chēng',
 '質':'zhì','識':'shí','試':'shì','點':'diǎn','驗':'yàn','續':'xù','評':'píng','價':'jià',
 '強':'qiáng','區':'qū','創':'chuàng','調':'diào','動':'dòng','鎮':'zhèn','檢':'jiǎn',
 '場':'chǎng','監':'jiān','長':'zhǎng','對':'duì','國':'guó','誌':'zhì','豔':'yàn','達':'dá',
 '風':'fēng','濃':'nóng','過':'guò','務':'wù','設':'shè','嚴':'yán',
}
SETS = {
 # z2054: the sampled page annotated these (not 質, 縣, 安, 全)
 'z2054': '產業發聯會護營權進舉報獎勵實施農網標題溫請繫簡稱',
 # z2056: annotate most frequent converted characters, 質 included
 'z2056': '網產國標誌質豔達風濃過識權試點驗續評價強區創調動鎮檢場監長對',
}
chars = set(SETS[sys.argv[1]])
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in chars:
        out.append('(' + PY[ch] + ')')
sys.stdout.write(''.join(out))
