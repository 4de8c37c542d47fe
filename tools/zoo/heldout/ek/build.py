#!/usr/bin/env python3
"""Build part EK's converted fixtures (z1528, z1529, z1530) from their UTF-8 Simplified sources.

Deterministic; needs Debian's `opencc` (s2t config). Writes each fixture into the parent folder.
  z1528: OpenCC s2t, 爲→為 and 羣→群, then pinyin after every 進 質 標 戰 區 負 責 經 領.
  z1529: the same, then pinyin after every character of its longer list (報 質 強 區 經 驗 現 場 進 動 實 結 關 產 業
         規 時 設 開 創 應 類 礎 構 態 準 務); one fixed reading each, as such mirrors print (供應 gets yīng).
  z1530: naive character-by-character s2t (no phrase table: 發布, 真抓實幹, 注冊, 制造 stay as a naive map leaves them),
         then 並→并 and 爲→為 as the sampled copy shows; no pinyin.
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut')

PINYIN = {
    '報': 'bào', '質': 'zhì', '強': 'qiáng', '區': 'qū', '經': 'jīng', '驗': 'yàn', '現': 'xiàn', '場': 'chǎng',
    '進': 'jìn', '動': 'dòng', '實': 'shí', '結': 'jié', '關': 'guān', '產': 'chǎn', '業': 'yè', '規': 'guī',
    '時': 'shí', '設': 'shè', '開': 'kāi', '創': 'chuàng', '應': 'yīng', '類': 'lèi', '礎': 'chǔ', '構': 'gòu',
    '態': 'tài', '準': 'zhǔn', '務': 'wù', '標': 'biāo', '戰': 'zhàn', '負': 'fù', '責': 'zé', '領': 'lǐng',
}

JOBS = [
    ('z1528.src.txt',
     'z1528_l6-traditional-pinyin-company-site-news-view-page-city-quality-and-trademark-strategy-meeting-first-government-quality-award-read-out-2014-body-only-yearless-day-bar-tail.txt',
     'phrase', '進質標戰區負責經領'),
    ('z1529.src.txt',
     'z1529_l6-traditional-pinyin-mirror-quality-paper-item-region-quality-county-experience-exchange-and-on-site-push-in-county-city-2025-body-only-spaced-byline-outline-cited-results.txt',
     'phrase', '報質強區經驗現場進動實結關產業規時設開創應類礎構態準務'),
    ('z1530.src.txt',
     'z1530_l6-naive-traditional-mirror-quality-news-item-county-city-named-in-province-inspection-incentive-for-quality-power-work-2023-body-only-no-headline-no-date-correspondent-lead-results.txt',
     'naive', ''),
]

def opencc(text):
    return subprocess.run(['opencc', '-c', 's2t'], input=text, capture_output=True, text=True, check=True).stdout

def naive(text):
    sep = '\x01'
    spaced = ''.join(ch + sep for ch in text)
    return opencc(spaced).replace(sep, '')

def main():
    for src, out, mode, chars in JOBS:
        with open(os.path.join(HERE, src), encoding='utf-8') as f:
            text = f.read()
        if mode == 'phrase':
            t = opencc(text).replace('爲', '為').replace('羣', '群')
        else:
            t = naive(text).replace('並', '并').replace('爲', '為')
        if chars:
            t = ''.join(ch + ('(' + PINYIN[ch] + ')' if ch in chars else '') for ch in t)
        with open(os.path.join(OUT, out), 'w', encoding='utf-8') as f:
            f.write(t)
        print('wrote', out)

if __name__ == '__main__':
    sys.exit(main())
