import sys
# Pinyin inserted after chosen characters, as some mirrors do (`質(zhì)量`). Deterministic: every occurrence.
SETS = {
    "a": {"對": "duì", "擔": "dān", "國": "guó", "級": "jí", "標": "biāo", "準": "zhǔn", "試": "shì",
          "點": "diǎn", "範": "fàn", "項": "xiàng", "並": "bìng", "過": "guò", "驗": "yàn", "單": "dān",
          "礎": "chǔ", "獎": "jiǎng", "補": "bǔ", "額": "é", "給": "gěi", "勵": "lì"},
    "b": {"質": "zhì", "網": "wǎng", "監": "jiān", "發": "fā", "準": "zhǔn", "創": "chuàng", "區": "qū",
          "產": "chǎn", "業": "yè", "優": "yōu", "導": "dǎo", "據": "jù", "務": "wù", "轉": "zhuǎn",
          "濟": "jì"},
}
m = SETS[sys.argv[1]]
out = []
for ch in sys.stdin.read():
    out.append(ch)
    if ch in m:
        out.append("(" + m[ch] + ")")
sys.stdout.write("".join(out))
