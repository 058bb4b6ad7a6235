#!/usr/bin/env bash
# Every benchmark with its peer on the same input, in the same run; prints the ratios as
# the Markdown rows kept in tests/bench/RESULTS.md.
#
#   bash tests/bench/run.sh [BUILD_DIR]        (default: ./build, built by packaging/cityops.sh)
#
# Needs ~1.5 GB in /tmp and about 7 minutes on 2 cores (the statistics: tests/bench/stats.sh). Starts its own PostgreSQL cluster
# on 127.0.0.1 (durable settings) and stops it at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/tests/bench/cityops_bench
cli=$build/app/cityops-cli
[ -x "$bench" ] && [ -x "$cli" ] || { echo "run.sh: build first (bash packaging/cityops.sh test)" >&2; exit 1; }
work=$(mktemp -d /tmp/cityops-bench.XXXXXX)
pgstate=$work/pg.state
cleanup() { bash "$root/tests/support/pg_cluster.sh" stop "$pgstate" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp}

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
krate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%d", n / s / 1000 }'; }
fmt() { printf "%.2f" "$1"; }

echo "## Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -r)"
echo

# --- 1. Ingest: 10 M rows (1,000 series × 10,000 points, 1 min apart) ----------------------
# (--no-alarms: loading is measured, as the peers only load; the rules are alarms.sh's.)
csv=$work/ingest10m.csv
# CITYOPS_BENCH_QUICK=1: a hundredth of the data, to check the script itself.
quick=${CITYOPS_BENCH_QUICK:-0}
series=1000; [ "$quick" = 1 ] && series=10
"$bench" --write-csv "$csv" --series $series --points 10000 --step 60
rows=$((series * 10000))
cat >"$work/mapping.json" <<'JSON'
{"format": "csv", "timestamp": {"column": "time", "format": "iso8601", "timeZone": "UTC"},
 "series": [{"column": "value", "indicator": "air.pm25", "placeColumn": "station", "unit": "ug/m3"}]}
JSON
sync
ours=$(seconds "$cli" ingest --no-alarms --db "$work/ours.sqlite" --mapping "$work/mapping.json" "$csv")
peer=$(seconds sqlite3 "$work/peer.sqlite" -cmd ".mode csv" \
  -cmd "CREATE TABLE obs_import (station TEXT, time TEXT, value REAL);" ".import --skip 1 $csv obs_import")
echo "| ingest 10 M rows → SQLite | cityops-cli ingest $(fmt "$ours") s ($(krate "$rows" "$ours") k rows/s) | sqlite3 .import $(fmt "$peer") s ($(krate "$rows" "$peer") k rows/s) | ours/peer time $(ratio "$ours" "$peer") |"

bash "$root/tests/support/pg_cluster.sh" start "$pgstate" --durable >/dev/null
server=$(cut -d' ' -f1 "$pgstate")
psql -qAtX "$server" -c "CREATE DATABASE peer"
# Twice each, alternating, on fresh tables: the first writes into a cold cluster.
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }
ours=999999; peer=999999
for round in 1 2; do
  psql -qAtX "$server" -c "DROP DATABASE IF EXISTS ours" -c "CREATE DATABASE ours"
  ours=$(best "$ours" "$(seconds "$cli" ingest --no-alarms --db "${server%/postgres}/ours" --mapping "$work/mapping.json" "$csv")")
  psql -qAtX "${server%/postgres}/peer" -c "DROP TABLE IF EXISTS obs_copy" \
    -c "CREATE TABLE obs_copy (station text, time timestamptz, value double precision)"
  peer=$(best "$peer" "$(seconds psql -qAtX "${server%/postgres}/peer" -c "\\copy obs_copy FROM '$csv' WITH (FORMAT csv, HEADER true)")")
done
echo "| ingest 10 M rows → PostgreSQL | cityops-cli ingest $(fmt "$ours") s ($(krate "$rows" "$ours") k rows/s) | psql \\copy $(fmt "$peer") s ($(krate "$rows" "$peer") k rows/s) | ours/peer time $(ratio "$ours" "$peer") |"
rm -f "$csv" "$work"/*.sqlite*

# --- 2. Queries: one year of hourly data for 1,000 series ($((series * 8760)) points) ----------------------
hourly=$work/hourly.csv
"$bench" --write-csv "$hourly" --series $series --points 8760 --step 3600
"$cli" ingest --no-alarms --db "$work/year.sqlite" --mapping "$work/mapping.json" "$hourly" >/dev/null
CITYOPS_BENCH_SERIES=$series CITYOPS_BENCH_ARCHIVE="$work/year.sqlite" "$bench" --benchmark_format=json --benchmark_out="$work/store.json" --benchmark_out_format=json \
  --benchmark_min_time=0.5 >/dev/null
store() { /usr/bin/python3 -c "
import json,sys
for b in json.load(open('$work/store.json'))['benchmarks']:
    if b['name'].split('/iterations')[0] == sys.argv[1]:
        unit = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0}[b['time_unit']]
        print(b['real_time'] * unit if len(sys.argv) < 3 else b[sys.argv[2]])
" "$@"; }
pandas=$(/usr/bin/python3 "$root/tests/bench/peer_pandas.py" "$hourly")
pd() { echo "$pandas" | awk -v k="$1" '$1 == k { print $2 }'; }
# The sqlite3 CLI on the same archive file, plain SQL on the observation table (best of 3).
sq() { printf '.timer on\n%s\n%s\n%s\n' "$1" "$1" "$1" | sqlite3 "$work/year.sqlite" 2>&1 |
  awk '/^Run Time/ { t = $4 * 1000; if (best == "" || t < best) best = t } END { print best }'; }
q1=$(sq "SELECT series, avg(v), min(v), max(v) FROM obs GROUP BY series;")
q2=$(sq "SELECT series, (t + 25200000) / 86400000 AS day, avg(v) FROM obs GROUP BY series, day;")
q3=$(sq "SELECT t, v FROM obs WHERE series = $((series / 2)) ORDER BY t;")
for q in "yearly_mean_min_max_all_series BM_YearlyMeanMinMaxAllSeries $q1" \
         "daily_buckets_all_series BM_DailyBucketsAllSeries $q2" \
         "one_series_full_year BM_OneSeriesFullYear $q3"; do
  set -- $q
  o=$(store "$2"); p=$(pd "$1")
  echo "| $1 ($((series * 8760)) points) | store $(printf %.3f "$o") ms | pandas $(fmt "$p") ms · sqlite3 $(fmt "$3") ms | pandas/ours $(ratio "$p" "$o") · sqlite3/ours $(ratio "$3" "$o") |"
done
echo "| bytes per point ($series × 8,760 hourly, one decimal) | $(printf %.2f "$(store BM_BytesPerPoint bytes_per_point)") B (sealed chunks $(printf %.2f "$(store BM_BytesPerPoint sealed_bytes_per_point)") B; rollups $(printf %.2f "$(store BM_BytesPerPoint rollup_bytes_per_point)") B more) | Gorilla paper 1.37 B | |"
o=$(store BM_LoadArchiveIntoStore)
echo "| loading the archive's year into the store ($((series * 8760)) points, SQLite) | $(printf %.0f "$o") ms ($(awk -v n=$((series * 8760)) -v ms="$o" 'BEGIN { printf "%d", n / ms }') k points/s) | | start-up cost |"
# The archive through the CLI (a whole process each: start-up, open, query, print).
mid=$(bench_station=$((series / 2)); echo "air.pm25@st-$bench_station")
o=$(seconds "$cli" query --db "$work/year.sqlite" --series "$mid" --bucket 1d)
p=$(seconds "$cli" query --db "$work/year.sqlite" --series "$mid")
echo "| cityops-cli query, one series from the SQLite archive | daily buckets (rollups) $(printf %.0f "$(awk -v x="$o" 'BEGIN { print x * 1000 }')") ms | 8,760 points $(printf %.0f "$(awk -v x="$p" 'BEGIN { print x * 1000 }')") ms | whole process |"
for n in 1000000 10000000; do
  o=$(store "BM_ColumnsMinMax/$n"); p=$(store "BM_ColumnsNaive/$n")
  echo "| min/max per column, 1,920 columns, $n points | store $(printf %.3f "$o") ms | every point $(fmt "$p") ms | $(ratio "$p" "$o")× |"
done

# --- 3. The UI: charts, the 4K wall, memory, first frame (offscreen) ------------------------
chart_bench="$build/tests/bench/cityops_chart_bench"
gui="$build/app/cityops"
if [ -x "$chart_bench" ] && [ -x "$gui" ]; then
  export QT_QPA_PLATFORM=offscreen
  cj=$(mktemp); "$chart_bench" --benchmark_filter='Chart|Wall4k' --benchmark_format=json >"$cj" 2>/dev/null
  cb() { python3 -c "import json,sys; b={x['name']:x for x in json.load(open('$cj'))['benchmarks']}; print(b['$1']['${2:-real_time}'])"; }
  echo "| chart, 1 M points, live (window 1 s later each frame): column min/max + one replace() + render 1920×540 | $(printf %.1f "$(cb BM_ChartDecimatedRender/1000000/0)") ms | replace() with every point + render $(printf %.0f "$(cb BM_ChartEveryPointRender/1000000/iterations:2)") ms | target ≤ 5 ms |"
  echo "| chart, 10 M points, live | $(printf %.1f "$(cb BM_ChartDecimatedRender/10000000/0)") ms | | target ≤ 20 ms |"
  echo "| chart, 1 M points, scrolling 3 px a frame (the axes move every frame) | $(printf %.1f "$(cb BM_ChartDecimatedRender/1000000/1)") ms | | |"
  echo "| chart, 10 M points, scrolling | $(printf %.1f "$(cb BM_ChartDecimatedRender/10000000/1)") ms | | |"
  echo "| wall 3840×2160, 16 live charts + map: repaint | $(printf %.1f "$(cb BM_Wall4kRepaint/0)") ms | | target ≤ 20 ms |"
  echo "| wall 3840×2160: refresh every tile from the store + repaint | $(printf %.1f "$(cb BM_Wall4kRepaint/1)") ms | | |"
  mj=$(mktemp); "$chart_bench" --benchmark_filter='Memory' --benchmark_format=json >"$mj" 2>/dev/null
  rss=$(python3 -c "import json; b=json.load(open('$mj'))['benchmarks'][0]; print('%.0f MB (%.1f M points; %.0f MB before loading)' % (b['rss_mb'], b['points_m'], b['rss_before_mb']))")
  echo "| resident memory, 10,000 series × 24 h at 1 min + the 4K wall | $rss | | target ≤ 400 MB |"
  ff=""; for i in 1 2 3; do
    t=$(CITYOPS_TIMING=1 "$gui" --demo --wall --at 2024-10-14T08:00 --screenshot "$(mktemp -u).png" --size 3840x2160 2>&1 >/dev/null | awk '/first-frame-ms/ { print $2 }')
    ff="$ff $t"; done
  plain=$(CITYOPS_TIMING=1 "$gui" --screenshot "$(mktemp -u).png" 2>&1 >/dev/null | awk '/first-frame-ms/ { print $2 }')
  echo "| first frame: process start → 4K wall rendered with a generated demo week (3 runs) |$ff ms | desk without data $plain ms | target ≤ 400 ms |"
  rm -f "$cj" "$mj"
fi

# --- 4. Statistics: the kinds against pandas, the 150 services, stats run --all --------------
echo
bash "$root/tests/bench/stats.sh" "$build"

# --- 5. Alarms: the evaluator's tick against replaying every rule; observation → panel -----
echo
bash "$root/tests/bench/alarms.sh" "$build"
