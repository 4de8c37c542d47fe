#!/bin/sh
# Deterministic build of part FE's Traditional fixtures from their Simplified sources.
# Needs Debian's opencc. Run from anywhere: sh build.sh
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut
conv() { opencc -c s2t -i "$1" -o "$2.tmp"; }
# naive-mirror copies keep 于 unconverted (關于, 對于), as on the sampled pages
conv z1721.src.txt t1721; sed 's/於/于/g' t1721.tmp > "$out/z1721_l6-traditional-mirror-copy-quality-news-item-city-government-quality-city-activity-opinion-body-only-no-headline-no-date-three-four-five-counts.txt"
conv z1723.src.txt t1723; sed 's/於/于/g' t1723.tmp > "$out/z1723_l6-naive-traditional-news-mirror-crumb-province-paper-item-province-quality-congress-and-award-2022-governor-headline-publish-source-line-results-2025-aims-cut.txt"
conv z1726.src.txt t1726; sed 's/於/于/g' t1726.tmp > "$out/z1726_l4-naive-traditional-unrelated-host-paper-item-province-party-gov-quality-province-outline-2023-main-contents-byline-box-lately-no-number-no-date-2025-targets-cut.txt"
conv z1729.src.txt t1729; sed 's/於/于/g' t1729.tmp > "$out/z1729_l6-traditional-host-copy-quality-site-item-province-bureau-quality-month-2021-body-only-no-headline-no-date-thirteenth-five-year-results-source-line.txt"
# the HK news site writes 標准 (half-converted) but 關於
conv z1724.src.txt t1724; sed 's/標準/標准/g' t1724.tmp > "$out/z1724_l6-traditional-hk-news-site-relay-province-paper-province-executive-meeting-quality-standard-brand-province-2016-cnml-print-qr-lines-url-datetime-dateline-results-cut.txt"
rm -f t17*.tmp
