#!/bin/sh
# Rebuild the two Traditional fixtures of part GW from their Simplified sources.
# Needs Debian's opencc. Deterministic: OpenCC s2tw, then the sampled copies'
# naive slips put back (築→筑, 紮→扎, 採→采, 傢俱→家具, 週→周), as the sampled mirrors printed them.
set -e
cd "$(dirname "$0")"
conv() {
  opencc -c s2tw -i "$1" | sed -e 's/築/筑/g' -e 's/紮/扎/g' -e 's/採/采/g' -e 's/傢俱/家具/g' -e 's/週/周/g' > "$2"
}
conv z2152_src.txt ../../../../tests/HeldOut/z2152_l6-plain-traditional-mirror-host-open-info-copy-city-bureau-quality-month-2021-body-only-no-headline-no-date-five-measures-cut-mid-sentence.txt
conv z2153_src.txt ../../../../tests/HeldOut/z2153_l6-plain-traditional-unrelated-host-copy-province-bureau-industrial-product-quality-technical-help-activity-body-only-no-headline-no-year-no-place-reporter-in-parens.txt
