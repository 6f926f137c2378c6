#include "analysis/decisiontree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace swb {

namespace {

using Criterion = DecisionTreeOptions::Criterion;
using SortedFeature = DecisionTree::SortedFeature;

double impurity(qint64 rows, qint64 positives, Criterion criterion)
{
    if (rows == 0)
        return 0.0;
    const double q = double(positives) / double(rows);
    if (criterion == Criterion::Gini)
        return 2.0 * q * (1.0 - q);
    double h = 0.0;
    if (q > 0.0)
        h -= q * std::log2(q);
    if (q < 1.0)
        h -= (1.0 - q) * std::log2(1.0 - q);
    return h;
}

struct Split
{
    int feature = -1;
    double threshold = 0;
    double score = std::numeric_limits<double>::infinity(); // rows-weighted impurity of the parts
    qint64 missing = 0;
    int roughness = 0; // ReadableThreshold::roughness
};

class Builder
{
public:
    Builder(const RowMatrix& x, const std::vector<TreeFeatureKind>& kinds, const std::vector<SortedFeature>& sorted,
            const std::vector<bool>& target, const DecisionTreeOptions& options)
        : m_x(x)
        , m_kinds(kinds)
        , m_sorted(sorted)
        , m_target(target.begin(), target.end())
        , m_options(options)
        , m_nodeOf(size_t(x.rows()), -1)
    { }

    std::vector<TreeNode> nodes;

    int grow(const std::vector<Eigen::Index>& rows, int depth)
    {
        const int index = int(nodes.size());
        nodes.emplace_back();
        qint64 positives = 0;
        for (const Eigen::Index row : rows)
            positives += m_target[size_t(row)];
        for (const Eigen::Index row : rows)
            m_nodeOf[size_t(row)] = index;
        nodes[size_t(index)].rows = qint64(rows.size());
        nodes[size_t(index)].positives = positives;
        if (depth >= m_options.maxDepth || positives == 0 || positives == qint64(rows.size()))
            return index;
        const double before = double(rows.size()) * impurity(qint64(rows.size()), positives, m_options.criterion);
        const Split split = bestSplit(index, qint64(rows.size()), positives, before);
        if (split.feature < 0 || split.score >= before - 1e-9 * double(rows.size()))
            return index;
        std::vector<Eigen::Index> left, right;
        for (const Eigen::Index row : rows) {
            const double value = m_x(row, split.feature);
            if (std::isnan(value))
                continue;
            (value < split.threshold ? left : right).push_back(row);
        }
        const int leftChild = grow(left, depth + 1);
        const int rightChild = grow(right, depth + 1);
        TreeNode& node = nodes[size_t(index)];
        node.feature = split.feature;
        node.threshold = split.threshold;
        node.missing = split.missing;
        node.left = leftChild;
        node.right = rightChild;
        return index;
    }

private:
    const RowMatrix& m_x;
    const std::vector<TreeFeatureKind>& m_kinds;
    const std::vector<SortedFeature>& m_sorted;
    const std::vector<unsigned char> m_target; // 1 for the class; bytes scan faster than std::vector<bool>
    const DecisionTreeOptions& m_options;
    std::vector<int> m_nodeOf; // the node each row is in while that node is being split

    // The split with the lowest impurity, or a rounder one that keeps nearly all of its impurity decrease.
    Split bestSplit(int node, qint64 rows, qint64 positives, double before) const
    {
        std::vector<Split> splits;
        std::vector<double> thresholds, some, lastOfSlot;
        std::vector<double> distinct;
        std::vector<qint64> rowsUpTo, positivesUpTo;
        for (int f = 0; f < int(m_x.cols()); ++f) {
            lastOfSlot.clear();
            // Distinct values of the node's rows with the rows and positives at or below each, in one pass over the
            // feature's rows sorted once for the whole tree.
            distinct.clear();
            rowsUpTo.clear();
            positivesUpTo.clear();
            qint64 n = 0, p = 0;
            const SortedFeature& sorted = m_sorted[size_t(f)];
            for (size_t i = 0; i < sorted.rows.size(); ++i) {
                const int row = sorted.rows[i];
                if (m_nodeOf[size_t(row)] != node)
                    continue;
                const double value = sorted.values[i];
                if (distinct.empty() || value != distinct.back()) {
                    distinct.push_back(value);
                    rowsUpTo.push_back(n);
                    positivesUpTo.push_back(p);
                }
                ++n;
                p += m_target[size_t(row)];
                rowsUpTo.back() = n;
                positivesUpTo.back() = p;
            }
            const qint64 present = n;
            const qint64 presentPositives = p;
            const qint64 missing = rows - present;
            const double missingPart
                = double(missing) * impurity(missing, positives - presentPositives, m_options.criterion);
            thresholds.clear();
            for (size_t i = 0; i + 1 < distinct.size(); ++i) {
                // Neighbouring gaps mostly give the same rounded candidates: keep each slot's only when it changes.
                some.clear();
                ReadableThreshold::appendCandidates(distinct[i], distinct[i + 1], m_kinds[size_t(f)],
                                                    m_options.significantDigits, &some);
                for (size_t slot = 0; slot < some.size(); ++slot) {
                    if (slot >= lastOfSlot.size())
                        lastOfSlot.resize(slot + 1, std::numeric_limits<double>::quiet_NaN());
                    if (some[slot] != lastOfSlot[slot])
                        thresholds.push_back(some[slot]);
                    lastOfSlot[slot] = some[slot];
                }
            }
            std::sort(thresholds.begin(), thresholds.end());
            thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
            for (const double t : thresholds) {
                const auto below = std::lower_bound(distinct.begin(), distinct.end(), t) - distinct.begin();
                const qint64 nLeft = below > 0 ? rowsUpTo[size_t(below - 1)] : 0;
                const qint64 pLeft = below > 0 ? positivesUpTo[size_t(below - 1)] : 0;
                const qint64 nRight = present - nLeft;
                if (nLeft < m_options.minLeafRows || nRight < m_options.minLeafRows)
                    continue;
                const double score = double(nLeft) * impurity(nLeft, pLeft, m_options.criterion)
                    + double(nRight) * impurity(nRight, presentPositives - pLeft, m_options.criterion) + missingPart;
                splits.push_back(Split{f, t, score, missing, ReadableThreshold::roughness(t, m_kinds[size_t(f)])});
            }
        }
        Split best;
        for (const Split& split : splits) {
            if (split.score < best.score - 1e-12)
                best = split;
        }
        if (best.feature < 0 || best.score >= before)
            return best;
        const double acceptable = best.score + m_options.roundingTolerance * (before - best.score) + 1e-12;
        Split chosen = best;
        for (const Split& split : splits) {
            if (split.score <= acceptable
                && (split.roughness < chosen.roughness
                    || (split.roughness == chosen.roughness && split.score < chosen.score - 1e-12)))
                chosen = split;
        }
        return chosen;
    }
};

// Every leaf under `node` is selected and no row leaves on the way for a missing value.
bool wholeNodeSelected(const std::vector<TreeNode>& nodes, int node)
{
    const TreeNode& n = nodes[size_t(node)];
    if (n.feature < 0)
        return n.selected;
    return n.missing == 0 && wholeNodeSelected(nodes, n.left) && wholeNodeSelected(nodes, n.right);
}

TreeConjunction narrowed(TreeConjunction path, int feature, std::optional<double> lower, std::optional<double> upper)
{
    auto clause = std::find_if(path.begin(), path.end(), [&](const TreeClause& c) { return c.feature == feature; });
    if (clause == path.end()) {
        path.push_back(TreeClause{feature, lower, upper});
        return path;
    }
    if (lower)
        clause->lower = clause->lower ? std::max(*clause->lower, *lower) : *lower;
    if (upper)
        clause->upper = clause->upper ? std::min(*clause->upper, *upper) : *upper;
    return path;
}

void collectRule(const std::vector<TreeNode>& nodes, int node, const TreeConjunction& path,
                 std::vector<TreeConjunction>* rule)
{
    const TreeNode& n = nodes[size_t(node)];
    if (wholeNodeSelected(nodes, node)) {
        rule->push_back(path);
        return;
    }
    if (n.feature < 0)
        return;
    collectRule(nodes, n.left, narrowed(path, n.feature, std::nullopt, n.threshold), rule);
    collectRule(nodes, n.right, narrowed(path, n.feature, n.threshold, std::nullopt), rule);
}

// Marks the leaves that, taken by decreasing precision, give the best F1.
void selectLeaves(std::vector<TreeNode>& nodes, qint64 positives)
{
    std::vector<size_t> leaves;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].feature < 0 && nodes[i].positives > 0)
            leaves.push_back(i);
    }
    std::stable_sort(leaves.begin(), leaves.end(), [&](size_t a, size_t b) {
        // p_a / n_a > p_b / n_b without rounding; the larger leaf first on a tie.
        const auto lhs = nodes[a].positives * nodes[b].rows;
        const auto rhs = nodes[b].positives * nodes[a].rows;
        return lhs != rhs ? lhs > rhs : nodes[a].rows > nodes[b].rows;
    });
    double bestF1 = 0.0;
    size_t bestCount = 0;
    qint64 matched = 0, truePositives = 0;
    for (size_t i = 0; i < leaves.size(); ++i) {
        matched += nodes[leaves[i]].rows;
        truePositives += nodes[leaves[i]].positives;
        const double f1 = 2.0 * double(truePositives) / double(matched + positives);
        if (f1 > bestF1 + 1e-12) {
            bestF1 = f1;
            bestCount = i + 1;
        }
    }
    for (size_t i = 0; i < bestCount; ++i)
        nodes[leaves[i]].selected = true;
}

} // namespace

DecisionTree::DecisionTree(const RowMatrix& x, std::vector<TreeFeatureKind> kinds)
    : m_x(x)
    , m_kinds(std::move(kinds))
    , m_sorted(size_t(x.cols()))
{
    for (Eigen::Index f = 0; f < x.cols(); ++f) {
        SortedFeature& sorted = m_sorted[size_t(f)];
        for (Eigen::Index row = 0; row < x.rows(); ++row) {
            if (!std::isnan(x(row, f)))
                sorted.rows.push_back(int(row));
        }
        std::stable_sort(sorted.rows.begin(), sorted.rows.end(), [&](int a, int b) { return x(a, f) < x(b, f); });
        sorted.values.reserve(sorted.rows.size());
        for (const int row : sorted.rows)
            sorted.values.push_back(x(row, f));
    }
}

RuleTree DecisionTree::fit(const RowMatrix& x, const std::vector<TreeFeatureKind>& kinds,
                           const std::vector<bool>& target, const DecisionTreeOptions& options)
{
    return DecisionTree(x, kinds).fit(target, options);
}

RuleTree DecisionTree::fit(const std::vector<bool>& target, const DecisionTreeOptions& options) const
{
    RuleTree tree;
    if (size_t(m_x.rows()) != target.size() || size_t(m_x.cols()) != m_kinds.size()) {
        tree.error = tr("The rows, features and classes do not fit together.");
        return tree;
    }
    if (options.maxDepth < 0 || options.significantDigits < 1) {
        tree.error = tr("The depth must be 0 or more and the thresholds need at least one significant digit.");
        return tree;
    }
    tree.rows = m_x.rows();
    std::vector<Eigen::Index> rows(size_t(m_x.rows()));
    std::iota(rows.begin(), rows.end(), Eigen::Index(0));
    Builder builder(m_x, m_kinds, m_sorted, target, options);
    builder.grow(rows, 0);
    tree.nodes = std::move(builder.nodes);
    tree.positives = tree.nodes.front().positives;
    selectLeaves(tree.nodes, tree.positives);
    collectRule(tree.nodes, 0, {}, &tree.rule);
    for (Eigen::Index row = 0; row < m_x.rows(); ++row) {
        if (!matchesAny(tree.rule, m_x, row))
            continue;
        ++tree.matched;
        tree.truePositives += target[size_t(row)] ? 1 : 0;
    }
    tree.precision = tree.matched > 0 ? double(tree.truePositives) / double(tree.matched) : 0.0;
    tree.recall = tree.positives > 0 ? double(tree.truePositives) / double(tree.positives) : 0.0;
    tree.f1 = tree.matched + tree.positives > 0
        ? 2.0 * double(tree.truePositives) / double(tree.matched + tree.positives)
        : 0.0;
    return tree;
}

bool DecisionTree::matches(const TreeConjunction& conjunction, const RowMatrix& x, Eigen::Index row)
{
    for (const TreeClause& clause : conjunction) {
        const double value = x(row, clause.feature);
        if (std::isnan(value) || (clause.lower && !(value >= *clause.lower))
            || (clause.upper && !(value < *clause.upper)))
            return false;
    }
    return true;
}

bool DecisionTree::matchesAny(const std::vector<TreeConjunction>& rule, const RowMatrix& x, Eigen::Index row)
{
    return std::any_of(rule.begin(), rule.end(),
                       [&](const TreeConjunction& conjunction) { return matches(conjunction, x, row); });
}

} // namespace swb
