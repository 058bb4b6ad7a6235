#!/usr/bin/python3
"""Every statistics kind of CityOps against pandas and scipy, on the real series.

The test ingests the series in ../shared/data/series through tests/data/mappings with
`cityops-cli ingest`, reads back the points CityOps stored (`cityops-cli query`), runs each
kind ad hoc (`cityops-cli stats run --kind …`) and computes the same thing with pandas
(scipy for Mann-Kendall) on those points. Numbers must agree to a relative 1e-9; rows
must be the same rows (empty buckets absent on both sides, a one-point bucket's std null).

Usage: pandas_oracle.py --cli PATH --source-dir DIR --work DIR [--data DIR]
Exits 77 (ctest: skipped) when the shared data is absent.
"""

import argparse
import csv
import io
import json
import math
import os
import shutil
import subprocess
import sys

import numpy as np
import pandas as pd
from scipy import stats as sps

REL = 1e-9
A = "air.aqi@hanoi-us-embassy"  # hourly, Hanoi, 2015-12 … 2018
T = "traffic.flow@i94-atr301"  # hourly, US Central time with daylight saving, 2012-10 … 2018-09
K = "hydro.air-temperature@i94-atr301"  # hourly °C at the same place
W = "hydro.air-temperature-max@hanoi"  # daily, 2000 … 2018
R = "flood.rain-24h@hanoi"  # daily rain, 2000 … 2018


class Oracle:
    def __init__(self, cli, db):
        self.cli = cli
        self.db = db
        self.failures = []
        self.checks = 0
        self.cache = {}

    # ---- running CityOps

    def run(self, *args, expect=0):
        p = subprocess.run([self.cli, "--lang", "en", *args], capture_output=True, text=True)
        if p.returncode != expect:
            raise AssertionError(f"{' '.join(args)}: exit {p.returncode}, expected {expect}\n{p.stderr}")
        return p

    def stat(self, kind, series, frm=None, to=None, fmt="json", **params):
        args = ["stats", "run", "--db", self.db, "--kind", kind]
        for s in series if isinstance(series, list) else [series]:
            args += ["--series", s]
        if frm:
            args += ["--from", frm]
        if to:
            args += ["--to", to]
        if params:
            args += ["--params", json.dumps(params)]
        args += ["--format", fmt]
        out = self.run(*args).stdout
        return json.loads(out) if fmt == "json" else out

    def points(self, series, frm=None, to=None):
        if series not in self.cache:
            out = self.run("query", "--db", self.db, "--series", series, "--format", "json").stdout
            pts = json.loads(out)["points"]
            index = pd.DatetimeIndex(pd.to_datetime([p["t"] for p in pts]))
            assert str(index.tz) in ("UTC+07:00", "pytz.FixedOffset(420)"), index.tz
            self.cache[series] = pd.Series([p["v"] for p in pts], index=index, dtype="float64")
        s = self.cache[series]
        if frm:
            s = s[s.index >= local(frm)]
        if to:
            s = s[s.index < local(to)]
        return s

    # ---- comparing

    def fail(self, what, detail):
        self.failures.append(f"{what}: {detail}")

    def same(self, what, got, want):
        self.checks += 1
        if none(want) and none(got):
            return True
        if none(want) or none(got):
            self.fail(what, f"got {got}, want {want}")
            return False
        if not math.isclose(float(got), float(want), rel_tol=REL, abs_tol=1e-12):
            self.fail(what, f"got {got!r}, want {want!r} (relative {abs(got - want) / max(abs(want), 1e-300):.2e})")
            return False
        return True

    def same_rows(self, what, rows, want, key="t", fields=("value",)):
        """rows: CityOps rows; want: {key: {field: value}} from pandas."""
        got = {parse_key(r[key]) if key == "t" else r[key]: r for r in rows}
        if sorted(got) != sorted(want):
            missing = sorted(set(want) - set(got))[:3]
            extra = sorted(set(got) - set(want))[:3]
            self.fail(what, f"{len(got)} rows, want {len(want)}; missing {missing}, extra {extra}")
            return
        for k, w in want.items():
            for f in fields:
                if not self.same(f"{what} [{k}] {f}", got[k].get(f), w[f]):
                    return


def none(v):
    return v is None or (isinstance(v, float) and math.isnan(v))


def local(text):
    """A CLI time (local Asia/Ho_Chi_Minh when it has no offset) as a tz-aware timestamp."""
    t = pd.Timestamp(text)
    return t.tz_localize("+07:00") if t.tzinfo is None else t


def parse_key(k):
    return pd.Timestamp(k).tz_localize(None)


def wall(s):
    """The local wall-clock times (UTC+7) of a series' index, naive."""
    return s.index.tz_convert("+07:00").tz_localize(None)


def bucket_keys(s, bucket):
    t = wall(s)
    if bucket == "1h":
        return t.floor("h")
    if bucket == "1d":
        return t.normalize()
    if bucket == "1w":
        return t.normalize() - pd.to_timedelta(t.weekday, unit="D")
    period = {"1mo": "M", "1q": "Q", "1y": "Y"}[bucket]
    return t.to_period(period).to_timestamp()


def agg(values, fn, q=None):
    if fn == "quantile":
        return values.quantile(q)
    if fn == "count":
        return float(values.count())
    return getattr(values, fn)()


def grouped(s, bucket, fn, q=None):
    g = s.groupby(bucket_keys(s, bucket))
    if fn == "quantile":
        out = g.quantile(q)
    elif fn == "count":
        out = g.count().astype(float)
    else:
        out = getattr(g, fn)()
    return out, g.count()


# ---- the kinds


def check_aggregate(o):
    whole = o.points(A)
    for fn in ("count", "sum", "mean", "min", "max", "median", "std", "var"):
        r = o.stat("aggregate", A, fn=fn)
        o.same(f"aggregate {fn} of the whole AQI series", r["value"], agg(whole, fn))
    for q in (0.0, 0.1, 0.25, 0.9, 0.99, 1.0):
        r = o.stat("aggregate", A, fn="quantile", q=q)
        o.same(f"aggregate quantile {q}", r["value"], whole.quantile(q))
    frm, to = "2016-01-01", "2017-01-01"
    s = o.points(T, frm, to)
    for bucket in ("1h", "1d", "1w", "1mo", "1q", "1y"):
        for fn, q in (("mean", None), ("std", None), ("quantile", 0.25), ("sum", None), ("median", None)):
            if bucket == "1h" and fn not in ("mean", "std"):
                continue
            params = {"fn": fn, "bucket": bucket} | ({"q": q} if q is not None else {})
            r = o.stat("aggregate", T, frm, to, **params)
            values, counts = grouped(s, bucket, fn, q)
            want = {k: {"value": v, "n": counts[k]} for k, v in values.items()}
            o.same_rows(f"aggregate {fn} per {bucket} of I-94 flow 2016", r["rows"], want, fields=("value", "n"))


def check_change(o):
    cases = [
        (A, "2016-01-01", "2018-01-01", {"period": "1mo", "fn": "mean", "vs": "year-ago"}),
        (W, "2003-06-15", "2008-03-01", {"period": "1mo", "fn": "mean", "vs": "year-ago"}),
        (R, "2010-01-01", "2016-01-01", {"period": "1q", "fn": "sum", "vs": "year-ago"}),
        (W, "2001-01-01", "2018-01-01", {"period": "1y", "fn": "mean", "vs": "year-ago"}),
        (T, "2016-01-01", "2016-07-01", {"period": "1w", "fn": "sum"}),
        (W, "2016-01-10", "2016-04-01", {"period": "1d", "fn": "mean"}),
        (R, "2012-01-01", "2014-01-01", {"period": "1q", "fn": "sum", "vs": "previous"}),
    ]
    for series, frm, to, p in cases:
        r = o.stat("change", series, frm, to, **p)
        values, _ = grouped(o.points(series, frm, to), p["period"], p["fn"])
        want = {}
        for k, v in values.items():
            if p.get("vs") == "year-ago":
                before = k - pd.DateOffset(years=1)
            else:
                before = {"1d": k - pd.Timedelta(days=1), "1w": k - pd.Timedelta(days=7),
                          "1mo": k - pd.DateOffset(months=1), "1q": k - pd.DateOffset(months=3),
                          "1y": k - pd.DateOffset(years=1)}[p["period"]]
            prev = values.get(before, np.nan)
            pct = 100 * (v - prev) / abs(prev) if not none(prev) and prev != 0 else np.nan
            want[k] = {"value": v, "previous": prev, "change": v - prev, "changePct": pct}
        o.same_rows(f"change {p} of {series} [{frm}, {to})", r["rows"], want,
                    fields=("value", "previous", "change", "changePct"))


def check_rolling(o):
    cases = [
        (K, "2016-01-01", "2016-04-01", {"window": "24h", "fn": "mean", "minPeriods": 3}),
        (T, "2015-01-01", "2015-07-01", {"window": "7d", "fn": "max"}),
        (T, "2015-01-01", "2015-07-01", {"window": "7d", "fn": "min"}),
        (A, "2016-01-01", "2017-01-01", {"window": "6h", "fn": "sum"}),
        (A, "2016-01-01", "2017-01-01", {"window": "30d", "fn": "mean", "minPeriods": 500}),
        (W, "2000-01-01", "2018-12-31", {"window": "30d", "fn": "count"}),
        (K, "2013-03-01", "2013-12-01", {"window": "90min", "fn": "sum", "minPeriods": 2}),
    ]
    for series, frm, to, p in cases:
        r = o.stat("rolling", series, frm, to, **p)
        s = o.points(series, frm, to)
        width = p["window"].replace("min", "min")
        roll = s.rolling(pd.Timedelta(width), min_periods=p.get("minPeriods", 1))
        values = getattr(roll, p["fn"])()
        want = {k: {"value": v} for k, v in zip(wall(s), values)}
        o.same_rows(f"rolling {p} of {series}", r["rows"], want)


def check_cumulative(o):
    for frm, to, reset, bucket in (("2016-01-01", "2017-01-01", "1mo", "1d"),
                                   ("2011-06-01", "2017-01-01", "1y", "1mo"),
                                   ("2015-12-20", "2016-03-10", "1y", "1w")):
        r = o.stat("cumulative", R, frm, to, fn="sum", reset=reset, bucket=bucket)
        sums, _ = grouped(o.points(R, frm, to), bucket, "sum")
        period = sums.index.to_period("M" if reset == "1mo" else "Y")
        running = sums.groupby(period).cumsum()
        o.same_rows(f"cumulative reset {reset} per {bucket} of rain", r["rows"],
                    {k: {"value": v} for k, v in running.items()})


def passes(v, op, threshold):
    return {">": v > threshold, ">=": v >= threshold, "<": v < threshold, "<=": v <= threshold}[op]


def check_exceedance(o):
    s = o.points(A)
    r = o.stat("exceedance", A, threshold=150, op=">")
    o.same("exceedance AQI > 150 readings", r["value"], float((s > 150).sum()))
    o.same("exceedance n", r["n"], float(len(s)))
    for series, frm, to, p in (
        (A, "2016-01-01", "2018-01-01", {"threshold": 100, "op": ">", "of": "1d", "fn": "mean", "bucket": "1mo"}),
        (K, "2013-01-01", "2014-01-01", {"threshold": 0, "op": "<=", "bucket": "1w"}),
        (W, "2000-01-01", "2019-01-01", {"threshold": 35, "op": ">=", "of": "1d", "fn": "max", "bucket": "1y"}),
        (T, "2016-01-01", "2017-01-01", {"threshold": 1000, "op": "<", "of": "1d", "fn": "min", "bucket": "1mo"}),
    ):
        x = o.points(series, frm, to)
        if p.get("of") == "1d":
            x, _ = grouped(x, "1d", p["fn"])
            x.index = x.index.tz_localize("+07:00")
        hits = passes(x, p["op"], p["threshold"]).astype(float)
        counts, n = grouped(hits, p["bucket"], "sum")
        r = o.stat("exceedance", series, frm, to, **p)
        o.same_rows(f"exceedance {p} of {series}", r["rows"],
                    {k: {"value": v, "n": n[k]} for k, v in counts.items()}, fields=("value", "n"))


def check_profile(o):
    for series, frm, to, by, fn in ((T, "2014-01-01", "2016-01-01", "hour", "mean"),
                                    (T, "2014-01-01", "2016-01-01", "weekday", "median"),
                                    (A, None, None, "month", "mean"),
                                    (K, "2016-01-01", "2017-01-01", "hour", "max"),
                                    (W, None, None, "weekday", "count")):
        s = o.points(series, frm, to)
        t = wall(s)
        keys = {"hour": t.hour, "weekday": t.weekday + 1, "month": t.month}[by]
        g = s.groupby(np.asarray(keys))
        values = g.count().astype(float) if fn == "count" else getattr(g, fn)()
        r = o.stat("profile", series, frm, to, by=by, fn=fn)
        o.same_rows(f"profile by {by} ({fn}) of {series}", r["rows"],
                    {int(k): {"value": v, "n": g.count()[k]} for k, v in values.items()}, key="key",
                    fields=("value", "n"))


def check_trend(o):
    for series, frm, to, p in ((W, None, None, {"per": "1y", "bucket": "1mo", "fn": "mean"}),
                               (A, "2017-01-01", "2018-01-01", {"per": "1d"}),
                               (K, "2013-01-01", "2018-01-01", {"per": "1y", "bucket": "1d", "fn": "mean"}),
                               (R, "2004-01-01", "2005-01-01", {"per": "1d"})):
        s = o.points(series, frm, to)
        if "bucket" in p:
            s, _ = grouped(s, p["bucket"], p["fn"])
        per = 86400.0 if p["per"] == "1d" else 365.25 * 86400
        seconds = (s.index - s.index[0]).total_seconds().to_numpy()
        x = seconds / per
        y = s.to_numpy()
        fit = sps.linregress(x, y)
        tau = sps.kendalltau(x, y, method="asymptotic")
        r = o.stat("trend", series, frm, to, **p)
        what = f"trend {p} of {series}"
        o.same(f"{what} slope", r["value"], fit.slope)
        o.same(f"{what} intercept", r["intercept"], fit.intercept)
        o.same(f"{what} r2", r["r2"], fit.rvalue ** 2)
        o.same(f"{what} Mann-Kendall tau", r["tau"], tau.statistic)
        o.same(f"{what} Mann-Kendall p", r["p"], tau.pvalue)
        o.same(f"{what} n", r["n"], float(len(s)))


def check_correlation(o):
    for x, y, frm, to, p in ((T, K, "2014-01-01", "2016-01-01", {"method": "pearson"}),
                             (T, K, "2014-01-01", "2016-01-01", {"method": "spearman", "lag": "1h"}),
                             (T, K, None, None, {"method": "pearson", "lag": "1d", "bucket": "1d", "fn": "mean"}),
                             (T, K, "2013-01-01", "2014-01-01", {"method": "spearman", "lag": "-3h"}),
                             (W, R, None, None, {"method": "spearman"}),
                             (A, K, None, None, {"method": "pearson", "bucket": "1w", "fn": "max"})):
        a, b = o.points(x, frm, to), o.points(y, frm, to)
        if "bucket" in p:
            a, _ = grouped(a, p["bucket"], p["fn"])
            b, _ = grouped(b, p["bucket"], p["fn"])
        lag = pd.Timedelta(p.get("lag", "0h"))
        b = b.copy()
        b.index = b.index - lag  # y(t + lag) stands at t
        pairs = pd.concat([a.rename("x"), b.rename("y")], axis=1, join="inner")
        want = pairs["x"].corr(pairs["y"], method=p["method"])
        r = o.stat("correlation", [x, y], frm, to, **p)
        o.same(f"correlation {p} of {x} and {y}", r["value"], want)
        o.same(f"correlation {p} pairs", r["n"], float(len(pairs)))


def check_completeness(o):
    for series, frm, to, p in ((A, "2017-01-01", "2018-01-01", {"period": "1h"}),
                               (A, "2016-01-01", "2018-01-01", {"period": "1h", "bucket": "1mo"}),
                               (T, "2014-06-01", "2015-01-01", {"period": "1h", "bucket": "1w"}),
                               (W, "2005-06-01", "2005-07-01", {"period": "1d"})):
        s = o.points(series, frm, to)
        period = pd.Timedelta(p["period"])
        start, end = local(frm).tz_localize(None), local(to).tz_localize(None)
        slots = pd.Series(1.0, index=wall(s).floor(period)).groupby(level=0).first()
        r = o.stat("completeness", series, frm, to, **p)
        if "bucket" not in p:
            total = len(pd.date_range(start, end - pd.Timedelta(milliseconds=1), freq=period))
            o.same(f"completeness {p} of {series}", r["value"], 100 * len(slots) / total)
            continue
        all_slots = pd.Series(0.0, index=pd.date_range(start, end - period, freq=period))
        all_slots[slots.index] = 1.0
        keys = bucket_keys(all_slots.set_axis(all_slots.index.tz_localize("+07:00")), p["bucket"])
        pct = all_slots.groupby(keys).mean() * 100
        o.same_rows(f"completeness {p} of {series}", r["rows"], {k: {"value": v} for k, v in pct.items()})


def check_rank_share(o):
    # Three places of one indicator: Hanoi's maximum (twice: the same values, a tie) and minimum.
    places = ["hydro.air-temperature-max@hanoi", "hydro.air-temperature-max@hanoi-copy",
              "hydro.air-temperature-max@hanoi-min"]
    for frm, to, fn, order in (("2010-01-01", "2011-01-01", "mean", "desc"),
                               ("2010-01-01", "2011-01-01", "count", "asc"),
                               ("2005-06-01", "2005-07-01", "max", "desc"),
                               (None, None, "median", "asc")):
        values = pd.Series({p.split("@")[1]: agg(o.points(p, frm, to), fn) for p in places})
        ranks = values.rank(method="min", ascending=order == "asc")
        r = o.stat("rank", places, frm, to, fn=fn, order=order)
        o.same_rows(f"rank {fn} {order}", r["rows"],
                    {k: {"value": values[k], "rank": ranks[k]} for k in values.index}, key="place",
                    fields=("value", "rank"))
        top = o.stat("rank", places, frm, to, fn=fn, order=order, top=1)
        o.same(f"rank {fn} {order} top 1 keeps the ties", len(top["rows"]), float((ranks == 1).sum()))
    for fn in ("sum", "mean", "count"):
        values = pd.Series({p.split("@")[1]: agg(o.points(p, "2016-01-01", "2017-01-01"), fn) for p in places})
        r = o.stat("share", places, "2016-01-01", "2017-01-01", fn=fn)
        o.same_rows(f"share {fn}", r["rows"],
                    {k: {"value": v, "sharePct": 100 * v / values.sum()} for k, v in values.items()},
                    key="place", fields=("value", "sharePct"))


# ---- edge cases


def check_edges(o):
    # An empty window: null with the reason, no rows, no error.
    r = o.stat("aggregate", A, "2010-01-01", "2011-01-01", fn="mean")
    o.same("empty window: value", r["value"], None)
    o.checks += 1
    if not r.get("reason") or r["provenance"]["points"] != 0:
        o.fail("empty window", f"no reason or points ≠ 0: {r}")
    r = o.stat("aggregate", A, "2010-01-01", "2011-01-01", fn="mean", bucket="1d")
    o.same("empty window: rows", len(r["rows"]), 0.0)
    r = o.stat("trend", A, "2010-01-01", "2011-01-01")
    o.same("empty window: trend", r["value"], None)
    # A single point: the mean is the value, the sample std is null (n − 1 = 0).
    one = o.points(W, "2016-02-29", "2016-03-01")
    o.same("single point: one reading on the leap day", float(len(one)), 1.0)
    o.same("single point: mean", o.stat("aggregate", W, "2016-02-29", "2016-03-01", fn="mean")["value"], one.iloc[0])
    o.same("single point: std", o.stat("aggregate", W, "2016-02-29", "2016-03-01", fn="std")["value"], None)
    o.same("single point: trend", o.stat("trend", W, "2016-02-29", "2016-03-01")["value"], None)
    o.same("single point: correlation",
           o.stat("correlation", [W, R], "2016-02-29", "2016-03-01")["value"], None)
    # Everything missing: the source has the day, its value is NA.
    r = o.stat("aggregate", W, "2005-06-13", "2005-06-14", fn="max")
    o.same("all missing: value", r["value"], None)
    r = o.stat("completeness", W, "2005-06-13", "2005-06-14", period="1d")
    o.same("all missing: completeness is 0 %, not null", r["value"], 0.0)
    # A bucket with one point: std is null (pandas gives NaN), n = 1.
    r = o.stat("aggregate", W, "2016-02-01", "2016-03-01", fn="std", bucket="1d")
    o.checks += 1
    if len(r["rows"]) != 29 or any(x["value"] is not None or x["n"] != 1 for x in r["rows"]):
        o.fail("one-point buckets", f"{len(r['rows'])} rows, values {[x['value'] for x in r['rows']][:3]}")
    # The leap day: February 2016 has 29 days, and year-ago compares February with February.
    r = o.stat("aggregate", W, "2016-01-01", "2016-04-01", fn="count", bucket="1mo")
    o.same("leap year: days in February 2016", r["rows"][1]["value"], 29.0)
    feb = o.stat("change", W, "2015-02-01", "2017-03-01", period="1mo", fn="mean", vs="year-ago")["rows"]
    febs = {parse_key(x["t"]): x for x in feb}
    w = o.points(W)
    for year in (2016, 2017):
        this = w[(wall(w).year == year) & (wall(w).month == 2)].mean()
        last = w[(wall(w).year == year - 1) & (wall(w).month == 2)].mean()
        o.same(f"leap year: February {year} vs {year - 1}", febs[pd.Timestamp(year, 2, 1)]["previous"], last)
        o.same(f"leap year: February {year} value", febs[pd.Timestamp(year, 2, 1)]["value"], this)
    # The source's daylight-saving changes (US Central): local Da Nang days and hours around
    # them, and the hours that exist.
    for frm, to in (("2013-03-09", "2013-03-12"), ("2013-11-02", "2013-11-05"), ("2016-03-12", "2016-03-15")):
        for bucket in ("1d", "1h"):
            r = o.stat("aggregate", T, frm, to, fn="mean", bucket=bucket)
            values, counts = grouped(o.points(T, frm, to), bucket, "mean")
            o.same_rows(f"DST window [{frm}, {to}) per {bucket}", r["rows"],
                        {k: {"value": v, "n": counts[k]} for k, v in values.items()}, fields=("value", "n"))
        r = o.stat("rolling", T, frm, to, window="3h", fn="sum")
        s = o.points(T, frm, to)
        o.same_rows(f"DST window [{frm}, {to}) rolling 3h", r["rows"],
                    {k: {"value": v} for k, v in zip(wall(s), s.rolling("3h").sum())})


def check_cli_contract(o):
    # CSV carries the same numbers as JSON.
    j = o.stat("aggregate", A, "2016-01-01", "2017-01-01", fn="mean", bucket="1mo")
    text = o.stat("aggregate", A, "2016-01-01", "2017-01-01", fmt="csv", fn="mean", bucket="1mo")
    rows = list(csv.DictReader(io.StringIO(text)))
    o.checks += 1
    if [r["t"] for r in rows] != [r["t"] for r in j["rows"]]:
        o.fail("csv rows", text[:200])
    for c, r in zip(rows, j["rows"]):
        o.same(f"csv value {c['t']}", float(c["value"]), r["value"])
    # Provenance: the series, the window, the points used.
    prov = j["provenance"]
    o.checks += 1
    if prov["series"] != [A] or prov["points"] != len(o.points(A, "2016-01-01", "2017-01-01")) \
            or not prov["from"].startswith("2016-01-01T00:00:00+07:00") or not prov["explanation"]["vi"]:
        o.fail("provenance", json.dumps(prov)[:300])
    # Bad input: exit 2 with one line; a malformed command line: 64.
    base = ["stats", "run", "--db", o.db]
    for args, code in (([*base, "--kind", "nonsense", "--series", A], 2),
                       ([*base, "--kind", "aggregate", "--series", A, "--params", '{"fn":"quantile","q":2}'], 2),
                       ([*base, "--kind", "aggregate", "--series", A, "--params", '{"fn":"mean","nope":1}'], 2),
                       ([*base, "--kind", "aggregate", "--series", "air.aqi@nowhere"], 2),
                       ([*base, "--kind", "aggregate", "--series", A, "--from", "2017-01-01", "--to", "2016-01-01"], 2),
                       ([*base, "--kind", "aggregate", "--series", A, "--params", "{fn:"], 2),
                       ([*base, "--kind", "correlation", "--series", A], 2),
                       ([*base, "--service", "no.such-service"], 2),
                       ([*base, "--kind", "aggregate", "--series", "no-at-sign"], 64),
                       ([*base, "--kind", "aggregate", "--series", A, "--from", "yesterday-ish"], 64),
                       ([*base, "--all", "--format", "csv"], 64),
                       ([*base], 64),
                       (["stats", "frobnicate"], 64)):
        p = o.run(*args, expect=code)
        o.checks += 1
        if len(p.stderr.strip().splitlines()) != 1:
            o.fail(f"one-line error for {args[3:]}", repr(p.stderr))


def ingest(cli, db, data, mappings, work):
    files = {
        "hanoi_usembassy_pm25_aqi.json": "hanoi_usembassy_pm25_aqi_hourly_2015-2018.csv",
        "hanoi_weather_daily.json": "hanoi_weather_daily_2000-2018.csv",
        "metro_interstate_traffic_i94.json": "metro_interstate_traffic_volume_I94_hourly_2012-2018.csv",
    }
    for mapping, csv_name in files.items():
        subprocess.run([cli, "ingest", "--db", db, "--mapping", os.path.join(mappings, mapping),
                        os.path.join(data, "series", csv_name)], check=True, capture_output=True)
    # The same daily file again, as two more places of one indicator (for rank and share).
    with open(os.path.join(mappings, "hanoi_weather_daily.json")) as f:
        m = json.load(f)
    m["series"] = [{"column": "max_temp", "indicator": "hydro.air-temperature-max", "place": "hanoi-copy", "unit": "Cel"},
                   {"column": "min_temp", "indicator": "hydro.air-temperature-max", "place": "hanoi-min", "unit": "Cel"}]
    extra = os.path.join(work, "hanoi_weather_places.json")
    with open(extra, "w") as f:
        json.dump(m, f)
    subprocess.run([cli, "ingest", "--db", db, "--mapping", extra,
                    os.path.join(data, "series", files["hanoi_weather_daily.json"])], check=True, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--data", default=os.environ.get("CITYOPS_SHARED_DATA"))
    args = ap.parse_args()
    data = args.data or os.path.join(args.source_dir, "..", "shared", "data")
    if not os.path.isdir(os.path.join(data, "series")):
        print(f"skipped: {data}/series is absent (set CITYOPS_SHARED_DATA)")
        return 77
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    db = os.path.join(args.work, "real-series.sqlite")
    ingest(args.cli, db, data, os.path.join(args.source_dir, "tests", "data", "mappings"), args.work)
    o = Oracle(args.cli, db)
    for check in (check_aggregate, check_change, check_rolling, check_cumulative, check_exceedance, check_profile,
                  check_trend, check_correlation, check_completeness, check_rank_share, check_edges,
                  check_cli_contract):
        before = len(o.failures)
        try:
            check(o)
        except Exception as e:  # a crash of the check is a failure of the test, with its reason
            o.fail(check.__name__, f"{type(e).__name__}: {e}")
        print(f"{check.__name__}: {'ok' if len(o.failures) == before else 'FAILED'}")
    print(f"{o.checks} checks, {len(o.failures)} failures")
    for f in o.failures[:40]:
        print("  " + f)
    if not o.failures:
        shutil.rmtree(args.work, ignore_errors=True)
    return 1 if o.failures else 0


if __name__ == "__main__":
    sys.exit(main())
