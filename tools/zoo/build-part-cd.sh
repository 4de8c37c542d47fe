#!/usr/bin/env bash
# Part CD (z929–z930): no built files. Both fixtures are written as committed (UTF-8, Simplified);
# there is no Traditional, pinyin or spam-wrapped source to build, so this script only checks they exist.
set -euo pipefail
cd "$(dirname "$0")/../.."
for f in tests/Zoo/z929_*.txt tests/Zoo/z930_*.txt; do test -f "$f"; done
echo "part CD: nothing to build"
