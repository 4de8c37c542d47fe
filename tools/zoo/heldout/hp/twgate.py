import sys
# A Taiwan-phrase big5 gate as seen on a radio site's pages: phrase substitutions a character map cannot undo.
REPL = [("繫統", "系統"), ("質量", "品質"), ("產", "産"), ("水平", "水準"), ("布局", "佈局"), ("標志", "標誌")]
t = sys.stdin.read()
for a, b in REPL:
    t = t.replace(a, b)
sys.stdout.write(t)
