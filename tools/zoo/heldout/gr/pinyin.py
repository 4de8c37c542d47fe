#!/usr/bin/env python3
"""Insert tone-marked pinyin in ASCII parentheses after a fixed set of Traditional characters.
Usage: pinyin.py SET < in > out   (SET: z2101 or z2107). Deterministic."""
import sys

SETS = {
    # the dy-article mirror of z2101: pinyin after these characters only
    "z2101": {
        "國": "guó", "個": "gè", "質": "zhì", "動": "dòng", "進": "jìn", "強": "qiáng",
        "區": "qū", "場": "chǎng", "監": "jiān", "設": "shè", "發": "fā", "現": "xiàn",
        "業": "yè", "產": "chǎn", "備": "bèi", "標": "biāo", "準": "zhǔn", "計": "jì",
        "識": "shí", "權": "quán", "問": "wèn", "點": "diǎn", "務": "wù", "術": "shù",
        "農": "nóng", "檢": "jiǎn", "測": "cè",
    },
    # the year-end page of z2107
    "z2107": {
        "質": "zhì", "強": "qiáng", "國": "guó", "設": "shè", "點": "diǎn", "調": "diào",
        "標": "biāo", "準": "zhǔn", "發": "fā", "規": "guī", "協": "xié", "進": "jìn",
        "領": "lǐng", "導": "dǎo", "獎": "jiǎng", "現": "xiàn", "場": "chǎng", "會": "huì",
        "務": "wù", "業": "yè", "營": "yíng", "議": "yì", "測": "cè", "驗": "yàn",
    },
}

def main():
    table = SETS[sys.argv[1]]
    text = sys.stdin.read()
    out = []
    for ch in text:
        out.append(ch)
        if ch in table:
            out.append("(" + table[ch] + ")")
    sys.stdout.write("".join(out))

if __name__ == "__main__":
    main()
