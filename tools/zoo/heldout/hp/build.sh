#!/bin/sh
# Builds the converted fixtures of part HP from their UTF-8 Simplified sources (deterministic).
# Needs Debian's opencc and python3. Run from anywhere: sh src/build.sh
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z2343: big5 gate with Taiwan phrases: OpenCC s2tw (its 繫統 slip mended), then 質量->品質, 產->産, 水平->水準, 布局->佈局, 標志->標誌
opencc -c s2tw.json -i z2343_src.txt | python3 twgate.py > "$OUT/z2343_l6-big5-gate-taiwan-phrase-radio-site-province-paper-item-province-quality-supervision-work-meeting-2018-pinzhi-share-line-first-pipe-datetime-source-editor-headline-repeated-five-year-results-cut.txt"
# z2344: OpenCC s2t, then pinyin after the characters listed in pinyin.py (set a)
opencc -c s2t.json -i z2344_src.txt | python3 pinyin.py a > "$OUT/z2344_l6-traditional-pinyin-unrelated-host-policy-service-item-standardization-reward-clause-meta-description-residue-label-line-no-title-no-place-no-date.txt"
# z2345: OpenCC s2t with 範 put back to 范 (a naive mirror), then pinyin after set b
opencc -c s2t.json -i z2345_src.txt | sed 's/範/范/g' | python3 pinyin.py b > "$OUT/z2345_l6-naive-traditional-pinyin-mirror-quality-news-item-body-only-province-bureau-approves-three-quality-products-production-demonstration-zones-no-headline-no-date-counts-cut-mid-list.txt"
# z2347: OpenCC s2t with 範/並/於 put back to 范/并/于 (naive), no pinyin
opencc -c s2t.json -i z2347_src.txt | sed 's/範/范/g; s/並/并/g; s/於/于/g' > "$OUT/z2347_l6-naive-traditional-unrelated-host-copy-industry-info-net-item-province-two-famous-brand-zones-approved-body-only-restated-2020-aims-reprint-line-copyright-notice.txt"
# z2350: PDF font-map garble of punctuation (see pdfpunct.py), lines joined into one run
python3 pdfpunct.py < z2350_src.txt > "$OUT/z2350_l8-document-sharing-text-magazine-commentator-editorial-province-quality-province-pdf-font-map-punctuation-as-hanzi-one-run-title-author-page-number-running-head-glued-cut.txt"
