#!/usr/bin/env bash
# Builds the part DB (held-out, representative sample of QUALITY TALENT, QUALITY EDUCATION and QUALITY CULTURE
# documents and reports — 质量人才 培养, 质量教育 基地, 质量素养, 质量文化 建设, 工匠精神 质量 培训, 2012–2025 — as a
# researcher collecting them would search for them, taken in search order) zoo fixtures that are made from a source
# rather than written by hand. Each build line below says what it does. The other files of the part are written as
# committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-db.sh: opencc is missing (Debian: apt-get install opencc); the part's built files cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

# z1170  a Traditional+pinyin mirror of a national quality news item (2012 quality professional qualification exam),
#        as text: the naive map (naive-traditional.sh), then pinyin after EVERY 質, 業, 術, 試, 開, 會, 較, 現, 強, 設,
#        綱, 聯, 務, 發, 產, 續, 資 and 場 (the mirror's converter reads a fixed list). The `????` after the time stands
#        for the mirror's lost full-width spaces, as on the sampled page.
f=z1170_l6-traditional-pinyin-mirror-national-quality-news-item-quality-professional-qualification-exam-2012-time-question-marks-source-url-line-outline-clause-quoted
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/質/質(zhì)/g' -e 's/業/業(yè)/g' -e 's/術/術(shù)/g' -e 's/試/試(shì)/g' -e 's/開/開(kāi)/g' \
        -e 's/會/會(huì)/g' -e 's/較/較(jiào)/g' -e 's/現/現(xiàn)/g' -e 's/強/強(qiáng)/g' -e 's/設/設(shè)/g' \
        -e 's/綱/綱(gāng)/g' -e 's/聯/聯(lián)/g' -e 's/務/務(wù)/g' -e 's/發/發(fā)/g' -e 's/產/產(chǎn)/g' \
        -e 's/續/續(xù)/g' -e 's/資/資(zī)/g' -e 's/場/場(chǎng)/g' \
  > "$zoo/$f.txt"
