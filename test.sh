#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
# The browser tests (tests/PolicyGraph.Browser.Tests) drive Debian's chromium: installed here with apt-get when missing.
# They save a screenshot of each page to TestResults/screenshots/ (this run's only) and print its path: the console
# logger's detailed verbosity is what shows a passing test's output.
# The projects run side by side and their output interleaves, so the run ends by printing every failed test again
# (name, message and stack) and each project's totals: the last screen of a CI log says what broke.
# ./test.sh --fast is the inner loop: it leaves out the tests marked [Trait("Category", "Slow")] (SIGKILLs during ingest,
# backups under load, the large hostile-input properties, PDF and converter limits, cypher-lint, the browser and load
# tests) and installs nothing. CI runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")"
filter=()
if [ "${1:-}" = "--fast" ]; then
  shift
  filter=(--filter "Category!=Slow")
else
  tools/install-test-deps.sh
fi
rm -rf TestResults/screenshots
mkdir -p TestResults
log=TestResults/test-run.log
status=0
dotnet test PolicyGraph.sln -c Release --logger "console;verbosity=detailed" ${filter[@]+"${filter[@]}"} "$@" 2>&1 | tee "$log" || status=$?
echo
echo "=== Summary of this run (full output: $log) ==="
# A failed test's block starts with '  Failed <name>' and runs until the next test's Passed/Failed/Skipped line.
awk '/^  Failed [A-Za-z]/ { keep = 1; shown = 0 }
     /^  (Passed|Skipped) [A-Za-z]/ { keep = 0 }
     keep && shown < 40 { print; shown++ }' "$log"
grep -E '^(Test Run (Successful|Failed|Aborted)|Total tests:|     (Passed|Failed|Skipped):)|error [A-Z]+[0-9]+:|The active test run was aborted' "$log" \
  | awk '!/error/ || !seen[$0]++' || true
echo "exit code $status"
exit "$status"
