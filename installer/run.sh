#!/usr/bin/env bash
# Installs dependencies, builds, and starts Huitou. Extra arguments go to the app (e.g. --db shop.db).
# Shares build/ with test.sh in either order: it builds only the two programs and sets every option it
# relies on (it does not switch the test suite off, so a later test.sh still finds the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
./installer/install-deps.sh
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
cmake --build build --parallel "$(nproc)" --target huitou huitou-cli
exec ./build/app/huitou "$@"
