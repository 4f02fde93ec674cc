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
ctest --test-dir build --output-on-failure --timeout 600 --no-tests=error
