#!/bin/bash
# Deterministic build of part HX's converted fixture (needs Debian's opencc).
# z2422: a provincial news channel's BIG5 gate page. The Simplified source is run through
# OpenCC's s2t, then the gate's character choices are put back: 證→証, 準→准, 爲→為, 裏→裡,
# 着→著, and OpenCC phrase picks 託舉/平臺/瞭解/發佈/傢俱/佔/衝 back to 托/台/了/發布/家具/占/沖 (the gate maps character by character, so 認證 prints 認証 and 標準 prints 標准).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
src="$here/z2422.src.txt"
dst="$out/z2422_l6-big5-gate-provincial-channel-people-site-city-quality-supports-industry-2025-kicker-and-main-headline-gate-characters-zheng-zhun-results-and-this-year-aims-editor-line.txt"
opencc -c s2t.json -i "$src" | sed -e 's/證/証/g' -e 's/準/准/g' -e 's/爲/為/g' -e 's/裏/裡/g' -e 's/着/著/g' -e 's/託/托/g' -e 's/臺/台/g' -e 's/瞭/了/g' -e 's/發佈/發布/g' -e 's/傢俱/家具/g' -e 's/佔/占/g' -e 's/衝/沖/g' > "$dst"
echo "built $dst"
