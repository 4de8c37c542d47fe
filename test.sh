#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
# The browser tests (tests/PolicyGraph.Browser.Tests) drive Debian's chromium: installed here with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")"
tools/install-test-deps.sh
dotnet test PolicyGraph.sln -c Release --logger "console;verbosity=normal" "$@"
