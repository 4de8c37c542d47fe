#!/bin/sh
# Deterministic build of part FV's converted fixtures from their Simplified sources (needs Debian's opencc).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z1883: OpenCC s2t, then pinyin after every 報 質 領 導 辦 動 開 點 論 證 驗 檢 測 專 項 產
opencc -c s2t.json -i z1883_src.txt -o /tmp/z1883.t
python3 addpin.py '報=bào,質=zhì,領=lǐng,導=dǎo,辦=bàn,動=dòng,開=kāi,點=diǎn,論=lùn,證=zhèng,驗=yàn,檢=jiǎn,測=cè,專=zhuān,項=xiàng,產=chǎn' < /tmp/z1883.t > "$OUT/z1883_l6-traditional-pinyin-mirror-quality-paper-item-province-quality-month-activities-2020-body-only-spaced-reporter-name-six-areas-no-figure.txt"
# z1884: OpenCC s2t only (plain Traditional, body only)
opencc -c s2t.json -i z1884_src.txt -o "$OUT/z1884_l6-traditional-unrelated-host-copy-province-bureau-quality-work-press-conference-2025-body-only-recently-lead-last-week-congresses-results-red-list.txt"
# z1889: OpenCC s2t only (spun text kept as written in the source)
opencc -c s2t.json -i z1889_src.txt -o "$OUT/z1889_l6-traditional-spun-copy-city-executive-meeting-eighth-mayor-quality-award-results-yearless-day-garbled-clauses-renamed-award-history.txt"
rm -f /tmp/z1883.t
