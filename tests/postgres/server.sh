#!/usr/bin/env bash
# A throwaway PostgreSQL server with PostGIS for the PostgreSQL store's tests (tests/Sitrep.Storage.Tests and
# tests/Sitrep.Cli.Tests read its address from SITREP_TEST_POSTGRES; ./test.sh sets it).
#
#   tests/postgres/server.sh start   installs PostgreSQL and PostGIS from Debian's packages when they are missing (as
#                                    root), makes a new cluster in a fresh temporary folder, starts it on a Unix socket
#                                    in that folder (no TCP port, so it never clashes with another server), and prints
#                                    the folder. The superuser is 'sitrep', trusted without a password.
#   tests/postgres/server.sh stop DIR   stops that server and deletes its folder.
set -euo pipefail

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

install_packages() {
  local want=()
  [ -n "$(bindir)" ] || want+=(postgresql)
  if [ ${#want[@]} -gt 0 ] || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "server.sh: PostgreSQL with PostGIS is missing; install postgresql and postgresql-NN-postgis-3 (Debian), or run as root" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    if [ ${#want[@]} -gt 0 ]; then apt-get install -y -qq "${want[@]}" >&2; fi
    local version; version=$(basename "$(dirname "$(bindir)")")
    apt-get install -y -qq "postgresql-${version}-postgis-3" >&2
  fi
}

start() {
  install_packages
  local bin dir; bin=$(bindir); dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"       # PostgreSQL refuses to run as root: the cluster belongs to the postgres account
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U sitrep -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -c listen_addresses= -p 5432 -c fsync=off -c max_connections=200" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir"
}

stop() {
  local dir=${1:?usage: server.sh stop DIR}
  [ -d "$dir/data" ] || return 0
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
