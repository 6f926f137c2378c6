#include "model/analytics/clusterexplainer.h"

#include "analysis/rowsampler.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdescriber.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace swb {

namespace {

QJsonObject ruleJson(const QString& field, const QString& op, const QJsonValue& value)
{
    return QJsonObject{
        {QStringLiteral("field"), field}, {QStringLiteral("operator"), op}, {QStringLiteral("value"), value}};
}

QJsonValue numberJson(double value)
{
    // Whole numbers as integers, so that an integer column compares with an integer ("4", not "4.0").
    if (std::abs(value) < 9e15 && value == std::floor(value))
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

QString isoDay(double julianDay)
{
    return QDate::fromJulianDay(qint64(std::floor(julianDay))).toString(Qt::ISODate);
}

// The clauses of one clause as rules of the field's type.
QJsonArray clauseRules(const TreeClause& clause, const QString& field, FieldType type)
{
    QJsonArray rules;
    if (type == FieldType::Boolean) {
        // Values are 0 and 1 and the only threshold is 1: x < 1 is "no", x >= 1 is "yes".
        if (clause.upper)
            rules << ruleJson(field, QStringLiteral("="), *clause.upper > 0.5 ? false : true);
        if (clause.lower)
            rules << ruleJson(field, QStringLiteral("="), *clause.lower > 0.5 ? true : false);
        return rules;
    }
    const bool temporal = isTemporal(type);
    auto value = [&](double threshold) {
        return temporal ? QJsonValue(isoDay(threshold)) : numberJson(threshold);
    };
    const bool wholeBounds = clause.lower && clause.upper && *clause.lower == std::floor(*clause.lower)
        && *clause.upper == std::floor(*clause.upper);
    if (wholeBounds && (type == FieldType::Integer || type == FieldType::Date)) {
        // Whole values (integers, ISO days) satisfy x >= a and x < b exactly when a <= x <= b - 1.
        rules << ruleJson(field, QStringLiteral("between"), QJsonArray{value(*clause.lower), value(*clause.upper - 1)});
        return rules;
    }
    if (clause.lower)
        rules << ruleJson(field, QStringLiteral(">="), value(*clause.lower));
    if (clause.upper)
        rules << ruleJson(field, QStringLiteral("<"), value(*clause.upper));
    return rules;
}

// Runs every rule's compiled SQL in one pass over the customers (only TRUE selects: a NULL, as from a missing
// value, does not) and counts, among the clustered customers, those each rule selects and those of them in its
// cluster.
bool measure(Workspace& workspace, const QList<CompiledFilter>& rules, const std::vector<qint64>& rowIds,
             const std::vector<int>& labels, std::vector<ClusterExplanation>* explanations, QString* error)
{
    if (rules.isEmpty())
        return true;
    std::unordered_map<qint64, int> clusterOf;
    clusterOf.reserve(rowIds.size());
    for (size_t row = 0; row < rowIds.size(); ++row)
        clusterOf.emplace(rowIds[row], labels[row]);
    QStringList columns;
    for (const CompiledFilter& rule : rules)
        columns << QStringLiteral("COALESCE(%1, 0)").arg(rule.where);
    Statement select = workspace.db().prepare(
        QStringLiteral("SELECT rowid, %1 FROM customers").arg(columns.join(QStringLiteral(", "))), error);
    if (!select.isValid())
        return false;
    int first = 1;
    for (const CompiledFilter& rule : rules) {
        FilterCompiler::bind(select, rule.bindings, first);
        first += int(rule.bindings.size());
    }
    std::vector<ClusterExplanation>& list = *explanations;
    while (select.next()) {
        const auto found = clusterOf.find(select.toInt64(0));
        if (found == clusterOf.end())
            continue;
        for (size_t c = 0; c < list.size(); ++c) {
            if (select.toInt64(int(c) + 1) == 0)
                continue;
            ++list[c].matched;
            list[c].truePositives += found->second == int(c) ? 1 : 0;
        }
    }
    if (select.failed()) {
        if (error)
            *error = select.errorMessage();
        return false;
    }
    for (ClusterExplanation& explanation : list) {
        const qint64 tp = explanation.truePositives;
        explanation.precision = explanation.matched > 0 ? double(tp) / double(explanation.matched) : 0.0;
        explanation.recall = explanation.clusterSize > 0 ? double(tp) / double(explanation.clusterSize) : 0.0;
        explanation.f1 = explanation.matched + explanation.clusterSize > 0
            ? 2.0 * double(tp) / double(explanation.matched + explanation.clusterSize)
            : 0.0;
    }
    return true;
}

} // namespace

QJsonObject ClusterExplanation::toJson() const
{
    return QJsonObject{{QStringLiteral("cluster"), cluster + 1},
                       {QStringLiteral("rule"), rule},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("cluster_size"), clusterSize},
                       {QStringLiteral("matched"), matched},
                       {QStringLiteral("true_positives"), truePositives},
                       {QStringLiteral("precision"), precision},
                       {QStringLiteral("recall"), recall},
                       {QStringLiteral("f1"), f1}};
}

QJsonObject ClusterExplainer::definition(const std::vector<TreeConjunction>& rule, const QStringList& features,
                                         const QList<FieldType>& types)
{
    QJsonArray groups;
    for (const TreeConjunction& conjunction : rule) {
        QJsonArray rules;
        for (const TreeClause& clause : conjunction) {
            for (const QJsonValue& one : clauseRules(clause, features.at(clause.feature), types.at(clause.feature)))
                rules << one;
        }
        groups << QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")}, {QStringLiteral("rules"), rules}};
    }
    if (groups.isEmpty() && !features.isEmpty()) {
        // A rule that selects nobody (an empty cluster): a group without rules would select everyone.
        groups << QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")},
                              {QStringLiteral("rules"),
                               QJsonArray{ruleJson(features.front(), QStringLiteral("null"), QJsonValue()),
                                          ruleJson(features.front(), QStringLiteral("notNull"), QJsonValue())}}};
    }
    return QJsonObject{{QStringLiteral("combinator"), QStringLiteral("or")}, {QStringLiteral("rules"), groups}};
}

std::optional<std::vector<ClusterExplanation>>
ClusterExplainer::explain(Workspace& workspace, const ClusterExplainInput& input, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<std::vector<ClusterExplanation>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const RowMatrix& original = *input.original;
    const std::vector<int>& labels = *input.labels;
    const std::vector<qint64>& rowIds = *input.rowIds;
    if (size_t(original.rows()) != labels.size() || labels.size() != rowIds.size()
        || original.cols() != input.features.size())
        return fail(tr("The clustered rows, their clusters and the features do not fit together."));

    // The tree sees the original values (of a sample of the rows when there are many); dates as Julian day
    // numbers, so that whole numbers are midnights.
    const std::vector<int> sample = RowSampler::draw(int(original.rows()), input.maxTreeRows, input.seed);
    RowMatrix x(Eigen::Index(sample.size()), original.cols());
    for (size_t i = 0; i < sample.size(); ++i)
        x.row(Eigen::Index(i)) = original.row(sample[i]);
    const QList<FieldInfo> catalog = workspace.fields();
    const double asOfDay = double(workspace.asOfDate().toJulianDay());
    QList<FieldType> types;
    std::vector<TreeFeatureKind> kinds;
    for (int f = 0; f < input.features.size(); ++f) {
        const auto field = FieldCatalog::findByName(catalog, input.features.at(f));
        if (!field)
            return fail(tr("The customer table has no field \"%1\".").arg(input.features.at(f)));
        types << field->type;
        if (isTemporal(field->type)) {
            kinds.push_back(TreeFeatureKind::Date);
            x.col(f) = (asOfDay - x.col(f).array()).matrix();
        } else {
            kinds.push_back(field->type == FieldType::Boolean ? TreeFeatureKind::Boolean : TreeFeatureKind::Number);
        }
    }

    const FilterContext context = FilterContext::fromWorkspace(workspace);
    const QString keyExpression = workspace.customerKeyExpression();
    const DecisionTree trees(x, kinds);
    std::vector<ClusterExplanation> explanations;
    QList<CompiledFilter> compiled;
    for (int cluster = 0; cluster < input.k; ++cluster) {
        std::vector<bool> target(sample.size());
        for (size_t i = 0; i < sample.size(); ++i)
            target[i] = labels[size_t(sample[i])] == cluster;
        const RuleTree tree = trees.fit(target, input.tree);
        if (!tree.ok())
            return fail(tree.error);
        ClusterExplanation explanation;
        explanation.cluster = cluster;
        explanation.clusterSize = qint64(std::count(labels.begin(), labels.end(), cluster));
        explanation.treeMatched = tree.matched;
        explanation.rule = definition(tree.rule, input.features, types);
        QString problem;
        const auto group = FilterDefinition::fromJson(explanation.rule, &problem);
        const auto resolved = group ? FilterResolver::resolve(*group, context, &problem) : std::nullopt;
        if (!resolved)
            return fail(tr("The rule of cluster %1 is not a valid definition: %2").arg(cluster + 1).arg(problem));
        explanation.description = FilterDescriber::describe(*resolved);
        compiled << FilterCompiler::compile(*resolved, keyExpression);
        explanations.push_back(std::move(explanation));
    }
    if (!measure(workspace, compiled, rowIds, labels, &explanations, error))
        return std::nullopt;
    return explanations;
}

} // namespace swb
