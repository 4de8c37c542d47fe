#!/usr/bin/env bash
# Builds the part O (held-out, representative sample) zoo fixtures that are made from a source rather than written
# by hand:
#   z259  a Chinese-language wiki's entry on a city's award measures, written in Traditional characters as such wikis
#         are: OpenCC s2t, keeping 於 (關於, 適用於) as a native Traditional text does, but 發布 rather than s2t's 發佈
#         (the spelling the sampled wiki used);
#   z261  a mirror's copy of a city notice and its plan, as text, through a naive Simplified -> Traditional map
#         (OpenCC s2t, then the phrase-level choices such a map does not make undone: 關於→關于, 佔→占, 發佈→發布,
#         爲→為, 製→制, as parts H–M);
#   z262  a policy-information site's copy of a provincial office's notice, as text saved in GB18030
#         (`iconv -t GB18030` of a UTF-8 source);
#   z265  a content farm's copy of a district head's speech, as text: the same naive map, then pinyin after converted
#         characters (pinyin_after_traditional_text.py, part M's table applied to copied text);
#   z266  a mirror's copy of a news item whose body the page prints twice around a 來源網址 line, as text, the naive map.
# Deterministic: same sources and same OpenCC -> same bytes. Run from anywhere; needs python3, iconv (Debian: libc-bin)
# and opencc (Debian: opencc).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
zoo="$root/tests/Zoo"

if ! command -v opencc >/dev/null 2>&1; then
  echo "build-part-o.sh: opencc is missing (Debian: apt-get install opencc); z259, z261, z265 and z266 cannot be built" >&2
  exit 1
fi
if ! command -v iconv >/dev/null 2>&1; then
  echo "build-part-o.sh: iconv is missing (Debian: libc-bin); z262 cannot be built" >&2
  exit 1
fi

. "$here/naive-traditional.sh"

f=z259_l6-traditional-wiki-city-brand-award-measures-revision-history-numbers
opencc -c s2t -i "$here/$f.src.html" | sed -e 's/發佈/發布/g' > "$zoo/$f.html"

f=z261_l6-naive-traditional-mirror-original-title-line-flattened-city-notice
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"

f=z262_l14-policy-site-province-office-standardization-outline-truncated-date-abridged-gb18030
iconv -f UTF-8 -t GB18030 "$here/$f.src.txt" > "$zoo/$f.txt"

f=z265_l6-traditional-pinyin-content-farm-district-head-speech-no-place
naive_traditional "$here/$f.src.txt" | python3 "$here/pinyin_after_traditional_text.py" > "$zoo/$f.txt"

f=z266_l5-naive-traditional-news-province-metrology-opinion-source-url-text-twice
naive_traditional "$here/$f.src.txt" > "$zoo/$f.txt"
