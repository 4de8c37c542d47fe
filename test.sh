#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
# The browser tests (tests/PolicyGraph.Browser.Tests) drive Debian's chromium: installed here with apt-get when missing.
# They save a screenshot of each page to TestResults/screenshots/ (this run's only) and print its path: the console
# logger's detailed verbosity is what shows a passing test's output.
set -euo pipefail
cd "$(dirname "$0")"
tools/install-test-deps.sh
rm -rf TestResults/screenshots
dotnet test PolicyGraph.sln -c Release --logger "console;verbosity=detailed" "$@"
