#!/usr/bin/env bash
# Builds the part BC (held-out, representative sample of quality REWARD and EVALUATION documents and their results —
# quality awards, assessment rules and results, brand and standardization rewards — at any level, 2010–2025, taken in
# search order) zoo fixtures that are made from a source rather than written by hand:
#   z662  a Traditional+pinyin mirror of the national bureau's quality department's 2014 item on an expert review of the
#         third-party evaluation scheme for government quality-work assessment, body only, as text: the naive Simplified
#         -> Traditional map of parts H–BA (naive-traditional.sh) with OpenCC's 考覈, 公衆 and 羣衆 put back to 考核, 公眾 and
#         群眾 (as the sampled mirror prints them), then pinyin after 質, 會, 員, 單, 評, 價, 專, 與, 認, 務, 環, 級, 進,
#         證, 針, 對, 設, 問, 見 and 織;
#   z663  a Traditional+pinyin policy-service API page keeping the reward amounts of a standard-setting support policy
#         after an HTML attribute's tail, as text: the naive map, then pinyin after 業, 內 and 導 only;
#   z666  a naive-Traditional brand-service site's compilation of a province's cities' brand reward measures (no pinyin),
#         as text: the naive map only.
# z659–z661, z664, z665, z667 and z668 are written as committed (UTF-8).
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: apt-get install
# opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-bc.sh: opencc is missing (Debian: apt-get install opencc); z662, z663 and z666 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z662_l6-traditional-pinyin-mirror-national-bureau-quality-department-third-party-evaluation-scheme-review-meeting-2014-body-only-trailing-pipe
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/考覈/考核/g' -e 's/公衆/公眾/g' -e 's/羣衆/群眾/g' \
  | sed -e 's/質/質(zhì)/g' -e 's/會/會(huì)/g' -e 's/員/員(yuán)/g' -e 's/單/單(dān)/g' -e 's/評/評(píng)/g' \
        -e 's/價/價(jià)/g' -e 's/專/專(zhuān)/g' -e 's/與/與(yǔ)/g' -e 's/認/認(rèn)/g' -e 's/務/務(wù)/g' \
        -e 's/環/環(huán)/g' -e 's/級/級(jí)/g' -e 's/進/進(jìn)/g' -e 's/證/證(zhèng)/g' -e 's/針/針(zhēn)/g' \
        -e 's/對/對(duì)/g' -e 's/設/設(shè)/g' -e 's/問/問(wèn)/g' -e 's/見/見(jiàn)/g' -e 's/織/織(zhī)/g' \
  > "$zoo/$f.txt"

f=z663_l6-traditional-pinyin-policy-service-api-page-standard-setting-reward-amounts-attribute-tail-support-label-no-title-no-place
naive_traditional "$here/$f.src.txt" \
  | sed -e 's/業/業(yè)/g' -e 's/內/內(nèi)/g' -e 's/導/導(dǎo)/g' \
  > "$zoo/$f.txt"

f=z666_l6-naive-traditional-brand-service-site-province-cities-brand-reward-measures-compilation-city-name-lines-no-headline-cut-mid-sentence
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
