import sys
# naive-converter slips kept on these mirrors: 關於 -> 關于, 並 -> 并
FIX = [("關於", "關于"), ("並", "并")]
PINYIN = {
    "z1907": {"質": "zhì", "發": "fā", "檢": "jiǎn", "監": "jiān", "產": "chǎn", "業": "yè", "領": "lǐng", "導": "dǎo",
              "獎": "jiǎng", "頒": "bān", "會": "huì", "較": "jiào", "類": "lèi", "態": "tài", "頁": "yè"},
    "z1909": {"質": "zhì", "強": "qiáng", "發": "fā", "會": "huì", "長": "zhǎng", "監": "jiān", "導": "dǎo", "領": "lǐng",
              "區": "qū", "產": "chǎn", "業": "yè", "標": "biāo", "準": "zhǔn", "術": "shù", "講": "jiǎng", "話": "huà", "頁": "yè"},
    "z1908": {},
}
pid = sys.argv[1]
lines = sys.stdin.read().split("\n")
out = []
for i, line in enumerate(lines):
    if pid in ("z1907", "z1909") and i == 0:
        out.append(line)  # spam line untouched
        continue
    for a, b in FIX:
        line = line.replace(a, b)
    table = PINYIN[pid]
    line = "".join(ch + "(" + table[ch] + ")" if ch in table else ch for ch in line)
    out.append(line)
sys.stdout.write("\n".join(out))
