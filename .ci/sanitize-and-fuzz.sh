#!/usr/bin/env bash
# The ASan + UBSan build of the core and CLI test suites, and 60 s of
# libFuzzer on the import path (issue 13). One clang build serves both: every
# target is built with -fsanitize=address,undefined and coverage for the fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${HUITOU_SAN_BUILD:-build-sanitize}
FUZZ_SECONDS=${HUITOU_FUZZ_SECONDS:-60}
start=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHUITOU_SANITIZE=address,undefined -DHUITOU_BUILD_FUZZ=ON -DHUITOU_BUILD_BENCH=OFF \
  ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER}
# Core and CLI suites only (the GUI suites run in the normal build).
TESTS=(test_csv_reader test_field_parsers test_seeded_random test_migrations test_import test_data_safety
       test_cli_import test_bgnbd test_report test_cdnow test_segment test_cli_report)
cmake --build "$BUILD" --parallel "$(nproc)" --target huitou-cli fuzz_import "${TESTS[@]}"
built=$(date +%s)
# Qt keeps some allocations to process exit on purpose: leaks are not errors here.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
regex="^($(IFS='|'; echo "${TESTS[*]}"))\$"
ctest --test-dir "$BUILD" --output-on-failure --timeout 900 -R "$regex"
tested=$(date +%s)
corpus=$(mktemp -d)
cp tests/fuzz/corpus/* "$corpus"/
QT_QPA_PLATFORM=offscreen "$BUILD/tests/fuzz/fuzz_import" -max_total_time="$FUZZ_SECONDS" -max_len=65536 \
  -rss_limit_mb=4096 "$corpus" tests/fuzz/corpus 2>&1 | tail -n 5
rm -rf "$corpus"
done_at=$(date +%s)
echo "sanitizer build $((built - start)) s, sanitizer tests $((tested - built)) s, fuzzing $((done_at - tested)) s"
