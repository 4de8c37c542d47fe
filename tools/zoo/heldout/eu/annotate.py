#!/usr/bin/env python3
"""Post-process OpenCC output for part EU's converted fixtures (deterministic).

usage: annotate.py ID < converted.txt > fixture.txt

Each fixture imitates what the sampled mirror did to its page:
  z1623  pinyin after the FIRST listed character of each clause (clauses split at
         punctuation); on the source line (line 2) only 責 is annotated, as on the page
  z1627  pinyin after EVERY listed character; one mojibake run where `。“質` was lost
  z1628  naive conversion: 並 reverted to 并; no pinyin
  z1629  pinyin after every listed character (協調 read with the wrong tone, diào)
  z1630  naive conversion: 於 reverted to 于; no pinyin
"""
import re
import sys

PY = {
    '質': 'zhì', '強': 'qiáng', '設': 'shè', '領': 'lǐng', '導': 'dǎo', '辦': 'bàn',
    '責': 'zé', '進': 'jìn', '現': 'xiàn', '標': 'biāo', '監': 'jiān', '礎': 'chǔ',
    '場': 'chǎng', '個': 'gè', '門': 'mén', '開': 'kāi', '國': 'guó', '動': 'dòng',
    '實': 'shí', '會': 'huì', '驗': 'yàn', '經': 'jīng', '獎': 'jiǎng', '樹': 'shù',
    '學': 'xué', '與': 'yǔ', '費': 'fèi', '發': 'fā', '準': 'zhǔn', '規': 'guī',
    '協': 'xié', '調': 'diào', '頂': 'dǐng', '層': 'céng', '團': 'tuán', '識': 'shí',
    '聯': 'lián', '統': 'tǒng',
}

CONF = {
    'z1623': dict(mode='clause', chars='質強設領導辦責進現標監礎', line2='責'),
    'z1627': dict(mode='dense', chars='場監個門開國質動實強設進會驗經獎標樹學與費發',
                  mojibake=[('。“質(zhì)量月”期間還將', '?!百|(zhì)量月”期間還將')]),
    'z1628': dict(mode='none', chars='', revert=[('並', '并')]),
    'z1629': dict(mode='dense', chars='質強設標準發規協調進領導頂層團識礎聯統'),
    'z1630': dict(mode='none', chars='', revert=[('於', '于')]),
}

CLAUSE_BREAK = set(',。;:、!?“”《》()|,;:!?() \t')


def dense(line, chars):
    return ''.join(c + '(' + PY[c] + ')' if c in chars else c for c in line)


def clause_first(line, chars):
    out, seen = [], set()
    for c in line:
        if c in CLAUSE_BREAK:
            seen = set()
            out.append(c)
        elif c in chars and c not in seen:
            seen.add(c)
            out.append(c + '(' + PY[c] + ')')
        else:
            out.append(c)
    return ''.join(out)


def main():
    fid = sys.argv[1]
    conf = CONF[fid]
    text = sys.stdin.read()
    for a, b in conf.get('revert', []):
        text = text.replace(a, b)
    lines = text.split('\n')
    res = []
    for i, line in enumerate(lines):
        chars = conf['chars']
        if i == 1 and 'line2' in conf:
            chars = conf['line2']
        if conf['mode'] == 'dense':
            line = dense(line, chars)
        elif conf['mode'] == 'clause':
            line = clause_first(line, chars)
        res.append(line)
    text = '\n'.join(res)
    for a, b in conf.get('mojibake', []):
        if a not in text:
            sys.exit('mojibake anchor missing in ' + fid)
        text = text.replace(a, b, 1)
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
