#!/usr/bin/env python3
"""Deterministic post-processing for part GJ's converted fixtures.

usage: add_pinyin.py FILE_ID < traditional.txt > fixture.txt

1. Mojibake placeholders (⟦M1⟧, ⟦M2⟧) are replaced by a run made from the
   Traditional word they stand for: its Big5 bytes, first byte dropped,
   decoded as GBK, undecodable bytes as '?', with a leading '?'.
2. Pinyin in brackets is inserted after every occurrence of each listed
   (Traditional) character, as some mirror hosts do: 質(zhì).
"""
import sys

MOJI = {
    "z2029": {"⟦M1⟧": "專家學"},
    "z2030": {"⟦M1⟧": "海”魅", "⟦M2⟧": "模化種"},
}

PINYIN = {
    "z2023": {"計": "jì", "網": "wǎng", "當": "dāng", "設": "shè", "強": "qiáng",
              "時": "shí", "標": "biāo", "準": "zhǔn", "進": "jìn", "產": "chǎn",
              "業": "yè", "獎": "jiǎng", "發": "fā", "開": "kāi"},
    "z2029": {"點": "diǎn", "開": "kāi", "質": "zhì", "創": "chuàng", "設": "shè",
              "進": "jìn", "監": "jiān", "強": "qiáng", "區": "qū", "業": "yè",
              "試": "shì", "產": "chǎn", "領": "lǐng", "驗": "yàn", "學": "xué"},
    "z2030": {"鎮": "zhèn", "勢": "shì", "農": "nóng", "貿": "mào", "業": "yè",
              "鄉": "xiāng", "質": "zhì", "創": "chuàng", "監": "jiān", "發": "fā",
              "產": "chǎn"},
}


def mojibake(word: str) -> str:
    raw = word.encode("big5", errors="replace")[1:]
    return "?" + raw.decode("gbk", errors="replace").replace("\ufffd", "?")


def main() -> None:
    fid = sys.argv[1]
    text = sys.stdin.read()
    table = PINYIN.get(fid, {})
    out = []
    for ch in text:
        out.append(ch)
        if ch in table:
            out.append("(" + table[ch] + ")")
    text = "".join(out)
    for ph, word in MOJI.get(fid, {}).items():
        text = text.replace(ph, mojibake(word))
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
