#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, never the system service.
#   pg-cluster.sh start DIR   initdb in DIR/data, start it listening only on a Unix socket in DIR
#                             (no TCP), create the database "huitou_test", and print the store URL
#                             (postgresql://USER@/huitou_test?host=DIR) on the last line.
#   pg-cluster.sh stop DIR    stop it (the folder is left for the caller to remove).
# Run as root (CI), the cluster belongs to the unprivileged user "nobody" (PostgreSQL refuses root),
# and DIR is handed to it. Exits 3 when PostgreSQL is not installed, so callers can say SKIPPED.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 3
fi
as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=nobody
  as_owner=(runuser -u "$owner" --)
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
case "$cmd" in
start)
  if [ "$(id -u)" -eq 0 ]; then
    chown "$owner" "$dir"
    # nobody must reach the socket folder through every parent (mktemp folders are 0700).
    chmod 0755 "$dir"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  # A small, fast, disposable server: no TCP, no fsync (a crash loses only test data).
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  if ! "${as_owner[@]}" "$bindir/psql" -h "$dir" -U "$owner" -d postgres -Atqc \
       "SELECT 1 FROM pg_database WHERE datname = 'huitou_test'" | grep -q 1; then
    "${as_owner[@]}" "$bindir/createdb" -h "$dir" -U "$owner" huitou_test
  fi
  echo "postgresql://$owner@/huitou_test?host=$dir"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
