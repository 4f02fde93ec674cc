#!/usr/bin/env bash
# Builds the Debian package from build/ (configured by run.sh or test.sh) and checks it as a desktop and a
# package manager would: the file name, the installed paths (extracted with dpkg-deb -x into a clean root),
# lintian with no error and no warning, desktop-file-validate, appstreamcli validate, the man pages, the
# programs' --version, and the launcher's Exec= starting the app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
./installer/install-deps.sh --packaging
BUILD=${BUILD:-build}
# Configure again: help2man may have just been installed (CMake looks again for what it did not find).
cmake -S . -B "$BUILD" >/dev/null
fail() { echo "package-test: $*" >&2; exit 1; }

version=$(grep -oP 'kVersion\[\] = "\K[^"]+' "$BUILD/core/generated/Version.h")
arch=$(dpkg --print-architecture)
deb="huitou_${version}_${arch}.deb"

cmake --build "$BUILD" --parallel "$(nproc)" --target huitou huitou-cli huitou_package_docs
rm -f "$BUILD"/huitou_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
[ -f "$BUILD/$deb" ] || fail "expected $BUILD/$deb; got: $(ls "$BUILD"/*.deb 2>/dev/null)"
echo "package: $BUILD/$deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$BUILD/$deb" "$root"
dpkg-deb -e "$BUILD/$deb" "$root/DEBIAN"

# Paths a Debian desktop expects.
app_id=$(basename "$(ls "$root"/usr/share/applications/*.desktop)" .desktop)
for f in usr/bin/huitou usr/bin/huitou-cli \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         usr/share/icons/hicolor/scalable/apps/huitou.svg \
         usr/share/man/man1/huitou.1.gz usr/share/man/man1/huitou-cli.1.gz \
         usr/share/doc/huitou/copyright usr/share/doc/huitou/changelog.gz; do
  [ -e "$root/$f" ] || fail "missing /$f"
done
for s in 16 22 24 32 48 64 128 256; do
  png="$root/usr/share/icons/hicolor/${s}x${s}/apps/huitou.png"
  [ -f "$png" ] || fail "missing icon ${s}x${s}"
  [[ "$(file "$png")" == *"PNG image data, $s x $s,"* ]] || fail "icon ${s}x${s} has the wrong size"
done
[ -z "$(find "$root" -path '*/usr/local/*')" ] || fail "files under /usr/local"

# Control fields.
control="$root/DEBIAN/control"
grep -q "^Package: huitou$" "$control" || fail "Package"
grep -q "^Version: $version$" "$control" || fail "Version"
grep -q "^Section: misc$" "$control" || fail "Section"
grep -q "^Maintainer: .\+ <.\+@.\+>$" "$control" || fail "Maintainer"
for dep in qt6-qpa-plugins libqt6sql6-sqlite qt6-translations-l10n fonts-noto-cjk; do
  [[ "$(grep "^Depends:" "$control")" == *"$dep"* ]] || fail "Depends lacks $dep"
done
[ "$(sed -n '/^Description:/,$p' "$control" | wc -l)" -gt 3 ] || fail "no extended description"

# The desktop entry starts the installed binary; the metainfo's release is this version.
desktop="$root/usr/share/applications/$app_id.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
[ "$exec_line" = "huitou" ] || fail "Exec=$exec_line"
[ -x "$root/usr/bin/$exec_line" ] || fail "Exec= names no installed program"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo release"
[[ "$(zcat "$root/usr/share/doc/huitou/changelog.gz")" == "huitou ($version) "* ]] || fail "changelog version"

# Stripped, hardened binaries.
# (Outputs are read whole: `cmd | grep -q` fails under pipefail when grep stops reading early.)
for b in huitou huitou-cli; do
  kind=$(file "$root/usr/bin/$b")
  dynamic=$(readelf -d "$root/usr/bin/$b")
  segments=$(readelf -l "$root/usr/bin/$b")
  symbols=$(readelf -s --wide "$root/usr/bin/$b")
  grep -q ", stripped" <<<"$kind" || fail "$b is not stripped"
  grep -q "pie executable" <<<"$kind" || fail "$b is not PIE"
  grep -q "BIND_NOW" <<<"$dynamic" || fail "$b lacks -z now"
  grep -q "GNU_RELRO" <<<"$segments" || fail "$b lacks RELRO"
  grep -q "__stack_chk_fail" <<<"$symbols" || fail "$b lacks the stack protector"
  grep -q "_chk@" <<<"$symbols" || fail "$b lacks fortified functions"
done

desktop-file-validate "$desktop"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
lintian --fail-on error,warning --display-info "$BUILD/$deb"
echo "lintian: no errors, no warnings"

# The programs run from the package, without a display for --version.
[ "$(env -u DISPLAY QT_QPA_PLATFORM=xcb "$root/usr/bin/huitou" --version)" = "huitou $version" ] || fail "huitou --version"
[ "$("$root/usr/bin/huitou-cli" --version)" = "huitou-cli $version" ] || fail "huitou-cli --version"
[[ "$(zcat "$root/usr/share/man/man1/huitou-cli.1.gz")" == *"store create"* ]] || fail "huitou-cli man page"

# The launcher's command starts the app under Xvfb and keeps it running (timeout's 124).
status=0
HOME="$root/home" XDG_DATA_HOME="$root/home/data" PATH="$root/usr/bin:$PATH" \
  xvfb-run -a timeout 15 "$exec_line" --db "$root/launcher.db" >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the launcher's command exited with $status instead of running"
echo "launcher: Exec=$exec_line started the app under Xvfb"
echo "package-test: ok"
