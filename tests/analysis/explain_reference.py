#!/usr/bin/env python3
"""scikit-learn's side of the explanation-quality comparison (tst_explainquality, tst_cliexplain).

For each cluster, DecisionTreeClassifier(max_depth=3) one-vs-rest on the same rows and clusters; its F1 on
those rows (the tree's own predictions, as our rule is measured on the clustered customers).

  explain_reference.py dataset iris|wine OUT.csv        the data set's features, one row per line
  explain_reference.py fit X.csv LABELS.txt             {"f1": [per cluster 0 .. k-1]}
  explain_reference.py workspace WS FEATURES PREFIX K   features of the members of the static segments
                                                        "PREFIX 1" .. "PREFIX K" (dates as julianday)
"""
import json
import sqlite3
import sys

import numpy as np
from sklearn.datasets import load_iris, load_wine
from sklearn.metrics import f1_score
from sklearn.tree import DecisionTreeClassifier


def tree_f1(x, labels):
    scores = []
    for cluster in range(int(labels.max()) + 1):
        target = labels == cluster
        tree = DecisionTreeClassifier(max_depth=3, random_state=0).fit(x, target)
        scores.append(float(f1_score(target, tree.predict(x))))
    return scores


def workspace(path, features, prefix, k):
    db = sqlite3.connect(path)
    types = dict(db.execute("SELECT name, type FROM fields WHERE table_name = 'customers'").fetchall())
    key = db.execute("SELECT name FROM fields WHERE table_name = 'customers' AND role = 'customer_key'").fetchone()
    columns = ", ".join(
        'julianday("%s")' % f if types.get(f) in ("date", "datetime") else '"%s"' % f for f in features)
    key_column = '"%s"' % key[0] if key else "rowid"
    rows, labels = [], []
    for cluster in range(k):
        sql = ("SELECT %s FROM customers WHERE %s IN (SELECT m.customer_key FROM segment_members m "
               "JOIN segments s ON s.id = m.segment_id WHERE s.name = ?)") % (columns, key_column)
        members = db.execute(sql, ("%s %d" % (prefix, cluster + 1),)).fetchall()
        rows += members
        labels += [cluster] * len(members)
    return np.array(rows, dtype=float), np.array(labels)


def main(argv):
    if argv[1] == "dataset":
        data = {"iris": load_iris, "wine": load_wine}[argv[2]]().data
        np.savetxt(argv[3], data, delimiter=",", fmt="%.17g")
        return 0
    if argv[1] == "fit":
        x = np.loadtxt(argv[2], delimiter=",", ndmin=2)
        labels = np.loadtxt(argv[3], dtype=int)
    elif argv[1] == "workspace":
        x, labels = workspace(argv[2], argv[3].split(","), argv[4], int(argv[5]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps({"f1": tree_f1(x, labels), "rows": int(len(labels))}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
