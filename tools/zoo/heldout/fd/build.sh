#!/bin/sh
# Deterministic build of the FD part's converted fixture(s). Needs Debian's opencc.
# z1711: OpenCC s2t, then pinyin after every 費 報 個 點 務 項 產 業 質 動 監 舉 強 進 場 實 發 (spun-copy style).
set -e
cd "$(dirname "$0")"
out=../../../../tests/HeldOut/z1711_l6-traditional-pinyin-spun-copy-consumer-paper-item-city-product-engineering-service-quality-action-plan-2023-2025-doubled-commas-body-only-no-headline-yearless-day.txt
opencc -c s2t.json -i z1711_src.txt -o /tmp/fd_z1711_t.txt
python3 - /tmp/fd_z1711_t.txt "$out" <<'PY'
import sys
py = {'費':'fèi','報':'bào','個':'gè','點':'diǎn','務':'wù','項':'xiàng','產':'chǎn','業':'yè','質':'zhì',
      '動':'dòng','監':'jiān','舉':'jǔ','強':'qiáng','進':'jìn','場':'chǎng','實':'shí','發':'fā'}
s = open(sys.argv[1], encoding='utf-8').read()
out = ''.join(c + ('(' + py[c] + ')' if c in py else '') for c in s)
open(sys.argv[2], 'w', encoding='utf-8').write(out)
PY
rm -f /tmp/fd_z1711_t.txt
