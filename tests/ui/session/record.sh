#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Records the workspace session (tests/ui/session_tests.cpp): new file, a
# pillar, an objective and a KPI, three months of values, another as-of date,
# undo everything. Each step is checked against the document and saved as a
# PNG. Usage: tests/ui/session/record.sh [BUILD_DIR] [OUT_DIR]
set -eu
build=${1:-build}
out=${2:-$build/session}
mkdir -p "$out"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
SCORECARD_SESSION_DIR="$out" QT_QPA_PLATFORM=offscreen \
    "$build/tests/scorecard_ui_tests" "[session]"
ls -1 "$out"/*.png
