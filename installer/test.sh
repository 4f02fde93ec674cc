#!/usr/bin/env bash
# Installs dependencies, builds everything and runs the whole test suite.
# Sets every option it relies on, so it works after run.sh (or any earlier configure) in build/, and
# fails when no test is found rather than reporting success on nothing. Warnings are errors here.
set -euo pipefail
cd "$(dirname "$0")/.."
./installer/install-deps.sh
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUITOU_BUILD_TESTS=ON -DHUITOU_BUILD_BENCH=ON \
  -DHUITOU_WERROR=ON -DHUITOU_SANITIZE= "${launcher[@]}"
cmake --build build --parallel "$(nproc)"
# The PostgreSQL half of the suite runs against a throwaway cluster in a temporary folder (Unix socket only,
# never the system service); without PostgreSQL those tests say SKIPPED.
if [ -z "${HUITOU_TEST_PG:-}" ]; then
  pgdir=$(mktemp -d "${TMPDIR:-/tmp}/huitou-pg.XXXXXX")
  trap 'tests/tools/pg-cluster.sh stop "$pgdir" || true; rm -rf "$pgdir"' EXIT
  if url=$(tests/tools/pg-cluster.sh start "$pgdir"); then
    export HUITOU_TEST_PG="${url##*$'\n'}"
    echo "PostgreSQL tests against the throwaway cluster $HUITOU_TEST_PG"
  else
    echo "SKIPPED: the PostgreSQL tests (no throwaway cluster could be started; see above)"
  fi
fi
ctest --test-dir build --output-on-failure --timeout 600 --no-tests=error
