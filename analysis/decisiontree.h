// A shallow CART tree that separates one class (a cluster) from the rest, read back as a rule: an "any" of the
// leaves' "all" conditions, with readable thresholds (analysis/readablethreshold.h).
//
// Missing values (NaN) follow SQLite: a NULL never satisfies a comparison, neither `x < t` nor `x >= t`. A row whose
// value of a node's split feature is missing therefore leaves the tree at that node and is never selected by the
// rule: the split's impurity counts such rows as a third part, and the leaves' counts leave them out.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/readablethreshold.h"

#include <optional>
#include <vector>

namespace swb {

// lower <= x < upper on one feature (either bound may be absent).
struct TreeClause
{
    int feature = 0;
    std::optional<double> lower; // x >= lower
    std::optional<double> upper; // x < upper
};

using TreeConjunction = std::vector<TreeClause>; // all of them; empty: every row

struct TreeNode
{
    int feature = -1; // -1: a leaf
    double threshold = 0; // rows with x < threshold go left, x >= threshold right, NaN nowhere
    int left = -1;
    int right = -1;
    qint64 rows = 0;
    qint64 positives = 0;
    qint64 missing = 0; // rows that leave here for a missing value of `feature`
    bool selected = false; // a leaf the rule selects
};

struct DecisionTreeOptions
{
    enum class Criterion { Gini, Entropy };
    int maxDepth = 3;
    Criterion criterion = Criterion::Gini;
    int significantDigits = 3; // of the thresholds (dates: whole days, firsts of month and year preferred)
    qint64 minLeafRows = 1;
    // A rounder threshold (fewer digits; a first of the month or year) wins when its split keeps at least
    // 1 − roundingTolerance of the best split's impurity decrease at that node.
    double roundingTolerance = 0.01;
};

struct RuleTree
{
    std::vector<TreeNode> nodes; // nodes[0] is the root
    std::vector<TreeConjunction> rule; // any of these; empty: no row
    qint64 rows = 0;
    qint64 positives = 0;
    qint64 matched = 0; // rows the rule selects
    qint64 truePositives = 0;
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

class DecisionTree
{
    Q_DECLARE_TR_FUNCTIONS(swb::DecisionTree)

public:
    // Sorts each feature's rows once, for fitting several classes (one per cluster) on the same rows. `x` must
    // outlive the object.
    DecisionTree(const RowMatrix& x, std::vector<TreeFeatureKind> kinds);
    RuleTree fit(const std::vector<bool>& target, const DecisionTreeOptions& options = {}) const;

    // One feature's rows with a value, by increasing value (what fit() scans at each node).
    struct SortedFeature
    {
        std::vector<int> rows;
        std::vector<double> values; // in the same order
    };

    // `target[i]` true for the rows of the class. The leaves selected are those, taken by decreasing precision, that
    // give the best F1 on these rows (this includes every leaf where the class is the majority when that is
    // better); sibling leaves that are both selected are merged into their parent when no row left there for a
    // missing value.
    static RuleTree fit(const RowMatrix& x, const std::vector<TreeFeatureKind>& kinds, const std::vector<bool>& target,
                        const DecisionTreeOptions& options = {});
    // Whether row `row` of `x` satisfies every clause (a NaN satisfies none).
    static bool matches(const TreeConjunction& conjunction, const RowMatrix& x, Eigen::Index row);
    static bool matchesAny(const std::vector<TreeConjunction>& rule, const RowMatrix& x, Eigen::Index row);

private:
    const RowMatrix& m_x;
    std::vector<TreeFeatureKind> m_kinds;
    std::vector<SortedFeature> m_sorted;
};

} // namespace swb
