#!/usr/bin/env python3
"""scikit-learn's side of the k-means benchmark: times KMeans(lloyd, k-means++) on an .npy matrix.

Usage: kmeans_reference.py DATA.npy [--k 8] [--seeds 0,1,2] [--init-out INIT.npy]
Prints one JSON object: n_init=1 for each seed, n_init=10 for the first seed (seconds of fit(), inertia,
iterations), a "same start" run from k-means++ centres of the first seed (written to INIT.npy, so the other side
can start from exactly the same centres), the threads OpenMP uses, the scikit-learn version and the peak RSS.
"""
import argparse
import json
import resource
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from threadpoolctl import threadpool_info


def fit(data, k, n_init, seed):
    model = KMeans(n_clusters=k, n_init=n_init, algorithm="lloyd", init="k-means++", random_state=seed)
    start = time.perf_counter()
    model.fit(data)
    seconds = time.perf_counter() - start
    return {"seed": seed, "seconds": seconds, "inertia": float(model.inertia_), "n_iter": int(model.n_iter_)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--init-out")
    args = parser.parse_args()
    data = np.load(args.data)
    seeds = [int(s) for s in args.seeds.split(",")]
    result = {
        "sklearn": sklearn.__version__,
        "threads": max((pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "openmp"),
                       default=1),
        "rows": int(data.shape[0]),
        "n_init_1": [fit(data, args.k, 1, seed) for seed in seeds],
        "n_init_10": fit(data, args.k, 10, seeds[0]),
    }
    if args.init_out:
        init, _ = kmeans_plusplus(data, args.k, random_state=seeds[0])
        np.save(args.init_out, init.astype(np.float32))
        model = KMeans(n_clusters=args.k, init=init, n_init=1, algorithm="lloyd")
        start = time.perf_counter()
        model.fit(data)
        result["same_start"] = {"seconds": time.perf_counter() - start, "inertia": float(model.inertia_),
                                "n_iter": int(model.n_iter_)}
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps(result))


if __name__ == "__main__":
    main()
