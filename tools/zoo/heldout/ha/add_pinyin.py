"""Insert pinyin after chosen Traditional characters, as some mirror hosts do (`發(fā)展`).
Deterministic: a fixed table per fixture; every occurrence of a listed character gets its reading."""
import sys
TABLES = {
    # z2192: pinyin after 費 準 質 點 達 區 會 務 (the sampled page marked a similar small set)
    "z2192": {"費": "fèi", "準": "zhǔn", "質": "zhì", "點": "diǎn", "達": "dá", "區": "qū", "會": "huì", "務": "wù"},
    # z2195: pinyin after 發 關 質 獎 業 新 產 (質 and 獎 throughout, as on the sampled page)
    "z2195": {"發": "fā", "關": "guān", "質": "zhì", "獎": "jiǎng", "業": "yè", "產": "chǎn", "創": "chuàng"},
}
table = TABLES[sys.argv[1]]
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in table:
        out.append("(" + table[ch] + ")")
sys.stdout.write("".join(out))
