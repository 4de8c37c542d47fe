#!/bin/sh
# Rebuild the Traditional fixtures of part FF from their Simplified sources (Debian's opencc; deterministic).
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
b() { # src out pinyin-chars
  opencc -c s2t.json -i "$1" -o /tmp/ff_build.$$ 
  python3 add_pinyin.py "$3" < /tmp/ff_build.$$ > "$OUT/$2"
  rm -f /tmp/ff_build.$$
}
b z1731.src.txt z1731_l6-traditional-pinyin-no-address-copy-industry-news-item-national-ministry-and-bureau-joint-industrial-quality-brand-action-2017-site-time-line-blank-lines-cut-mid-sentence.txt '聯業發優產導動會現創標題術礎'
b z1732.src.txt z1732_l6-traditional-pinyin-mirror-province-quality-month-2014-photo-caption-first-mojibake-run-no-headline-no-date-thirty-eight-departments-notice.txt '網業監聯發'
b z1735.src.txt z1735_l6-traditional-mirror-news-site-instant-news-province-bureau-chief-quality-officer-implementing-opinion-2022-strike-tag-debris-crumb-glued-time-source-restated-targets-cut.txt ''
b z1739.src.txt z1739_l6-traditional-pinyin-mobile-mirror-body-only-city-quality-city-group-joint-meeting-preparing-for-province-assessment-2020-lately-author-in-parens.txt '質強導聯監場會長點劃計標準實調'
