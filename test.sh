#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: restores, builds and tests every project in Release.
# Tests read the reference corpus from ../shared/corpus and the gold judgments from ../shared/gold.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test PolicyGraph.sln -c Release --logger "console;verbosity=normal" "$@"
