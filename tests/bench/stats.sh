#!/usr/bin/env bash
# The statistics benchmarks with their peers, in the same run; prints the Markdown rows kept
# in tests/bench/RESULTS.md. Called by run.sh; alone:
#
#   bash tests/bench/stats.sh [BUILD_DIR]
#
# 1. each kind on one year of hourly data for 1,000 series, in memory, against pandas/scipy
#    doing the same on the same data (tests/bench/peer_stats_pandas.py; pandas' load not timed):
#    run again (the store's decoded chunks kept, as pandas keeps its arrays) and cold (every
#    point decompressed);
# 2. the 150 catalog services on a year of the demo city, in memory;
# 3. `cityops-cli stats run --all` on a 400-day demo archive, the whole process, against the
#    sqlite3 CLI reading every point of the same archive once.
# Needs ~1 GB in /tmp and about 4 minutes on 2 cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/tests/bench/cityops_bench
stats_bench=$build/tests/bench/cityops_stats_bench
cli=$build/app/cityops-cli
[ -x "$stats_bench" ] && [ -x "$cli" ] || { echo "stats.sh: build first (bash packaging/cityops.sh test)" >&2; exit 1; }
work=$(mktemp -d /tmp/cityops-stats-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
ms() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.0f", (e - s) * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

series=1000
"$bench" --write-csv "$work/hourly.csv" --series $series --points 8760 --step 3600
pandas=$(/usr/bin/python3 "$root/tests/bench/peer_stats_pandas.py" "$work/hourly.csv")
CITYOPS_BENCH_SERIES=$series "$stats_bench" --benchmark_format=json --benchmark_out="$work/stats.json" \
  --benchmark_out_format=json >/dev/null
get() { /usr/bin/python3 -c "
import json,sys
for b in json.load(open('$work/stats.json'))['benchmarks']:
    if b['name'] == sys.argv[1]:
        print(b[sys.argv[2]] if len(sys.argv) > 2 else b['real_time'])
" "$@"; }
echo "| workload (1,000 series × 8,760 hourly points) | ours median · p95 | ours, chunks decompressed: median · p95 | pandas median | pandas/ours (cold) |"
echo "|---|---|---|---|---|"
for w in $(echo "$pandas" | awk '{ print $1 }'); do
  base="BM_Stat/$w/iterations:1/repeats:20"
  cold="BM_StatCold/$w/iterations:1/repeats:20"
  o=$(get "${base}_median"); p95=$(get "${base}_p95"); p=$(echo "$pandas" | awk -v k="$w" '$1 == k { print $2 }')
  c=$(get "${cold}_median"); c95=$(get "${cold}_p95")
  echo "| $w | $(printf %.3f "$o") · $(printf %.3f "$p95") ms | $(printf %.3f "$c") · $(printf %.3f "$c95") ms | $(printf %.3f "$p") ms | $(ratio "$p" "$o")× ($(ratio "$p" "$c")×) |"
done
echo
all="BM_AllServicesDemoCity/iterations:5"
echo "| the 150 services, a year of the demo city in memory ($(printf %.1f "$(awk -v x="$(get "$all" points)" 'BEGIN { print x / 1e6 }')") M points) | one round $(printf %.0f "$(get "$all" slowest_round_ms)") ms (slowest of 5) | slowest service p95 $(printf %.1f "$(get "$all" worst_service_p95_ms)") ms ($(get "$all" label | sed 's/slowest service: //')) |"

# 3. The CLI on a 400-day demo archive.
"$cli" simulate --db "$work/demo.sqlite" --from 2025-10-28 --days 400 >/dev/null
best=999999
for round in 1 2 3; do
  s=$(date +%s.%N); "$cli" stats run --db "$work/demo.sqlite" --all --at 2026-12-01T18:00 >/dev/null; e=$(date +%s.%N)
  t=$(ms "$s" "$e"); [ "$t" -lt "$best" ] && best=$t
done
s=$(date +%s.%N); sqlite3 "$work/demo.sqlite" "SELECT count(*), sum(v) FROM obs;" >/dev/null; e=$(date +%s.%N)
peer=$(ms "$s" "$e")
points=$(sqlite3 "$work/demo.sqlite" "SELECT count(*) FROM obs;")
echo "| cityops-cli stats run --all, 400-day demo archive ($points points), whole process | best of 3: $best ms | sqlite3 reading every point once: $peer ms | ours/peer $(ratio "$best" "$peer") |"
