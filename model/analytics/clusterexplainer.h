// Explains each cluster of a run as a segment definition: a shallow decision tree (analysis/decisiontree.h) on the
// clustered customers' original field values, written as react-querybuilder JSON (an "any" group of "all" groups)
// and measured by running that definition through the filter engine (FilterResolver, FilterCompiler on SQLite),
// restricted to the clustered customers, so that opening the rule in the builder gives the reported numbers.
#pragma once

#include "analysis/decisiontree.h"
#include "analysis/featurematrix.h"
#include "model/field.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace swb {

class Workspace;

struct ClusterExplanation
{
    int cluster = 0; // 0-based
    QJsonObject rule; // the definition
    QString description; // the rule in words (FilterDescriber)
    qint64 clusterSize = 0;
    qint64 matched = 0; // clustered customers the rule selects
    qint64 truePositives = 0; // … of them in the cluster
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    qint64 treeMatched = 0; // what the tree counted on the rows it learnt from (with all rows: equal to `matched`)

    // {"cluster" (1-based), "rule", "matched", "true_positives", "precision", "recall", "f1"}, plus "description"
    // and "cluster_size".
    QJsonObject toJson() const;
};

struct ClusterExplainInput
{
    QStringList features; // columns of `customers`, as clustered
    const RowMatrix* original = nullptr; // clustered rows x features; dates as days before the as-of date
    const std::vector<qint64>* rowIds = nullptr; // customers rowid per clustered row
    const std::vector<int>* labels = nullptr; // cluster per clustered row, 0 .. k-1
    int k = 0;
    DecisionTreeOptions tree;
    // The trees learn from at most this many clustered rows (a seeded sample beyond); the rules are measured on all.
    int maxTreeRows = 200000;
    quint64 seed = 0;
};

class ClusterExplainer
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClusterExplainer)

public:
    static std::optional<std::vector<ClusterExplanation>> explain(Workspace& workspace,
                                                                  const ClusterExplainInput& input, QString* error);

    // The definition of a tree's rule: dates as ISO days, yes/no as = true / = false, whole numbers and dates
    // with both bounds as `between` (integer and date columns only, where `between a and b−1` is `>= a and < b`).
    static QJsonObject definition(const std::vector<TreeConjunction>& rule, const QStringList& features,
                                  const QList<FieldType>& types);
};

} // namespace swb
