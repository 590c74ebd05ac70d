#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for newcomers and CI:
#   ./build.sh run     install missing Debian packages, build, open the bundled sample
#   ./build.sh test    same set-up, then every test through ctest
#                      (--long: the nightly-style versions, e.g. 200 kills instead of 20)
#   ./build.sh bench   same set-up, then the benchmark suite
#   ./build.sh fuzz [SECONDS]  libFuzzer targets (clang), each run SECONDS (default 60)
#   ./build.sh tidy    clang-tidy (.clang-tidy) on core/: fails on any warning
#   ./build.sh package Debian package with CPack, then tested (packaging/test-package.sh)
#   ./build.sh translations  update resources/translations/*.ts from the sources (lupdate)
#   ./build.sh build   set-up and build only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-$(nproc)}

# Debian 12 packages the build, the tests and the screenshots need
# (fonts-dejavu-core: the strategy map draws and exports its text in DejaVu Sans).
PACKAGES=(
    g++ cmake ninja-build pkg-config libsqlite3-dev sqlite3 dpkg-dev time bc
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n catch2 libbenchmark-dev
    xvfb xauth x11-utils imagemagick poppler-utils librsvg2-bin libxml2-utils shared-mime-info
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
    local werror=OFF bench=OFF sanitize=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    [ "${1:-}" = "bench" ] && bench=ON
    [ "${1:-}" = "asan" ] && sanitize=ON
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSCORECARD_WERROR=$werror -DSCORECARD_BUILD_BENCH=$bench -DSCORECARD_SANITIZE=$sanitize >/dev/null
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
    mode=""
    for arg in "${@:2}"; do
        case "$arg" in
        --long) export SCORECARD_LONG_TESTS=1 ;;
        --asan) mode=asan ;;
        *) say "unknown option for test: $arg"; exit 2 ;;
        esac
    done
    if [ "$mode" = asan ]; then
        # A build of its own: sanitizer flags change every object file.
        BUILD_DIR=${BUILD_DIR%/}-asan
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
    fi
    install_packages
    configure_and_build "$mode"
    export QT_QPA_PLATFORM=offscreen
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS"
    ;;
bench)
    install_packages
    configure_and_build bench
    exec "$ROOT/tests/bench/run.sh" "$BUILD_DIR"
    ;;
fuzz)
    seconds=${2:-60}
    PACKAGES+=(clang libclang-rt-14-dev)
    install_packages
    fuzz_dir=${BUILD_DIR%/}-fuzz
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSCORECARD_FUZZ=ON -DSCORECARD_BUILD_TESTS=OFF >/dev/null
    cmake --build "$fuzz_dir" -j "$JOBS" --target fuzz_open fuzz_json fuzz_period fuzz_csv
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS=detect_leaks=1
    export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
    for target in fuzz_open fuzz_json fuzz_period fuzz_csv; do
        # New inputs go to a working corpus in the build folder; the seeds in
        # tests/data/fuzz are the kept, crash-free corpus.
        work="$fuzz_dir/corpus/$target"
        mkdir -p "$work"
        say "fuzzing $target for $seconds s"
        rc=0
        "$fuzz_dir/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
            -print_final_stats=1 -artifact_prefix="$fuzz_dir/" "$work" "$ROOT/tests/data/fuzz/$target" \
            >"$fuzz_dir/$target.log" 2>&1 || rc=$?
        grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' "$fuzz_dir/$target.log" || true
        [ "$rc" -eq 0 ] || { tail -40 "$fuzz_dir/$target.log"; say "$target found a problem (exit $rc): see $fuzz_dir/"; exit 1; }
    done
    ;;
package)
    PACKAGES+=(lintian appstream desktop-file-utils)
    install_packages
    configure_and_build
    (cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
    deb=$(ls -t "$BUILD_DIR"/scorecard-studio_*.deb | head -1)
    "$ROOT/packaging/test-package.sh" "$deb"
    say "package: $deb"
    ;;
translations)
    install_packages
    configure_and_build
    cmake --build "$BUILD_DIR" --target translations
    say "updated resources/translations/*.ts: translate the unfinished entries (Qt Linguist: linguist)"
    ;;
tidy)
    PACKAGES+=(clang-tidy)
    install_packages
    configure_and_build
    log=$(mktemp)
    run-clang-tidy -p "$BUILD_DIR" -quiet "^$ROOT/core/.*\.cpp\$" >"$log" 2>&1 || true
    if grep -q 'warning:' "$log"; then
        grep -A3 'warning:' "$log"
        say "clang-tidy found problems in core/"
        exit 1
    fi
    say "clang-tidy: no warnings in core/"
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
