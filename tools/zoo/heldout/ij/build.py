#!/usr/bin/env python3
"""Build z2540 (spam-wrapped Traditional+pinyin copy with doubled commas) from z2540.src.txt.

Source format: paragraphs separated by lines holding a single '#'; '#' lines become blank lines.
Steps (deterministic):
 1. line 1 (the keyword-spam line) stays Simplified;
 2. every other line goes through `opencc -c s2tw`, then 發佈 -> 發布 (the copy prints 發布);
 3. body paragraphs (lines starting with two spaces, not image lines): every ',' except the first of the
    paragraph is doubled; every 2nd '、' gets a ',' in front; every 2nd "。" gets a ',' in front;
 4. pinyin after every 監/發/鎮/戰 in all converted lines except the `信息來源` line.
"""
import subprocess, pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent.parent.parent / "tests" / "HeldOut" / "z2540_l6-spam-wrapped-traditional-pinyin-copy-city-bureau-page-quality-city-and-product-quality-safety-meeting-2022-keyword-spam-line-crumb-doubled-commas-image-names.txt"
PINYIN = {"監": "jiān", "發": "fā", "鎮": "zhèn", "戰": "zhàn"}

def s2tw(text):
    r = subprocess.run(["opencc", "-c", "s2tw"], input=text.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    return r.stdout.decode("utf-8").replace("發佈", "發布")

def noise(par):
    out, commas, dun, stops = [], 0, 0, 0
    for ch in par:
        if ch == ",":
            commas += 1
            out.append(",," if commas > 1 else ",")
        elif ch == "、":
            dun += 1
            out.append(",、" if dun % 2 == 0 else "、")
        elif ch == "。":
            stops += 1
            out.append(",。" if stops % 2 == 0 else "。")
        else:
            out.append(ch)
    return "".join(out)

def pinyin(line):
    return "".join(ch + ("(" + PINYIN[ch] + ")" if ch in PINYIN else "") for ch in line)

def main():
    lines = (HERE / "z2540.src.txt").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    res = [lines[0]]
    for ln in lines[1:]:
        if ln == "#":
            res.append("")
            continue
        t = s2tw(ln)
        if t.startswith("  ") and not t.strip().endswith(".png"):
            t = noise(t)
        if not t.startswith("信息來源"):
            t = pinyin(t)
        res.append(t)
    OUT.write_text("\n".join(res) + "\n", encoding="utf-8")



# ---------------------------------------------------------------------------
# z2544: a spun copy (Simplified) with the tokens 质量月 / 全国 injected.
# Source: z2544.src.txt. Line 1 (the host's publishing line) is kept as is. In the other lines the
# tokens are inserted, alternating 质量月, 全国, after every ',' and '。' except the first two ','
# of the item; a line starting with '@' is a paragraph that the copy ends with a dangling token
# (the next token is appended after its last '。' too). Output lines are separated as in the source.
Z2544_OUT = HERE.parent.parent.parent.parent / "tests" / "HeldOut" / "z2544_l5-spun-copy-keyword-host-consumer-paper-item-province-quality-month-and-quality-loan-launch-with-quality-white-paper-2024-publish-line-first-injected-tokens-no-headline-results.txt"

def spin_2544():
    lines = (HERE / "z2544.src.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    tokens = ["质量月", "全国"]
    k = 0
    seen_commas = 0
    out = [lines[0]]
    for ln in lines[1:]:
        dangling = ln.startswith("@")
        if dangling:
            ln = ln[1:]
        buf = []
        for i, ch in enumerate(ln):
            buf.append(ch)
            if ch == ",":
                seen_commas += 1
                if seen_commas <= 2:
                    continue
            if ch in ",。":
                last = i == len(ln) - 1
                if last and not dangling:
                    continue
                buf.append(tokens[k % 2])
                k += 1
        out.append("".join(buf))
    Z2544_OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
    spin_2544()
