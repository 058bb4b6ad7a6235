#!/usr/bin/python3
"""The pandas peer of the store benchmark: the same hourly CSV, the same three queries.

Usage: peer_pandas.py HOURLY.csv
Prints one line per query: NAME MILLISECONDS (best of 5), after loading (not timed).
Runs with Debian's /usr/bin/python3, which is where python3-pandas lives."""
import sys
import time

import pandas as pd


def best(fn, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def main():
    df = pd.read_csv(sys.argv[1], dtype={"station": "category", "value": "float64"})
    df["time"] = pd.to_datetime(df["time"], utc=True)
    local = pd.Timedelta(hours=7)  # days begin at midnight in Asia/Ho_Chi_Minh, as in the store
    one = df["station"].cat.categories[len(df["station"].cat.categories) // 2]

    def yearly():
        return df.groupby("station", observed=True)["value"].agg(["mean", "min", "max"])

    def daily():
        day = (df["time"] + local).dt.floor("D")
        return df.groupby([df["station"], day], observed=True)["value"].mean()

    def one_series():
        return df.loc[df["station"] == one, ["time", "value"]].sort_values("time")

    print(f"rows {len(df)}")
    print(f"yearly_mean_min_max_all_series {best(yearly):.1f}")
    print(f"daily_buckets_all_series {best(daily):.1f}")
    print(f"one_series_full_year {best(one_series):.1f}")


if __name__ == "__main__":
    main()
