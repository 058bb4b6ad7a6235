#!/usr/bin/python3
"""The pandas (and scipy) peer of the statistics benchmark: the same hourly CSV as the
store benchmark, the same computations as tests/bench/stats_bench.cpp, each producing what
CityOps produces (rows per bucket, per reading or per place; local Da Nang days).

Usage: peer_stats_pandas.py HOURLY.csv
Prints one line per workload: NAME MILLISECONDS (median of 7 runs), after loading and
indexing the data (not timed)."""
import statistics
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats as sps


def median_ms(fn, runs=7):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main():
    df = pd.read_csv(sys.argv[1], dtype={"station": "category", "value": "float64"})
    df["time"] = pd.to_datetime(df["time"], utc=True).dt.tz_convert("+07:00")
    stations = df["station"].cat.categories
    n = len(stations)
    # The series the C++ side takes: station n/2 (and n/2 + 1 for the correlation).
    by = {name: g.set_index("time")["value"].sort_index() for name, g in df.groupby("station", observed=True)}
    s = by[f"st-{n // 2}"]
    s2 = by[f"st-{n // 2 + 1}"]
    local = s.index.tz_localize(None)

    def daily_mean_one_series():
        return s.groupby(local.normalize()).agg(["mean", "count"])

    def monthly_p95_one_series():
        return s.groupby(local.to_period("M")).quantile(0.95)

    def rolling_24h_mean_one_series():
        return s.rolling("24h").mean()

    def hour_profile_one_series():
        return s.groupby(local.hour).agg(["mean", "count"])

    def weekly_change_one_series():
        week = local.normalize() - pd.to_timedelta(local.weekday, unit="D")
        sums = s.groupby(week).sum()
        prev = sums.shift(1)
        return pd.DataFrame({"value": sums, "previous": prev, "change": sums - prev,
                             "changePct": 100 * (sums - prev) / prev.abs()})

    def days_over_70_one_series():
        return int((s.groupby(local.normalize()).mean() > 70).sum())

    def trend_mann_kendall_daily_one_series():
        daily = s.groupby(local.normalize()).mean()
        x = (daily.index - daily.index[0]).total_seconds().to_numpy() / (365.25 * 86400)
        fit = sps.linregress(x, daily.to_numpy())
        tau = sps.kendalltau(x, daily.to_numpy(), method="asymptotic")
        return fit.slope, fit.rvalue, tau.statistic, tau.pvalue

    def correlation_lag_1h_two_series():
        y = s2.copy()
        y.index = y.index - pd.Timedelta(hours=1)
        pairs = pd.concat([s.rename("x"), y.rename("y")], axis=1, join="inner")
        return pairs["x"].corr(pairs["y"]), len(pairs)

    def rank_mean_all_places():
        return df.groupby("station", observed=True)["value"].mean().rank(method="min", ascending=False)

    def share_sum_all_places():
        sums = df.groupby("station", observed=True)["value"].sum()
        return 100 * sums / sums.sum()

    day_all = df["time"].dt.tz_localize(None).dt.normalize()

    def daily_mean_all_places():
        return df.groupby([df["station"], day_all], observed=True)["value"].agg(["mean", "count"])

    for fn in (daily_mean_one_series, monthly_p95_one_series, rolling_24h_mean_one_series, hour_profile_one_series,
               weekly_change_one_series, days_over_70_one_series, trend_mann_kendall_daily_one_series,
               correlation_lag_1h_two_series, rank_mean_all_places, share_sum_all_places, daily_mean_all_places):
        print(f"{fn.__name__} {median_ms(fn, 3 if fn is daily_mean_all_places else 7):.3f}")


if __name__ == "__main__":
    main()
