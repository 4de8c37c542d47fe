#!/bin/bash
# Deterministic build of the converted fixtures of part HG (z2254, z2260).
# Needs Debian's opencc (s2t.json). Writes the fixtures into tests/HeldOut.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$here/../../../../tests/HeldOut" && pwd)"

# z2254: OpenCC Traditional, pinyin after every 質 監 導 領 強 產 發 務 檢 個 進 業 對 設,
# then one lost character (the first 凍 shown as ? with its pinyin kept), as the sampled mirror shows.
f2254="$out/z2254_l6-traditional-pinyin-mirror-copy-quality-paper-feature-province-bureau-five-years-2012-photo-captions-first-no-headline-box-byline-subhead-yearly-results-lost-character-cut.txt"
opencc -c s2t.json -i "$here/z2254.src.txt" | python3 -c '
import sys
py = {"質":"zhì","監":"jiān","導":"dǎo","領":"lǐng","強":"qiáng","產":"chǎn","發":"fā",
      "務":"wù","檢":"jiǎn","個":"gè","進":"jìn","業":"yè","對":"duì","設":"shè"}
t = sys.stdin.read()
t = "".join(c + "(" + py[c] + ")" if c in py else c for c in t)
t = t.replace("凝凍", "凝?(dòng)", 1)
sys.stdout.write(t)
' > "$f2254"

# z2260: a big5 gate copy: OpenCC Traditional, curly quotes turned into corner brackets,
# 標準 left as 標准 (the gate does not convert 准).
f2260="$out/z2260_l6-regional-portal-big5-mirror-province-quality-inspection-science-week-launch-2017-crumb-search-line-corner-bracket-quotes-datetime-source-author-share-lines-dateline-results-editor.txt"
opencc -c s2t.json -i "$here/z2260.src.txt" | python3 -c '
import sys
t = sys.stdin.read()
t = t.replace("\u201c", "\u300e").replace("\u201d", "\u300f").replace("標準", "標准")
sys.stdout.write(t)
' > "$f2260"
echo "built: $(basename "$f2254")"
echo "built: $(basename "$f2260")"
