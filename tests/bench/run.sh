#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark suite of ./build.sh bench. Usage: run.sh BUILD_DIR
#  1. Google Benchmark: the engine and rendering on in-memory data.
#  2. The CLI on a generated file of 2,000 objectives, 10,000 KPIs and
#     1.2 million measurements: generate, report (wall time, peak memory),
#     and sqlite3 computing the latest value per KPI on the same file.
#  3. CSV: export-csv of the same file, and import-csv of one million
#     changed values into it (one command, one transaction).
set -euo pipefail
build=${1:-build}
cli="$build/app/scorecard-cli"

"$build/tests/bench/scorecard_bench" --benchmark_min_time=0.2
QT_QPA_PLATFORM=offscreen "$build/tests/bench/scorecard_map_bench" --benchmark_min_time=0.2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
big="$work/big.scorecard"

seconds() { # seconds COMMAND...: wall time of one run, in seconds with 3 decimals
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}

echo
echo "CLI on 2,000 objectives x 5 KPIs x 120 months (1.2 million measurements):"
gen=$(seconds "$cli" generate "$big" --objectives 2000 --kpis-per-objective 5 --months 120 --last-month 2026-10)
printf '  %-58s %6.3f s   (target < 10 s)\n' "scorecard-cli generate" "$gen"
"$cli" report "$big" --as-of 2026-11-30 --format json >/dev/null # warm the page cache
rep=$(seconds "$cli" report "$big" --as-of 2026-11-30 --format json)
peak=$(/usr/bin/time -f '%M' "$cli" report "$big" --as-of 2026-11-30 --format json 2>&1 >/dev/null | tail -1)
sql=$(seconds sqlite3 "$big" "SELECT kpi, max(period), value FROM measurement WHERE period <= '2026-11' GROUP BY kpi")
printf '  %-58s %6.3f s   (target < 1.5 s)\n' "scorecard-cli report --format json" "$rep"
printf '  %-58s %6d MB  (target < 300 MB)\n' "  peak memory" "$((peak / 1024))"
printf '  %-58s %6.3f s\n' "sqlite3: latest value per KPI" "$sql"
printf '  %-58s %6.1f x   (target within 3x)\n' "report / sqlite3" "$(echo "scale=2; $rep / $sql" | bc)"

echo
echo "CSV on the same file:"
csv="$work/big.csv"
exp=$(seconds "$cli" export-csv "$big" "$csv")
printf '  %-58s %6.3f s\n' "scorecard-cli export-csv (1.2 million rows)" "$exp"
# One million rows, every value changed: each one overwrites a stored value.
head -n 1000001 "$csv" | awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next } { $3 = $3 + 1; print }' \
    >"$work/changed.csv"
cp "$big" "$work/import.scorecard"
read -r imp peak < <(/usr/bin/time -f '%e %M' "$cli" import-csv "$work/import.scorecard" "$work/changed.csv" 2>&1 >/dev/null | tail -1)
printf '  %-58s %6.3f s   (target < 5 s)\n' "scorecard-cli import-csv: 1,000,000 changed values" "$imp"
printf '  %-58s %6d MB\n' "  peak memory" "$((peak / 1024))"
again=$(seconds "$cli" import-csv "$work/import.scorecard" "$work/changed.csv")
printf '  %-58s %6.3f s\n' "  the same file again (nothing to change)" "$again"
