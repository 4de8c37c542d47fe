#!/bin/sh
# Rebuild the converted fixture of part HS from its Simplified source.
# Needs Debian's opencc (s2t) and python3. Deterministic; writes into the parent folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"
name=z2375_l6-traditional-pinyin-unrelated-host-copy-quality-paper-item-region-quality-development-conference-2018-kicker-headline-subline-spaced-byline-lately-prefecture-grades-paper-name-tail.txt
opencc -c s2t.json -i "$here/z2375_src.txt" -o "$here/.z2375_t.txt"
python3 "$here/add_pinyin.py" < "$here/.z2375_t.txt" > "$out/$name"
rm -f "$here/.z2375_t.txt"
echo "wrote $out/$name"
