#!/bin/sh
# The storage boundary of issue 8, checked on the source tree:
#  - plain records (core/records) depend on QtCore only;
#  - importing and storage do not include each other's import halves, and
#    analytics does not include importing;
#  - everything SQLite-specific (sqlite3.h, PRAGMAs) lives in
#    core/storage/sqlite/, and nothing outside core/storage includes it;
#  - libpq (COPY) is used in core/storage/postgres/ only.
# Usage: check-boundaries.sh SOURCE_DIR. Prints every breach; exits 1 on any.
set -u
src=${1:-$(dirname "$0")/../..}
cd "$src" || exit 2
status=0
breach() {
    echo "boundary: $1" >&2
    echo "$2" >&2
    status=1
}
code() {
    if git rev-parse --git-dir >/dev/null 2>&1; then
        git ls-files --cached --others --exclude-standard -- "$@"
    else
        find "$@" -type f | sed 's|^\./||' # an archive copy (CI) has no git: same paths as git prints
    fi | grep -E '\.(cpp|h)$' | grep -v '^build/'
}
# shellcheck disable=SC2046
check() { # MESSAGE PATTERN FILES...
    message=$1
    pattern=$2
    shift 2
    files=$(code "$@")
    [ -z "$files" ] && return
    # shellcheck disable=SC2086
    hits=$(grep -nE "$pattern" $files)
    [ -n "$hits" ] && breach "$message" "$hits"
}
check "core/records includes another part of the core" '#include "(storage|importing|analytics|customers|care|outreach|feedback|demo|format)/' core/records
check "analytics includes importing" '#include "importing/' core/analytics
check "storage includes importing" '#include "importing/' core/storage
check "OrderImporter includes storage" '#include "storage/' core/importing/OrderImporter.h core/importing/OrderImporter.cpp
outside=$(code . | grep -v '^core/storage/')
# shellcheck disable=SC2086
hits=$(grep -nE '#include "(storage/)?sqlite/|#include <sqlite3\.h>' $outside)
[ -n "$hits" ] && breach "core/storage/sqlite/ or sqlite3.h included outside core/storage" "$hits"
notsqlite=$(code core | grep -v '^core/storage/sqlite/')
# shellcheck disable=SC2086
hits=$(grep -nE '#include <sqlite3\.h>|"PRAGMA |MAX\(id\), 0\) \+ 1' $notsqlite)
[ -n "$hits" ] && breach "SQLite-specific code outside core/storage/sqlite/ (or ids not from the database)" "$hits"
notpostgres=$(code . | grep -v '^core/storage/postgres/')
# shellcheck disable=SC2086
hits=$(grep -nE '#include <libpq-fe\.h>' $notpostgres)
[ -n "$hits" ] && breach "libpq (the COPY bulk path) used outside core/storage/postgres/" "$hits"
[ $status -eq 0 ] && echo "boundaries hold"
exit $status
