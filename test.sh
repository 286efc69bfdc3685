#!/usr/bin/env bash
# Runs every test project of the solution and ends with one summary line: "tests: N passed, N failed, N skipped".
# The build installs the npm data packages (package-lock.json) itself when node_modules is missing. The PostgreSQL
# store's tests need a server: unless SITREP_TEST_POSTGRES already names one, a throwaway server is started (and
# PostgreSQL/PostGIS installed from Debian's packages if missing) by tests/postgres/server.sh, and stopped at the end;
# Debian's Chromium, for the browser tests, is installed here when missing.
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
if [ -z "${SITREP_TEST_POSTGRES:-}" ]; then
  if pgdir=$(tests/postgres/server.sh start); then
    trap 'tests/postgres/server.sh stop "$pgdir"' EXIT
    export SITREP_TEST_POSTGRES="Host=$pgdir;Port=5432;Username=sitrep;Database=postgres"
  else
    echo "test.sh: no PostgreSQL server could be started; the PostgreSQL store's tests will fail (see tests/postgres/server.sh)" >&2
  fi
fi
# The browser tests (tests/Sitrep.Web.Tests) drive Debian's Chromium through Playwright (never `playwright install`):
# installed from Debian's packages when missing (as root), as the PostgreSQL server is.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 ||
      echo "test.sh: Debian's chromium could not be installed; the browser tests will fail" >&2
  else
    echo "test.sh: /usr/bin/chromium is missing; install Debian's chromium (as root), or the browser tests will fail" >&2
  fi
fi
dotnet test Sitrep.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum 'Passed'); failed=$(sum 'Failed'); skipped=$(sum 'Skipped')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
