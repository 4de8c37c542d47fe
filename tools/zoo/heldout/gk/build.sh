#!/bin/sh
# Rebuild the converted fixture of part GK from its Simplified source (deterministic).
# z2032: OpenCC s2t, then a naive character map's traits put back: 于, 后, 志 and 为 left as in Simplified
# or in their older forms (关于 -> 關于, 最后, 标志 -> 標志, 着 -> 著, 借助, 了解, 啟), as on the sampled page.
# Needs Debian's opencc. Run from anywhere: sh src/build.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"
opencc -c s2t.json -i "$here/z2032_src.txt" \
  | sed -e 's/於/于/g' -e 's/後/后/g' -e 's/誌/志/g' -e 's/着/著/g' -e 's/爲/為/g' -e 's/藉/借/g' -e 's/瞭/了/g' -e 's/啓/啟/g' \
  > "$out/z2032_l6-naive-traditional-spam-domain-body-only-national-commerce-ministry-and-samr-service-standardization-pilot-notice-reported-no-headline-no-date-cut.txt"
