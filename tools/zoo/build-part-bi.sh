#!/usr/bin/env bash
# Builds the part BI (held-out, representative sample of WECHAT public-account and SELF-MEDIA reposts of quality
# policies and quality-work news, as a researcher collecting 公众号/头条号/百家号/网易号 copies would search for them,
# 2013–2024, taken in search order) zoo fixtures that are made from a source rather than written by hand:
#   z719  a naive-Traditional copy of a market-regulation paper's item on a city's first 质量公共品牌 release (2024), as
#         text: the naive Simplified -> Traditional map of parts H–BH (naive-traditional.sh) with OpenCC's 瞭解 put back
#         to 了解 (as the sampled copy prints it);
#   z724  a spam-wrapped naive-Traditional digest, on a consultancy site, of a district's 品牌建设专项资金 (2022), as
#         text: a Simplified spam line the wrapper adds, then the naive map with OpenCC's 標誌 put back to 標志;
#   z728  a naive-Traditional copy, on a self-media platform (网易号), of a county news site's item on a geographical-
#         indication brand's contest silver (no year printed), as text: the naive map with 標誌, 瞭解 and 羣衆 put back to 標志,
#         了解 and 群眾 (the platform's statement and English notice are in the source).
# The other files of the part (z720, z721, z722, z723, z725, z726, z727) are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bi.sh: opencc is missing (Debian: apt-get install opencc); z719, z724 and z728 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z719_l6-naive-traditional-copy-market-regulation-paper-item-city-quality-public-brand-release-2024-source-and-original-title-lines-repeated-writer-learnt
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/瞭解/了解/g' \
  > "$zoo/$f.txt"

f=z724_l6-spam-wrapped-naive-traditional-consultancy-site-district-brand-building-fund-digest-2022-hotline-numbered-sections-broken-number-lost-date-separators
{
  printf '%s\n\n' '高清影视免费看_最新热播剧集_综艺在线_精品导航一区二区_手机直接观看'
  naive_traditional "$here/$f.src.txt" \
    | sed -e 's/標誌/標志/g'
} > "$zoo/$f.txt"

f=z728_l6-naive-traditional-self-media-platform-copy-county-news-site-geographical-indication-brand-contest-silver-yearless-body-only-platform-statement-english-notice
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/標誌/標志/g' -e 's/瞭解/了解/g' -e 's/羣衆/群眾/g' \
  > "$zoo/$f.txt"
