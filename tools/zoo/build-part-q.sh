#!/usr/bin/env bash
# Builds the part Q (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z282  a content site's copy of a municipality's quality opinion, as text, through a naive Simplified -> Traditional
#         map (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布,
#         爲→為, 製→制, as parts H–O); the sampled mirror printed the body with no title, issuer or signature;
#   z286  a news-aggregator mirror's copy of a city notice with its plan (原標題 line, title + number + addressees on
#         one line, signature + date + plan title on one line), as text, the same naive map.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-q.sh: opencc is missing (Debian: apt-get install opencc); z282 and z286 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

for f in \
  z282_l6-naive-traditional-mirror-municipality-opinion-no-title-no-issuer-no-signature \
  z286_l6-naive-traditional-mirror-original-title-flattened-city-standardization-plan; do
  naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
done
