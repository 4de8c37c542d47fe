import sys
# pinyin after selected Traditional characters, as the sampled mirror did (not after every occurrence of every character)
M = {"發":"fā","質":"zhì","務":"wù","動":"dòng","設":"shè","強":"qiáng","實":"shí","導":"dǎo","創":"chuàng","區":"qū"}
t = sys.stdin.read()
out = []
for ch in t:
    out.append(ch)
    if ch in M:
        out.append("(" + M[ch] + ")")
sys.stdout.write("".join(out))
