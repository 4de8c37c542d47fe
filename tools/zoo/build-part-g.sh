#!/usr/bin/env bash
# Builds the part G (held-out) zoo fixtures that are made from a source rather than written by hand:
#   z122  a policy-mirror page (mobile layout) run through a naive one-to-one Simplified -> Traditional map
#         (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布, 製→制,
#         爲→為), then given pinyin after the converted characters the mirror annotates (pinyin_after_traditional.py):
#         質(zhì)量, 發(fā), 區(qū) — also inside the headline's number 嘉政辦發(fā)〔2014〕61號;
#   z130  text copied out of a WPS-exported PDF of a county notice and plan (wps_pdf_text.py): fixed-width lines
#         that cut names and numbers, spaces around ASCII runs (`2025 年`, `〔2023〕27 号`), `- N -` page numbers;
#   z136  an association site built with a pinyin plug-in (pinyin_mixed_mirror.py): Simplified text with some
#         characters annotated and some of those turned Traditional (海(hǎi)南省, 國(guó)務(wù)院);
#   z139  a county-level city bureau's 2012 page as GB18030 bytes (the source is UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian:
# libc-bin) and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
zoo="$(cd "$here/../../tests/Zoo" && pwd)"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-g.sh: opencc is missing (Debian: apt-get install opencc); z122 cannot be built" >&2
  exit 1
fi
opencc -c s2t -i "$here/z122_l6-traditional-pinyin-policy-mirror-number-after-title.src.html" \
  | sed -e 's/關於/關于/g' -e 's/佔/占/g' -e 's/發佈/發布/g' -e 's/爲/為/g' -e 's/製/制/g' \
  | python3 "$here/pinyin_after_traditional.py" \
  > "$zoo/z122_l6-traditional-pinyin-policy-mirror-number-after-title.html"
python3 "$here/wps_pdf_text.py" "$here/z130_l8-wps-pdf-autonomous-county-plan.src.txt" \
  > "$zoo/z130_l8-wps-pdf-autonomous-county-plan.txt"
python3 "$here/pinyin_mixed_mirror.py" < "$here/z136_l7-association-site-pinyin-province-joint-opinion.src.html" \
  > "$zoo/z136_l7-association-site-pinyin-province-joint-opinion.html"
iconv -f UTF-8 -t GB18030 "$here/z139_l2-county-city-bureau-site-2012-gb18030.src.txt" \
  > "$zoo/z139_l2-county-city-bureau-site-2012-gb18030.txt"
for f in z122_l6-traditional-pinyin-policy-mirror-number-after-title.html z130_l8-wps-pdf-autonomous-county-plan.txt \
         z136_l7-association-site-pinyin-province-joint-opinion.html z139_l2-county-city-bureau-site-2012-gb18030.txt; do
  echo "built ${f%%_*} ($(wc -c < "$zoo/$f") bytes)" >&2
done
