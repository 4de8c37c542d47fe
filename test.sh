#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
# The browser tests (tests/PolicyGraph.Browser.Tests) drive Debian's chromium: installed here with apt-get when missing.
# They save a screenshot of each page to TestResults/screenshots/ (this run's only) and print its path: the console
# logger's detailed verbosity is what shows a passing test's output.
# The projects run side by side and their output interleaves, so the run ends by printing every failed test again
# (name, message and stack) and each project's totals: the last screen of a CI log says what broke.
# ./test.sh --fast is the inner loop (under a minute on this 2-core machine, build included; README: running the tests):
# it leaves out the tests marked [Trait("Category", "Slow")] (SIGKILLs during ingest, backups under load, the large
# hostile-input and search properties, PDF and converter limits, the whole-zoo runs, cypher-lint, the browser and load
# tests) and installs nothing. It builds only the projects that hold the other tests (PolicyGraph.Fast.slnf: not bench,
# not the browser tests), restores only when a project or package file changed since its last restore, and runs the
# test projects at once (dotnet test on a solution runs them one after another here), each project's output shown
# whole when it ends. CI runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p TestResults
rm -rf TestResults/screenshots
log=TestResults/test-run.log
status=0
if [ "${1:-}" = "--fast" ]; then
  shift
  fast=PolicyGraph.Fast.slnf
  # A restore that has nothing to do still reads every project: skip it when no project or package file is newer than
  # the last one (a checkout of another branch touches them).
  restored=TestResults/.fast-restore
  if [ ! -f "$restored" ] || [ -n "$(find src tests bench Directory.*.props global.json \( -name '*.csproj' -o -name 'Directory.*.props' -o -name global.json \) -newer "$restored" -print -quit)" ]; then
    dotnet restore "$fast"
    touch "$restored"
  fi
  : >"$log"
  dotnet build "$fast" -c Release --no-restore 2>&1 | tee -a "$log" || status=$?
  if [ "$status" -eq 0 ]; then
    # Each test project of the filter at once, its output to a file of its own, shown and added to the log when it ends.
    projects=$(sed -n 's|.*"\(tests\\\\[^"]*\.Tests\.csproj\)".*|\1|p' "$fast" | sed 's|\\\\|/|g')
    pids=()
    for project in $projects; do
      part="TestResults/$(basename "$project" .csproj).log"
      (code=0
       dotnet test "$project" -c Release --no-build --logger "console;verbosity=detailed" --filter "Category!=Slow" "$@" >"$part" 2>&1 || code=$?
       tee -a "$log" <"$part"
       exit "$code") &
      pids+=($!)
    done
    for pid in "${pids[@]}"; do
      wait "$pid" || status=$?
    done
  fi
else
  tools/install-test-deps.sh
  dotnet test PolicyGraph.sln -c Release --logger "console;verbosity=detailed" "$@" 2>&1 | tee "$log" || status=$?
fi
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
