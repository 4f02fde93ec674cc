#!/usr/bin/env bash
# Installs everything Huitou needs to build, test and run on Debian 12 (bookworm).
# Safe to run again; uses sudo when not root. With --packaging, also the tools that build and check the
# Debian package (installer/package-test.sh, run by CI).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev libxkbcommon-dev
  libsqlite3-dev sqlite3 libxlsxwriter-dev unzip
  # The shop server: Qt's PostgreSQL driver, libpq, and the server for the throwaway test cluster.
  libqt6sql6-psql libpq-dev postgresql
  xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils ccache qt6-qpa-plugins
  # The sanitizer build and the fuzzer (.ci/sanitize-and-fuzz.sh); the format check (tools/check-format.sh).
  clang clang-format
)
if [ "${1:-}" = "--packaging" ]; then
  PACKAGES+=(help2man lintian desktop-file-utils appstream file dpkg-dev binutils)
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
