import sys
# pinyin after every converted 質, 檢, 國, 總, 強, 範, 發, 準, 設 (as the sampled mirror does after many characters)
PY = {"質": "zhì", "檢": "jiǎn", "國": "guó", "總": "zǒng", "強": "qiáng", "範": "fàn", "發": "fā", "準": "zhǔn", "設": "shè"}
s = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write("".join(c + "(" + PY[c] + ")" if c in PY else c for c in s))
