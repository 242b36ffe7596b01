#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with `cpack -G DEB` from a finished build directory into a temporary
# folder and checks what a desktop user needs: both programs, the .desktop file, the
# AppStream metainfo, the icon, and dependencies on the Qt, keychain, libarchive and
# Python packages the programs use (dpkg-shlibdeps plus the declared ones).
# Usage: check_deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/dlstack_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/dlstack ./usr/bin/dlstack-wizard ./usr/share/applications/dlstack-wizard.desktop \
    ./usr/share/metainfo/io.github.dlstack.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/dlstack.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing in the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6widgets6 libqt6network6 libqt6keychain1 libarchive13 libqt6svg6 git python3-venv; do
    grep -q "$package" <<<"$depends" || { echo "missing dependency: $package (Depends: $depends)"; exit 1; }
done
echo "ok: $(basename "$deb"), Depends: $depends"
