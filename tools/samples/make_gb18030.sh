#!/usr/bin/env bash
# Builds samples/songhu-2023-quality-district-plan.gb18030.txt: the UTF-8 source
# tools/samples/songhu-2023.src.txt re-encoded as GB18030 (as a CMS export of a Chinese government site
# would be), and checks that the result decodes back to the source byte for byte.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=tools/samples/songhu-2023.src.txt
out=samples/songhu-2023-quality-district-plan.gb18030.txt
iconv -f UTF-8 -t GB18030 "$src" > "$out"
iconv -f GB18030 -t UTF-8 "$out" | cmp -s - "$src" || { echo "GB18030 round trip differs from $src" >&2; exit 1; }
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
