#!/bin/sh
# Deterministic build of the Traditional fixture of part FC from its Simplified source.
# Needs Debian's opencc (s2t). Run from anywhere: sh src/build.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut/z1706_l6-traditional-magazine-site-commentary-national-ministry-agricultural-three-products-one-standard-improvement-plan-2021-body-only-no-headline-no-date-licence-footer.txt"
opencc -c s2t.json -i "$here/z1706_traditional-source.txt" -o "$out"
