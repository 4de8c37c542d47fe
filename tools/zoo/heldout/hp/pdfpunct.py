import sys
# Text pulled from a magazine PDF whose font maps punctuation to hanzi (seen on a document-sharing page):
# “ -> 野, ” -> 冶, ， -> 袁, 。 -> 遥, 、 -> 尧, ； -> 曰. Source lines are joined into one run;
# a line starting with @ is glued on as is (the title, author, page number and running head of the PDF page).
MAP = {"“": "野", "”": "冶", "，": "袁", "。": "遥", "、": "尧", "；": "曰"}
out = []
for line in sys.stdin.read().splitlines():
    if not line:
        continue
    if line.startswith("@"):
        out.append(line[1:])
    else:
        out.append("".join(MAP.get(c, c) for c in line))
sys.stdout.write("".join(out) + "\n")
