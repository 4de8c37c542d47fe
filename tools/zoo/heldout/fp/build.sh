#!/bin/bash
# Deterministic build of part FP's converted fixtures (Debian's opencc, s2t).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z1822: OpenCC s2t, then the host's slips: 關於→關于 (kept 于), 製→制
opencc -c s2t.json -i z1822.src.txt | sed -e 's/關於/關于/g' -e 's/製/制/g' \
  > "$OUT/z1822_l6-traditional-unrelated-host-service-info-page-city-quality-improvement-implementing-plan-2018-body-only-from-preamble-no-title-no-issuer-no-date-2020-targets-cut-mid-task.txt"
# z1826: OpenCC s2t, then 關於→關于, 臺 kept, 製→制, 範→范
opencc -c s2t.json -i z1826.src.txt | sed -e 's/關於/關于/g' -e 's/製/制/g' -e 's/範/范/g' \
  > "$OUT/z1826_l6-traditional-city-news-site-county-city-quality-city-opinion-twelfth-five-year-reported-headline-net-lead-reporter-in-parens-2015-aims-restated-teasers-cut.txt"
