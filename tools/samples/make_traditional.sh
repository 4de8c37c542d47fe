#!/usr/bin/env bash
# Builds samples/cangland-2019-quality-work-plan-traditional.txt from the Simplified source
# tools/samples/cangland-2019-work-plan.src.txt with Debian's OpenCC Simplified -> Taiwan converter.
#
# Step 1 is the converter itself: opencc -c s2twp (phrases + Taiwan variants), which gives
# 知识产权→智慧財產權, 网络→網路, 互联网→網際網路, 信息→資訊, 软件→軟體, 设置→設定, 项目→專案, 数据→資料, ...
#
# Step 2 is needed because Debian's OpenCC (1.1.x) no longer makes four substitutions that the older
# Taiwan converter behind the reference corpus (004) made and that the project must handle:
#   計劃→計畫   宏觀→巨觀   應用→套用   群眾性→民眾性
# They are applied after step 1 with sed, on the Traditional output. Drop step 2 to get OpenCC's output as is.
#
# OpenCC converts line by line, so the mid-word line breaks of the source (a bad scraper's) survive.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v opencc >/dev/null 2>&1; then
  echo "installing Debian's opencc (needs root)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq opencc >/dev/null
fi
src=tools/samples/cangland-2019-work-plan.src.txt
out=samples/cangland-2019-quality-work-plan-traditional.txt
opencc -c s2twp -i "$src" \
  | sed -e 's/計劃/計畫/g' -e 's/宏觀/巨觀/g' -e 's/應用/套用/g' -e 's/群眾性/民眾性/g' \
  > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
