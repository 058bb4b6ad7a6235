#!/usr/bin/env bash
# The alarm benchmarks (tests/bench/alarm_bench.cpp, alarmpanel_bench.cpp), with the naive peer
# in the same run; prints the Markdown rows kept in tests/bench/RESULTS.md. Called by run.sh;
# alone:
#
#   bash tests/bench/alarms.sh [BUILD_DIR]
#
# 1. the 50 rules over 10,000 series: the evaluator's tick (a live tick, 10 s of the city; and
#    every series new at once) against replaying every rule over the day at each tick;
# 2. an observation written to the archive → the alarm a row of the alarm panel (the writing
#    console's, told by its evaluator; another console's, polling the SQLite file).
# About 1 minute on 2 cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/tests/bench/cityops_alarm_bench
[ -x "$bench" ] || { echo "alarms.sh: build first (bash packaging/cityops.sh test)" >&2; exit 1; }
out=$(mktemp /tmp/cityops-alarm-bench.XXXXXX.json)
trap 'rm -f "$out"' EXIT
QT_QPA_PLATFORM=offscreen "$bench" --benchmark_format=json --benchmark_out="$out" --benchmark_out_format=json >/dev/null
/usr/bin/python3 - "$out" <<'PY'
import json, sys
import re
b = {re.sub(r'/iterations:\d+', '', x['name']): x for x in json.load(open(sys.argv[1]))['benchmarks']}
def row(label, ours, naive):
    o, n = b[ours], b[naive]
    print(f"| {label} | {o['p50_ms']:.2f} · {o['p99_ms']:.2f} ms | {n['p50_ms']:.0f} · {n['p99_ms']:.0f} ms "
          f"| {n['p50_ms'] / o['p50_ms']:.0f}× |")
print("| 50 rules × 10,000 series, a day of 5-min readings | evaluator p50 · p99 | naive: every rule replayed over the day, p50 · p99 | naive/ours |")
print("|---|---|---|---|")
row("live tick (10 s of the city: 1/30 of the series one reading newer)",
    "BM_EvaluatorTick/everySeriesNew:0/manual_time", "BM_NaiveTick/everySeriesNew:0/manual_time")
row("every series one reading newer at once (a whole-city batch)",
    "BM_EvaluatorTick/everySeriesNew:1/manual_time", "BM_NaiveTick/everySeriesNew:1/manual_time")
print()
print("| observation → alarm row in the panel (SQLite) | p50 | p95 | target |")
print("|---|---|---|---|")
for arg, label in (("1", "the writing console (its evaluator tells its watch)"),
                   ("0", "another console on the same file (polls every 200 ms)")):
    x = b[f"BM_ObservationToPanel/told:{arg}/manual_time"]
    print(f"| {label} | {x['p50_ms']:.1f} ms | {x['p95_ms']:.1f} ms | ≤ 250 ms p95 |")
PY
