#!/usr/bin/env bash
# Builds the part CG (held-out, representative sample of DEPARTMENT-SITE REPRINTS and FORWARDING notices on quality
# work — 市场监管局/质监局 网站 转载, 转发 省/市 质量 通知, 部门 网站 政策文件 栏目, 2012–2025 — as a researcher collecting
# them would search for them, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z960  a Traditional+pinyin copy of a county-level city portal's gazette-issue page carrying the city office's
#         2013 质量强市 action plan notice, as text: the naive Simplified -> Traditional map of parts H–BI
#         (naive-traditional.sh), then pinyin after 來, 發, 強, 號, 關, 區, 會, 鎮, 濟, 現, 請, 實, 據, 標, 產, 動 and 見
#         (as the sampled copy prints such readings).
# The other files of the part are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-cg.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z960_l6-traditional-pinyin-copy-county-city-portal-gazette-issue-city-office-quality-city-2013-action-plan-source-time-line-site-name-as-issuer-field-document-date-differs
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/來/來(lái)/g' -e 's/發/發(fā)/g' -e 's/強/強(qiáng)/g' -e 's/號/號(hào)/g' -e 's/關/關(guān)/g' \
        -e 's/區/區(qū)/g' -e 's/會/會(huì)/g' -e 's/鎮/鎮(zhèn)/g' -e 's/濟/濟(jì)/g' -e 's/現/現(xiàn)/g' \
        -e 's/請/請(qǐng)/g' -e 's/實/實(shí)/g' -e 's/據/據(jù)/g' -e 's/標/標(biāo)/g' -e 's/產/產(chǎn)/g' \
        -e 's/動/動(dòng)/g' -e 's/見/見(jiàn)/g' \
  > "$zoo/$f.txt"
