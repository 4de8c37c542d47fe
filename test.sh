#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
# The browser tests (tests/PolicyGraph.Browser.Tests) drive Debian's chromium: installed here with apt-get when missing.
# They save a screenshot of each page to TestResults/screenshots/ (this run's only) and print its path: the console
# logger's detailed verbosity is what shows a passing test's output.
# The projects run side by side and their output interleaves, so the run ends by printing every failed test again
# (name, message and stack) and each project's totals: the last screen of a CI log says what broke.
# ./test.sh --fast is the inner loop (under a minute on 2 quiet cores, build included; README: running the tests): it
# leaves out the tests marked [Trait("Category", "Slow")] (SIGKILLs during ingest, backups under load, the large
# hostile-input and search properties, PDF and converter limits, the whole-zoo runs, cypher-lint, the browser and load
# tests), builds and runs only the projects that hold the other tests (PolicyGraph.Fast.slnf: not bench, not the
# browser tests), restores only when a project or package file changed since its last restore, and installs nothing.
# CI runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p TestResults
target=PolicyGraph.sln
options=()
if [ "${1:-}" = "--fast" ]; then
  shift
  target=PolicyGraph.Fast.slnf
  options=(--filter "Category!=Slow")
  # A restore that has nothing to do still reads every project: skip it when no project or package file is newer than
  # the last one (a checkout of another branch touches them).
  restored=TestResults/.fast-restore
  if [ -f "$restored" ] && [ -z "$(find src tests bench Directory.*.props global.json \( -name '*.csproj' -o -name 'Directory.*.props' -o -name global.json \) -newer "$restored" -print -quit)" ]; then
    options+=(--no-restore)
  else
    dotnet restore "$target"
    touch "$restored"
    options+=(--no-restore)
  fi
else
  tools/install-test-deps.sh
fi
rm -rf TestResults/screenshots
log=TestResults/test-run.log
status=0
dotnet test "$target" -c Release --logger "console;verbosity=detailed" ${options[@]+"${options[@]}"} "$@" 2>&1 | tee "$log" || status=$?
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
