#!/usr/bin/env bash
# Installs dependencies, builds, and starts Huitou. Extra arguments go to the app (e.g. --db shop.db).
set -euo pipefail
cd "$(dirname "$0")/.."
./installer/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUITOU_BUILD_TESTS=OFF
cmake --build build --parallel "$(nproc)" --target huitou huitou-cli
exec ./build/app/huitou "$@"
