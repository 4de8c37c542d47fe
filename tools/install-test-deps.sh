#!/usr/bin/env bash
# Installs what the tests need from Debian's packages: chromium, which Playwright drives in the browser tests
# (Playwright's own browser download does not work here); fonts-noto-cjk, so that Chinese text renders in the
# screenshots; python3-networkx, the standard GraphML reader the export test reads its GraphML back with; nodejs and
# npm, which run Neo4j's Cypher parser over cypher/ (tools/cypher-lint); wrk, the HTTP load generator of the load
# test (searches while an upload is ingested); libreoffice-writer-nogui, LibreOffice's headless converter, which the
# product uses to read .doc and .wps files and whose tests fail (they do not skip) without it. Then installs that parser
# (@neo4j-cypher/language-support, pinned in tools/cypher-lint/package-lock.json) with npm ci.
# Does nothing when all are there; apt-get needs root (CI is) or sudo.
set -euo pipefail

lint_dir="$(cd "$(dirname "$0")" && pwd)/cypher-lint"

have_chromium() { command -v chromium >/dev/null 2>&1; }
have_fonts() { dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; }
have_networkx() { python3 -c 'import networkx' >/dev/null 2>&1; }
have_node() { command -v node >/dev/null 2>&1; }
have_npm() { command -v npm >/dev/null 2>&1; }
have_wrk() { command -v wrk >/dev/null 2>&1; }
have_soffice() { command -v soffice >/dev/null 2>&1; }

fail() {
  echo "install-test-deps: $*" >&2
  echo "install-test-deps: the tests need Debian's chromium, fonts-noto-cjk, python3-networkx, nodejs, npm, wrk and libreoffice-writer-nogui; install them with" >&2
  echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk python3-networkx nodejs npm wrk libreoffice-writer-nogui" >&2
  echo "install-test-deps: and then the Cypher parser with" >&2
  echo "    npm ci --prefix tools/cypher-lint --no-audit --no-fund" >&2
  exit 1
}

missing=()
have_chromium || missing+=(chromium)
have_fonts || missing+=(fonts-noto-cjk)
have_networkx || missing+=(python3-networkx)
# Only what is missing: a Node.js from elsewhere (NodeSource's nodejs ships its own npm) is kept.
have_node || missing+=(nodejs)
have_npm || missing+=(npm)
have_wrk || missing+=(wrk)
have_soffice || missing+=(libreoffice-writer-nogui)

if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || fail "apt-get not found (not a Debian-like system)"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      fail "not root, and sudo without a password is not available"
    fi
  fi

  echo "install-test-deps: installing ${missing[*]} with apt-get" >&2
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  export DEBIAN_FRONTEND=noninteractive
  if ! "${sudo[@]}" apt-get update -qq >"$log" 2>&1; then
    cat "$log" >&2
    fail "apt-get update failed"
  fi
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    fail "apt-get install failed"
  fi
  have_chromium || fail "chromium is still not on PATH after apt-get install"
  have_fonts || fail "fonts-noto-cjk is still not installed after apt-get install"
  have_networkx || fail "python3 cannot import networkx after apt-get install"
  have_node || fail "node is still not on PATH after apt-get install"
  have_npm || fail "npm is still not on PATH after apt-get install"
  have_wrk || fail "wrk is still not on PATH after apt-get install"
  have_soffice || fail "soffice (libreoffice-writer-nogui) is still not on PATH after apt-get install"
  echo "install-test-deps: $(chromium --version 2>/dev/null || echo chromium), node $(node --version) installed" >&2
fi

# The parser package wants Node.js 18.18.2 or later (Debian 12 has 18.19, Debian 13 20.19).
node -e 'const [a, b, c] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && (b > 18 || (b === 18 && c >= 2))) ? 0 : 1)' \
  || fail "node $(node --version) is older than 18.18.2, which @neo4j-cypher/language-support needs"

# npm ci again when package-lock.json changed since the last install (npm writes node_modules/.package-lock.json).
if [ ! -f "$lint_dir/node_modules/.package-lock.json" ] || [ "$lint_dir/package-lock.json" -nt "$lint_dir/node_modules/.package-lock.json" ]; then
  echo "install-test-deps: installing the Cypher parser with npm ci in $lint_dir" >&2
  npm ci --prefix "$lint_dir" --no-audit --no-fund --loglevel=error >&2 || fail "npm ci in $lint_dir failed"
fi
