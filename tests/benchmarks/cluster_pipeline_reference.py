#!/usr/bin/env python3
"""scikit-learn's side of the clustering pipeline benchmark: what `swb cluster` does, done with pandas and
scikit-learn on the same workspace, timed stage by stage.

Usage: cluster_pipeline_reference.py WS.sqlite --features a,b,c --as-of YYYY-MM-DD (--k N | --k-range A-B)
                                     [--n-init N] [--seed S] [--dates a,b]

Reads the features with pandas.read_sql (date fields as days before the as-of date, as swb computes them:
as-of julian day - julianday(field)), drops the rows with a missing value, StandardScaler,
KMeans(algorithm="lloyd", k-means++), silhouette_score(sample_size=10000), calinski_harabasz_score,
davies_bouldin_score, PCA(2) fitted on all rows and applied to a 5,000-row sample, and the profiles (cluster means
in original units, z-scores against the base). With --k-range every k is fitted and scored, the k with the highest
silhouette is kept, and PCA and profiles are computed once for it. Prints one JSON object: seconds per stage, the
total, and the results (rows, inertia, silhouette, CH, DB per k) to check both sides clustered the same data.
"""
import argparse
import datetime
import json
import sqlite3
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_info


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def julian_midnight(date):
    # Julian day of the date at 00:00, as SQLite's julianday() counts: the proleptic ordinal + 1721424.5.
    return date.toordinal() + 1721424.5


def fit_one(x, k, n_init, seed, stages):
    start = time.perf_counter()
    model = KMeans(n_clusters=k, n_init=n_init, algorithm="lloyd", init="k-means++", random_state=seed).fit(x)
    stages["kmeans"] += time.perf_counter() - start
    start = time.perf_counter()
    silhouette = silhouette_score(x, model.labels_, sample_size=min(10000, x.shape[0]), random_state=seed)
    stages["silhouette"] += time.perf_counter() - start
    start = time.perf_counter()
    ch = calinski_harabasz_score(x, model.labels_)
    db = davies_bouldin_score(x, model.labels_)
    stages["indices"] += time.perf_counter() - start
    return model, {"k": k, "inertia": float(model.inertia_), "iterations": int(model.n_iter_),
                   "silhouette": float(silhouette), "calinski_harabasz": float(ch), "davies_bouldin": float(db)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("--features", required=True)
    parser.add_argument("--dates", default="", help="which of the features are dates")
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--k", type=int)
    parser.add_argument("--k-range")
    parser.add_argument("--n-init", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    features = args.features.split(",")
    dates = set(filter(None, args.dates.split(",")))
    as_of = julian_midnight(datetime.date.fromisoformat(args.as_of))
    ks = [args.k] if args.k else list(range(int(args.k_range.split("-")[0]), int(args.k_range.split("-")[1]) + 1))

    stages = {name: 0.0 for name in ("load", "prepare", "kmeans", "silhouette", "indices", "pca", "profiles")}
    total_start = time.perf_counter()
    start = time.perf_counter()
    columns = [f"({as_of!r} - julianday({quote(f)})) AS {quote(f)}" if f in dates else quote(f) for f in features]
    with sqlite3.connect(f"file:{args.workspace}?mode=ro", uri=True) as connection:
        frame = pd.read_sql("SELECT " + ", ".join(columns) + " FROM customers", connection)
    stages["load"] = time.perf_counter() - start

    start = time.perf_counter()
    original = frame.dropna().astype("float64")
    x = StandardScaler().fit_transform(original.to_numpy())
    stages["prepare"] = time.perf_counter() - start

    fits = [fit_one(x, k, args.n_init, args.seed, stages) for k in ks]
    model, _ = max(fits, key=lambda fit: fit[1]["silhouette"])

    start = time.perf_counter()
    pca = PCA(n_components=2).fit(x)
    sample = np.random.RandomState(args.seed).choice(x.shape[0], size=min(5000, x.shape[0]), replace=False)
    pca.transform(x[sample])
    stages["pca"] = time.perf_counter() - start

    start = time.perf_counter()
    means = original.groupby(model.labels_).mean()
    ((means - original.mean()) / original.std(ddof=0)).to_numpy()
    original.groupby(model.labels_).size().to_numpy()
    stages["profiles"] = time.perf_counter() - start

    result = {
        "sklearn": sklearn.__version__,
        "pandas": pd.__version__,
        "threads": max((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "openmp"),
                       default=1),
        "rows": int(x.shape[0]),
        "dropped_rows": int(frame.shape[0] - x.shape[0]),
        "k": int(model.n_clusters),
        "points": [fit for _, fit in fits],
        "stages": stages,
        "seconds": time.perf_counter() - total_start,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
