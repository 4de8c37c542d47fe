"""Mirror quirks for part FG: naive 於→于 after 關, and pinyin in brackets after chosen characters.
Deterministic: a fixed character→reading map per fixture."""
import sys
MAPS = {
    # z1741: pinyin after every occurrence of these characters (the mirror's converter did so)
    "z1741": {"關": "guān", "發": "fā", "質": "zhì", "強": "qiáng", "設": "shè", "實": "shí",
              "現": "xiàn", "區": "qū", "計": "jì", "標": "biāo", "準": "zhǔn", "監": "jiān",
              "測": "cè", "達": "dá", "號": "hào"},
    # z1742: sparse pinyin, only after these characters
    "z1742": {"戰": "zhàn", "業": "yè", "創": "chuàng"},
}
def main():
    key = sys.argv[1]
    m = MAPS[key]
    text = sys.stdin.read()
    if key == "z1741":
        text = text.replace("關於", "關于").replace("\"質量月\"", "“質量月”")
    out = []
    for ch in text:
        out.append(ch)
        if ch in m:
            out.append("(" + m[ch] + ")")
    sys.stdout.write("".join(out))
main()
