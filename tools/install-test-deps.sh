#!/usr/bin/env bash
# Installs what the tests need from Debian's packages: chromium, which Playwright drives in the browser tests
# (Playwright's own browser download does not work here); fonts-noto-cjk, so that Chinese text renders in the
# screenshots; python3-networkx, the standard GraphML reader the export test reads its GraphML back with.
# Does nothing when all are there; run as root (CI is) or through sudo.
set -euo pipefail

have_chromium() { command -v chromium >/dev/null 2>&1; }
have_fonts() { dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; }
have_networkx() { python3 -c 'import networkx' >/dev/null 2>&1; }

if have_chromium && have_fonts && have_networkx; then
  exit 0
fi

fail() {
  echo "install-test-deps: $*" >&2
  echo "install-test-deps: the tests need Debian's chromium, fonts-noto-cjk and python3-networkx; install them with" >&2
  echo "    sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk python3-networkx" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found (not a Debian-like system)"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    fail "not root, and sudo without a password is not available"
  fi
fi

echo "install-test-deps: installing chromium, fonts-noto-cjk and python3-networkx with apt-get" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq >"$log" 2>&1; then
  cat "$log" >&2
  fail "apt-get update failed"
fi
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk python3-networkx >"$log" 2>&1; then
  cat "$log" >&2
  fail "apt-get install failed"
fi
have_chromium || fail "chromium is still not on PATH after apt-get install"
have_fonts || fail "fonts-noto-cjk is still not installed after apt-get install"
have_networkx || fail "python3 cannot import networkx after apt-get install"
echo "install-test-deps: $(chromium --version 2>/dev/null || echo chromium) installed" >&2
