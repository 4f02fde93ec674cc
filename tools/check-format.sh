#!/bin/sh
# Checks that every C++ file is formatted by the repository's .clang-format
# (clang-format 14 on Debian 12). Prints each difference and exits 1 when a
# file would change; CI runs it first. To fix: the same file list, `-i`.
# Works on a git tree (tracked files) and on an archive copy (find).
#
#   tools/check-format.sh [CLANG_FORMAT]
set -eu
cd "$(dirname "$0")/.."
clang_format=${1:-${CLANG_FORMAT:-clang-format}}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "check-format: $clang_format not found (apt-get install clang-format)" >&2
    exit 2
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z -- '*.cpp' '*.h'
else
    find . -path ./build -prune -o -path './build-*' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0
fi | xargs -0 "$clang_format" --style=file --dry-run --Werror
echo "check-format: every file is formatted"
