#!/bin/sh
# Deterministic build of part FS's Traditional fixtures from their Simplified sources.
# Needs Debian's opencc (s2t). Run from anywhere: sh /work/zoo-new/fs/src/build.sh
set -e
cd "$(dirname "$0")"
OUT=../../../../tests/HeldOut
# z1852: OpenCC s2t, then naive-map slips 關於->關于, 於->于, 着->著, 爲->為 as on the sampled copy
opencc -c s2t.json -i z1852.src.txt -o /tmp/fs_z1852.tmp
sed -e 's/關於/關于/g' -e 's/於/于/g' -e 's/着/著/g' -e 's/爲/為/g' /tmp/fs_z1852.tmp > "$OUT/z1852_l6-traditional-copy-quality-management-column-national-twenty-two-departments-quality-month-notice-2022-title-number-in-parens-ellipsis-lines-under-heads-cut.txt"
# z1855: OpenCC s2t, 發佈->發布, 復甦->復蘇, 爲->為 as on the sampled forum copy
opencc -c s2t.json -i z1855.src.txt -o /tmp/fs_z1855.tmp
sed -e 's/發佈/發布/g' -e 's/復甦/復蘇/g' -e 's/爲/為/g' /tmp/fs_z1855.tmp > "$OUT/z1855_l6-traditional-forum-thread-copy-national-bureau-press-conference-on-fifth-china-quality-congress-2023-opens-mid-sentence-no-headline-no-date-highlights-cut.txt"
# z1856: OpenCC s2t, 着->著, 築->筑 (the sampled copy keeps 筑), 並->并, 爲->為
opencc -c s2t.json -i z1856.src.txt -o /tmp/fs_z1856.tmp
sed -e 's/着/著/g' -e 's/築/筑/g' -e 's/並/并/g' -e 's/爲/為/g' /tmp/fs_z1856.tmp > "$OUT/z1856_l6-traditional-company-site-news-copy-national-quality-strong-enterprise-action-feature-opens-mid-item-two-provinces-national-counts-firm-cases-cut.txt"
rm -f /tmp/fs_z1852.tmp /tmp/fs_z1855.tmp /tmp/fs_z1856.tmp
