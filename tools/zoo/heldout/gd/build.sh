#!/bin/bash
# Deterministic build of part GD's converted fixtures (z1961, z1962, z1964, z1966–z1970) from their UTF-8
# Simplified sources zNNNN.src.txt. Needs Debian's opencc (s2t) and python3. Writes into tests/HeldOut.
set -euo pipefail
cd "$(dirname "$0")"
o=../../../../tests/HeldOut
t()  { opencc -c s2t.json; }
py() { python3 add_pinyin.py "$1"; }

t < z1961.src.txt > "$o/z1961_l6-traditional-mirror-quality-paper-item-province-supply-chain-quality-lecture-outline-publicity-2023-byline-first-no-headline-paper-name-and-location-tail.txt"
t < z1962.src.txt | py '國質強創動會議開產業標準領務調發' > "$o/z1962_l6-traditional-pinyin-car-site-copy-city-daily-item-body-only-quality-city-demonstration-mobilization-mayor-three-demands-yearless-day-cut.txt"
# z1964: the page's ideographic indents came through as `??`
t < z1964.src.txt | sed 's/^　　/??/' | py '區質會議強標準創發導勢產業領' > "$o/z1964_l6-traditional-pinyin-copy-municipality-district-quality-leading-group-meeting-2024-question-marks-for-indent-yearless-day-cut-mid-word.txt"
t < z1966.src.txt | py '質強動會議開產業標準領務實發導' > "$o/z1966_l6-traditional-pinyin-unrelated-host-copy-city-party-standing-committee-adopts-quality-improvement-plan-qr-code-label-first-yearless-day-cut.txt"
t < z1967.src.txt | py '標準區會議聯調發務' > "$o/z1967_l6-traditional-pinyin-spam-site-copy-regional-standardization-alliance-meeting-2022-three-provinces-one-region-datetime-source-ads-icp-footer.txt"
t < z1968.src.txt | py '國質強會動領導發業標' > "$o/z1968_l6-traditional-pinyin-car-site-copy-national-chief-quality-officer-congress-2020-doubled-and-stray-commas-no-headline-cut.txt"
t < z1969.src.txt | py '質區發標準務術創' > "$o/z1969_l6-traditional-pinyin-mobile-copy-industry-info-net-item-region-government-quality-region-decision-reported-2015-time-line-source-copyright-tail.txt"
t < z1970.src.txt > "$o/z1970_l6-traditional-copy-district-bureau-quality-month-community-publicity-2023-body-only-yearless-day-counts-handed-out.txt"
