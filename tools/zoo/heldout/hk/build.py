#!/usr/bin/env python3
"""Build part HK's converted fixtures from their Simplified sources (deterministic).
Needs Debian's opencc.  Usage: python3 build.py  (writes into tests/HeldOut)."""
import os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

PY = {'質': 'zhì', '設': 'shè', '術': 'shù', '監': 'jiān', '統': 'tǒng', '學': 'xué', '習': 'xí',
      '實': 'shí', '現': 'xiàn', '轉': 'zhuǎn', '責': 'zé', '創': 'chuàng', '導': 'dǎo', '務': 'wù',
      '礎': 'chǔ', '標': 'biāo', '進': 'jìn', '戰': 'zhàn', '業': 'yè', '協': 'xié', '發': 'fā',
      '區': 'qū'}

def opencc(text, cfg):
    r = subprocess.run(['opencc', '-c', cfg], input=text.encode('utf-8'), capture_output=True, check=True)
    return r.stdout.decode('utf-8')

def add_pinyin(line, chars):
    return ''.join(c + '(' + PY[c] + ')' if c in chars else c for c in line)

def read(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return f.read()

def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)

# z2291: OpenCC s2t, pinyin after a different set of characters in each paragraph (as the mirror did)
Z2291_SETS = ['質設術監統學習實', '質實現轉責創導務', '創礎標術設', '質進實標務設', '設統實導務質']
t = opencc(read('z2291.src.txt'), 's2t')
lines = t.split('\n')
out, p = [], 0
for ln in lines:
    if ln.strip():
        out.append(add_pinyin(ln, Z2291_SETS[p % len(Z2291_SETS)]))
        p += 1
    else:
        out.append(ln)
write('z2291_l6-traditional-pinyin-mirror-mobile-site-province-quality-supervision-and-inspection-systems-nineteenth-congress-quality-upgrade-2017-body-only-no-headline-no-date-bureau-quotes-results-cut-mid-word.txt', '\n'.join(out))

# z2292: OpenCC s2t, pinyin after 戰業協發區設創, then the two mojibake spots:
# a lost full-width space shown as '?', and a GBK misread of "（一）大力" one byte out of step
src = read('z2292.src.txt').replace('@@Q1@@', 'QQONEQQ').replace('@@MOJI@@', 'QQMOJIQQ')
t = opencc(src, 's2t')
t = '\n'.join(add_pinyin(ln, '戰業協發區設創') for ln in t.split('\n'))
moj = (b'\xa1' + '（一）大力營'.encode('gbk')).decode('gbk', errors='replace')
moj = '?' + moj[:-1].replace('\ufffd', '?')        # drop the resynchronised 營, keep the run
t = t.replace('QQONEQQ', '?').replace('QQMOJIQQ', moj)
write('z2292_l6-traditional-pinyin-industry-site-copy-municipality-quality-group-office-quality-month-notice-2024-opens-at-addressees-no-title-mojibake-runs-numbered-activities-signature.txt', t)

# z2294: OpenCC s2t with the mirror's naive 關于/并 put back; a Simplified spam run after the text
SPAM = ('时时彩开奖结果查询|双色球走势图表|体彩大乐透预测|福彩3D试机号|足彩胜负彩14场|'
        '竞彩足球比分直播|北京赛车pk10计划|幸运飞艇开奖记录|六合彩资料大全|彩票平台注册送彩金')
t = opencc(read('z2294.src.txt').replace('@@SPAM@@', 'QQSPAMQQ'), 's2t')
t = t.replace('關於', '關于').replace('於', '于').replace('並', '并').replace('QQSPAMQQ', SPAM)
write('z2294_l6-naive-traditional-spam-mirror-national-bureau-item-province-quality-and-brand-strategy-plan-2012-headline-time-question-marks-source-url-restated-targets-brand-counts-spam-tail.txt', t)

# z2295: OpenCC s2hk (Hong Kong forms, as the encyclopedia's .hk gate shows them)
t = opencc(read('z2295.src.txt'), 's2hk')
write('z2295_l6-hong-kong-traditional-encyclopedia-entry-municipality-mayor-quality-award-copy-link-lines-lock-infobox-one-label-a-line-empty-measures-head-conditions-cut.txt', t)
