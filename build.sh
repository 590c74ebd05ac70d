#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for newcomers and CI:
#   ./build.sh run     install missing Debian packages, build, open the bundled sample
#   ./build.sh test    same set-up, then every test through ctest
#   ./build.sh bench   same set-up, then the benchmark suite
#   ./build.sh build   set-up and build only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-$(nproc)}

# Debian 12 packages the build, the tests and the screenshots need
# (fonts-dejavu-core: the strategy map draws and exports its text in DejaVu Sans).
PACKAGES=(
    g++ cmake ninja-build pkg-config libsqlite3-dev sqlite3 dpkg-dev
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev catch2 libbenchmark-dev
    xvfb xauth x11-utils imagemagick poppler-utils librsvg2-bin libxml2-utils
    fonts-dejavu-core
)

say() { printf 'build.sh: %s\n' "$*" >&2; }

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "not root and no sudo: please install ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror=OFF bench=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    [ "${1:-}" = "bench" ] && bench=ON
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSCORECARD_WERROR=$werror -DSCORECARD_BUILD_BENCH=$bench >/dev/null
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

sample_file() {
    local out=$BUILD_DIR/sample.scorecard
    "$BUILD_DIR/app/scorecard-cli" import-json "$ROOT/resources/sample/sample.scorecard.json" "$out" --force
    printf '%s\n' "$out"
}

cmd=${1:-run}
case "$cmd" in
run)
    install_packages
    configure_and_build
    sample=$(sample_file)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        say "no display (\$DISPLAY and \$WAYLAND_DISPLAY are unset): printing the sample's report instead of opening the GUI"
        exec "$BUILD_DIR/app/scorecard-cli" report "$sample"
    fi
    exec "$BUILD_DIR/app/scorecard-studio" "$sample"
    ;;
test)
    install_packages
    configure_and_build
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS"
    ;;
bench)
    install_packages
    configure_and_build bench
    exec "$ROOT/tests/bench/run.sh" "$BUILD_DIR"
    ;;
build)
    install_packages
    configure_and_build
    ;;
*)
    say "usage: ./build.sh run|test|bench|build"
    exit 2
    ;;
esac
