#!/usr/bin/env bash
# store copy on the demo shop against a real PostgreSQL server (issue 15):
# SQLite -> PostgreSQL -> SQLite, each step checked by `store copy` itself
# (rows per table, report on both), then the report --json read from the
# server and from the copy back is byte-identical to the golden of
# report-identical.sh (the same 2,000-customer demo shop).
#
#   tests/tools/pg-store-copy.sh HUITOU_CLI
#
# Needs HUITOU_TEST_PG (a server URL, e.g. from tests/tools/pg-cluster.sh
# start DIR); without it, prints SKIPPED and exits 77 (ctest: skipped).
set -euo pipefail
cli=${1:?usage: pg-store-copy.sh HUITOU_CLI}
here=$(cd "$(dirname "$0")" && pwd)
if [[ -z ${HUITOU_TEST_PG:-} ]]; then
    echo "SKIPPED: PostgreSQL store copy (HUITOU_TEST_PG is not set; tests/tools/pg-cluster.sh start DIR gives one)"
    exit 77
fi
# A database of its own on the test server, dropped at the end.
[[ $HUITOU_TEST_PG =~ ^(postgres(ql)?://[^/]*/)([^?]*)(.*)$ ]] || { echo "bad HUITOU_TEST_PG" >&2; exit 1; }
name="huitou_copy_$$"
url="${BASH_REMATCH[1]}$name${BASH_REMATCH[4]}"
psql -X -q -v ON_ERROR_STOP=1 "$HUITOU_TEST_PG" -c "CREATE DATABASE $name"
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    psql -X -q "$HUITOU_TEST_PG" -c "DROP DATABASE IF EXISTS $name" || true
}
trap cleanup EXIT
export TZ=Asia/Shanghai LANG=C.UTF-8

"$cli" generate --customers 2000 --seed 1 --end 2024-06-30 --out "$work/demo" >/dev/null
"$cli" --db "$work/demo.db" import "$work"/demo/*.csv >/dev/null
"$cli" store copy --from "$work/demo.db" --to "$url" --as-of 2024-06-30 >"$work/to-server.txt"
"$cli" store copy --from "$url" --to "$work/back.db" --as-of 2024-06-30 >"$work/to-file.txt"
# A second copy into a store that holds a shop is refused (nothing overwritten).
if "$cli" store copy --from "$work/demo.db" --to "$url" >/dev/null 2>&1; then
    echo "a copy into a server store that holds a shop was not refused" >&2
    exit 1
fi
"$cli" --db "$url" report --as-of 2024-06-30 --json >"$work/server.json"
"$cli" --db "$work/back.db" report --as-of 2024-06-30 --json >"$work/back.json"
status=0
for f in server back; do
    if ! cmp -s "$here/report-identical/demo.json" "$work/$f.json"; then
        echo "the report on the $f store differs from the golden:" >&2
        diff "$here/report-identical/demo.json" "$work/$f.json" | head -20 >&2
        status=1
    fi
done
grep -q $'^orders\t3670\t3670$' "$work/to-server.txt" || { echo "orders not counted 3670 on the server" >&2; status=1; }
cat "$work/to-server.txt"
[[ $status == 0 ]] && echo "store copy SQLite -> PostgreSQL -> SQLite: rows and report identical"
exit $status
