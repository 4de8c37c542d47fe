#!/usr/bin/env python3
"""Insert ASCII-bracketed pinyin after listed characters (mirror-site quirk); deterministic.
usage: pinyin.py LISTNAME < traditional.txt > out.txt"""
import sys
LISTS = {
    # z2314: a mirror host's copy of a quality news item
    "z2314": {"質": "zhì", "網": "wǎng", "標": "biāo", "準": "zhǔn", "訓": "xùn", "監": "jiān",
              "負": "fù", "責": "zé", "務": "wù", "業": "yè", "據": "jù", "發": "fā", "經": "jīng",
              "薦": "jiàn", "綜": "zōng", "審": "shěn", "環": "huán", "帶": "dài", "導": "dǎo", "確": "què"},
    # z2319: an unrelated host's copy of a national item
    "z2319": {"監": "jiān", "質": "zhì", "產": "chǎn", "構": "gòu", "實": "shí", "進": "jìn",
              "續": "xù", "農": "nóng", "當": "dāng", "顯": "xiǎn", "樣": "yàng", "綜": "zōng"},
}
table = LISTS[sys.argv[1]]
text = sys.stdin.read()
out = []
for ch in text:
    out.append(ch)
    if ch in table:
        out.append("(" + table[ch] + ")")
text = "".join(out)
if sys.argv[1] == "z2319":
    # mojibake run: the GBK bytes of a phrase read one byte late, as on the sampled page
    b = "地主推品种".encode("gbk")
    run = "?" + b[1:].decode("gbk", errors="replace")
    text = text.replace("@@MOJI@@", run)
sys.stdout.write(text)
