#!/bin/sh
# Rebuild part GJ's converted fixtures from their UTF-8 Simplified sources.
# Needs Debian's opencc (s2t). Deterministic: same sources, same output.
# z2023, z2029, z2030: OpenCC s2t, then add_pinyin.py (pinyin after listed
# characters; z2029 and z2030 also get their mojibake runs).
# z2026, z2027: OpenCC s2t only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../../../tests/HeldOut"

build() { # id fixture-name pinyin(yes/no)
  src="$here/$1.src.txt"
  dst="$out/$2"
  if [ "$3" = yes ]; then
    opencc -c s2t -i "$src" | python3 "$here/add_pinyin.py" "$1" > "$dst"
  else
    opencc -c s2t -i "$src" > "$dst"
  fi
}

build z2023 z2023_l6-traditional-pinyin-metrology-portal-mirror-city-quality-month-launch-2020-site-name-url-line-crumb-empty-author-source-views-results.txt yes
build z2026 z2026_l6-plain-traditional-copy-quality-paper-item-city-manufacturing-quality-strong-enterprise-congress-no-date-outline-lecture-paper-credit-last.txt no
build z2027 z2027_l6-plain-traditional-copy-doubled-commas-county-city-vice-mayor-at-branch-venue-province-public-service-quality-tv-meeting-2023-body-only-yearless-day-reporter-in-parens.txt no
build z2029 z2029_l6-traditional-pinyin-no-address-page-city-quality-innovation-consortium-push-meeting-2023-headline-mojibake-run-pilot-districts-results.txt yes
build z2030 z2030_l6-traditional-pinyin-no-address-page-town-quality-town-case-write-up-sections-no-headline-no-date-two-mojibake-runs-area-figures-cut.txt yes
