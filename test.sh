#!/usr/bin/env bash
# Runs every test project of the solution and ends with one summary line: "tests: N passed, N failed, N skipped".
# The build installs the npm data packages (package-lock.json) itself when node_modules is missing.
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test Sitrep.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum 'Passed'); failed=$(sum 'Failed'); skipped=$(sum 'Skipped')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
