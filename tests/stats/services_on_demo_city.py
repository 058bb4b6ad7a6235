#!/usr/bin/python3
"""Every one of the catalog's statistics services runs on a 400-day simulated city.

Simulates the demo city for 400 days into a scratch archive (`cityops-cli simulate`), runs
`cityops-cli stats run --all` at the end of it and checks the answer's shape: one result per
catalog service, none with an error, each with the value or rows its kind gives and a
provenance; the services that have data give numbers (a service may honestly say "null,
too little data" only where the demo city has too little history, and it must say why).

Usage: services_on_demo_city.py --cli PATH --work DIR [--days N]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

VALUE_KINDS = {"correlation", "benchmark"}
ROWS_KINDS = {"change", "rolling", "cumulative", "profile", "rank", "share"}


def run(cli, *args, expect=0):
    p = subprocess.run([cli, "--lang", "en", *args], capture_output=True, text=True)
    if p.returncode != expect:
        raise SystemExit(f"{' '.join(args)}: exit {p.returncode}, expected {expect}\n{p.stderr[-2000:]}")
    return p.stdout


def check(results, services):
    problems = []
    by_id = {r.get("id"): r for r in results}
    if [r.get("id") for r in results] != [s["id"] for s in services]:
        problems.append(f"{len(results)} results, not one per service in catalog order")
    for s in services:
        r = by_id.get(s["id"])
        if r is None:
            continue
        what = f"{s['id']} ({s['kind']})"
        if "error" in r:
            problems.append(f"{what}: error {r['error']}")
            continue
        if r.get("kind") != s["kind"] or "provenance" not in r:
            problems.append(f"{what}: kind {r.get('kind')} or no provenance")
            continue
        p = r["provenance"]
        for key in ("series", "from", "to", "points", "completenessPct", "missingPeriods", "computedAt",
                    "explanation"):
            if key not in p:
                problems.append(f"{what}: provenance without {key}")
        if not p["explanation"].get("vi") or not p["explanation"].get("en"):
            problems.append(f"{what}: no explanation in words")
        if s["kind"] in VALUE_KINDS and "value" not in r:
            problems.append(f"{what}: no value")
        if s["kind"] in ROWS_KINDS and "rows" not in r:
            problems.append(f"{what}: no rows")
        has_data = (r.get("value") is not None) or any(
            row.get("value") is not None or row.get("target") is not None for row in r.get("rows", []))
        if not has_data and not (r.get("reason") or any(row.get("reason") for row in r.get("rows", []))):
            problems.append(f"{what}: no number and no reason ({json.dumps(r)[:200]})")
        if p["points"] == 0 and s["kind"] not in ("target", "benchmark"):
            problems.append(f"{what}: read no points at all on a 400-day city")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--days", type=int, default=400)
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    db = os.path.join(args.work, "demo-400d.sqlite")
    run(args.cli, "simulate", "--db", db, "--from", "2025-10-28", "--days", str(args.days))
    services = json.loads(run(args.cli, "stats", "list", "--json"))["services"]
    catalog = json.loads(run(args.cli, "catalog", "--json"))["statServices"]
    problems = []
    if len(services) != 150 or len(catalog) != 150:
        problems.append(f"stats list has {len(services)} services, catalog --json {len(catalog)}: not 150")
    groups = {s["group"] for s in services}
    if len(groups) != 15:
        problems.append(f"the services cover {len(groups)} groups, not 15")
    # The end of the simulated period (its last day starts at 2025-10-28 + days − 1).
    at = "2026-12-01T18:00:00+07:00" if args.days == 400 else None
    out = json.loads(run(args.cli, "stats", "run", "--db", db, "--all", *(["--at", at] if at else [])))
    if not out.get("at", "").startswith("2026-12-01T18:00:00") and at:
        problems.append(f"\"at\" is {out.get('at')}")
    problems += check(out["results"], services)
    for one in ("air.aqi-days-over-150-month", "feedback.reports-month-vs-previous"):
        for fmt in ("json", "csv"):
            text = run(args.cli, "stats", "run", "--db", db, "--service", one, "--at", at or "2026-12-01", "--format",
                       fmt)
            if not text.strip():
                problems.append(f"--service {one} --format {fmt} printed nothing")
    print(f"{len(out['results'])} services run on a {args.days}-day city; {len(problems)} problems")
    for p in problems[:50]:
        print("  " + p)
    if not problems:
        shutil.rmtree(args.work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
