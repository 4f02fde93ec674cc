#!/usr/bin/env bash
# Proves `huitou-cli report --json` is byte-identical to the golden outputs
# kept beside this script: on the generated demo shop (2,000 customers,
# seed 1, history ending 2024-06-30) and on the CDNOW master file imported
# through the generic CSV path. The goldens were written by the build of
# main before the groundwork of issue 8 (storage boundary, one vocabulary,
# shop clock); a refactoring must not change a byte of them.
#
#   tests/tools/report-identical.sh HUITOU_CLI [--write]
#
# --write regenerates the goldens (only when a change of the numbers is
# intended and explained in the commit).
set -euo pipefail
cli=${1:?usage: report-identical.sh HUITOU_CLI [--write]}
write=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/report-identical
data=$here/../data
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Asia/Shanghai LANG=C.UTF-8

# The demo shop: GB18030 order and item reports.
"$cli" generate --customers 2000 --seed 1 --end 2024-06-30 --out "$work/demo" >/dev/null
"$cli" --db "$work/demo.db" import "$work"/demo/*.csv >/dev/null
"$cli" --db "$work/demo.db" report --as-of 2024-06-30 --json >"$work/demo.json"

# CDNOW: customer, line number as the order, date, amount. A $0.00 purchase
# becomes $0.01, as in tests/analytics/test_cdnow.cpp.
awk 'BEGIN { print "customer,order,date,amount" }
     $2 ~ /^19/ { a = ($4 + 0 == 0) ? "0.01" : $4;
                  printf "%s,%d,%s-%s-%s,%s\n", $1, NR, substr($2,1,4), substr($2,5,2), substr($2,7,2), a }' \
    "$data/cdnow/CDNOW_master.txt" >"$work/cdnow.csv"
"$cli" --db "$work/cdnow.db" import --map customer=customer,order=order,time=date,amount=amount \
    "$work/cdnow.csv" >/dev/null
"$cli" --db "$work/cdnow.db" report --as-of 1998-06-30 --json >"$work/cdnow.json"

status=0
for name in demo cdnow; do
    if [[ $write == --write ]]; then
        cp "$work/$name.json" "$golden/$name.json"
    elif ! cmp -s "$work/$name.json" "$golden/$name.json"; then
        echo "report --json differs on the $name shop:"
        diff "$golden/$name.json" "$work/$name.json" | head -40
        status=1
    fi
done
[[ $status == 0 && $write != --write ]] && echo "report --json identical on the demo shop and CDNOW"
exit $status
