#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmark suite built by ./build.sh bench. Usage: run.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
"$build/tests/bench/scorecard_bench" --benchmark_min_time=0.2
QT_QPA_PLATFORM=offscreen "$build/tests/bench/scorecard_map_bench" --benchmark_min_time=0.2
