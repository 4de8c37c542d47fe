#!/bin/bash
# Deterministic build of the Traditional fixtures of part FT from their Simplified sources.
# Needs Debian's opencc. A naive-looking conversion: OpenCC s2t, then 於→于 and 範→范 put back
# (the sampled mirrors kept 于 and 范), as the pages showed.
set -euo pipefail
cd "$(dirname "$0")"
conv() { opencc -c s2t.json -i "$1" | sed -e 's/於/于/g' -e 's/範/范/g' > "../../../../tests/HeldOut/$2"; }
conv z1862_src.txt z1862_l6-traditional-mirror-policy-column-province-quality-award-office-notice-issuing-revised-review-rules-2014-body-only-from-addressees-measures-by-number-cut.txt
conv z1864_src.txt z1864_l6-traditional-project-agency-site-city-mayor-quality-award-measures-no-year-body-only-from-article-one-hotline-ad-inserted-no-title-chapter-two.txt
