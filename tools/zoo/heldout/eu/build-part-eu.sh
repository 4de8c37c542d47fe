#!/bin/bash
# Rebuild part EU's converted fixtures from their UTF-8 Simplified sources (deterministic).
# Needs Debian's opencc (config s2tw) and python3. Writes into the parent folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../../../tests/HeldOut"
build() {
  local id="$1" name="$2"
  opencc -c s2tw -i "$here/$id.src.txt" | python3 "$here/annotate.py" "$id" > "$out/$name"
}
build z1623 z1623_l6-traditional-pinyin-unrelated-host-topic-page-province-three-level-bureaus-quality-month-launch-2024-pipe-framed-time-source-editor-line-question-marks-pinyin-first-per-clause-cut-inside-theme.txt
build z1627 z1627_l6-traditional-pinyin-company-site-news-show-national-twenty-one-departments-quality-month-2021-slash-datetime-dense-pinyin-mojibake-run-cut.txt
build z1628 z1628_l6-naive-traditional-unrelated-host-copy-provincial-news-app-item-city-bureau-press-conference-quality-infrastructure-one-stop-2024-yearless-dateline-no-headline-run-in-heads-plan-restated.txt
build z1629 z1629_l6-traditional-pinyin-unrelated-host-copy-quality-paper-review-national-fourteenth-five-year-ten-quality-news-2025-headline-blank-lines-bullets-restated-outline-targets-cut.txt
build z1630 z1630_l6-naive-traditional-finance-content-site-copy-workers-daily-item-national-bureau-product-quality-spot-check-2022-image-tag-first-headline-theme-tag-yearless-dateline-results-tags-tail.txt
