// The in-memory evaluator against SQLite on random definitions: both must select exactly the same customers.
#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "testsupport_filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace swb;

namespace {

// The saved segments of the filter fixture, for `@segment` rules.
QStringList fixtureSegments()
{
    return {QStringLiteral("static_a"), QStringLiteral("static_b"), QStringLiteral("dyn_young"),
            QStringLiteral("dyn_rich"), QStringLiteral("dyn_nested")};
}

// Every active rule of a definition as the JSON path to it, to mute them one by one.
void rulePaths(const QJsonObject& group, const QList<int>& path, QList<QList<int>>* out)
{
    const QJsonArray rules = group.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject child = rules.at(i).toObject();
        if (child.value(QStringLiteral("disabled")).toBool())
            continue;
        QList<int> childPath = path;
        childPath << i;
        if (child.contains(QStringLiteral("rules")))
            rulePaths(child, childPath, out);
        else
            out->append(childPath);
    }
}

// Whether a rule or group is active and, for a group, holds an active rule somewhere below.
bool hasRules(const QJsonValue& node)
{
    const QJsonObject object = node.toObject();
    if (object.value(QStringLiteral("disabled")).toBool())
        return false;
    if (!object.contains(QStringLiteral("rules")))
        return true;
    const QJsonArray rules = object.value(QStringLiteral("rules")).toArray();
    return std::any_of(rules.begin(), rules.end(), [](const QJsonValue& child) { return hasRules(child); });
}

// The definition with the rule at `path` muted, and every group this leaves without active children muted too (a
// root left empty loses its "not"), so that the SQL reference does not depend on how the engine treats empty groups.
QJsonObject withMutedAndEmptiedGroupsMuted(QJsonObject group, const QList<int>& path, int depth = 0)
{
    QJsonArray rules = group.value(QStringLiteral("rules")).toArray();
    QJsonObject child = rules.at(path.at(depth)).toObject();
    if (depth + 1 == path.size())
        child.insert(QStringLiteral("disabled"), true);
    else
        child = withMutedAndEmptiedGroupsMuted(child, path, depth + 1);
    rules.replace(path.at(depth), child);
    group.insert(QStringLiteral("rules"), rules);
    const bool empty = std::none_of(rules.begin(), rules.end(), [](const QJsonValue& node) { return hasRules(node); });
    if (empty)
        group.insert(depth == 0 ? QStringLiteral("not") : QStringLiteral("disabled"), depth != 0);
    return group;
}

// Whether the rule at `path` is the only active child of a negated group below the root (muting it empties it).
bool aloneInNegatedGroup(const QJsonObject& root, const QList<int>& path)
{
    if (path.size() < 2)
        return false;
    QJsonObject parent = root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        parent = parent.value(QStringLiteral("rules")).toArray().at(path.at(i)).toObject();
    int active = 0;
    const QJsonArray rules = parent.value(QStringLiteral("rules")).toArray();
    for (const QJsonValue& child : rules)
        active += child.toObject().value(QStringLiteral("disabled")).toBool() ? 0 : 1;
    return parent.value(QStringLiteral("not")).toBool() && active == 1;
}

} // namespace

class TstDifferential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Outcome
    {
        std::set<qint64> rowids;
        bool ok = false;
    };

    static Outcome sqlRows(Workspace& workspace, const ResolvedGroup& resolved)
    {
        const CompiledFilter compiled = FilterCompiler::compile(resolved, workspace.customerKeyExpression());
        Statement statement
            = workspace.db().prepare(QStringLiteral("SELECT rowid FROM customers WHERE ") + compiled.where);
        Outcome outcome;
        if (!statement.isValid())
            return outcome;
        FilterCompiler::bind(statement, compiled.bindings);
        while (statement.next())
            outcome.rowids.insert(statement.toInt64(0));
        outcome.ok = !statement.failed();
        return outcome;
    }

    static Outcome memoryRows(FilterEvaluator& evaluator, const ResolvedGroup& resolved, QString* error)
    {
        Outcome outcome;
        const auto rows = evaluator.select(resolved, error);
        if (!rows)
            return outcome;
        const auto& rowIds = evaluator.store().rowIds();
        for (qint64 row = 0; row < rows->size(); ++row) {
            if (rows->test(row))
                outcome.rowids.insert(rowIds[size_t(row)]);
        }
        outcome.ok = true;
        return outcome;
    }

    void runDifferential(const test::FilterFixtureOptions& options, int definitions, quint32 seed)
    {
        const QString file = m_dir.filePath(QStringLiteral("diff-%1.sqlite").arg(seed));
        QString error;
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));

        const FilterContext context = FilterContext::fromWorkspace(*workspace);
        const auto key = workspace->fieldByRole(FieldRole::CustomerKey);
        auto store = std::shared_ptr<const ColumnStore>(
            ColumnStore::load(workspace->db(), context.fields, key ? key->name : QString(), &error));
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->rowCount(), options.rows);
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&workspace->db(), workspace->customerKeyExpression());

        test::DefinitionGenerator generator(*workspace, seed, fixtureSegments());
        qint64 nonTrivial = 0;
        for (int i = 0; i < definitions; ++i) {
            const QJsonObject json = generator.group(0);
            const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
            const auto resolved = FilterResolver::resolve(text, context, &error);
            QVERIFY2(resolved,
                     qPrintable(QStringLiteral("definition %1: %2\n%3").arg(i).arg(error, QString::fromUtf8(text))));
            const Outcome sql = sqlRows(*workspace, *resolved);
            const Outcome memory = memoryRows(evaluator, *resolved, &error);
            QVERIFY2(sql.ok, qPrintable(QString::fromUtf8(text)));
            QVERIFY2(memory.ok, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(text)));
            if (sql.rowids != memory.rowids) {
                const CompiledFilter compiled = FilterCompiler::compile(*resolved, workspace->customerKeyExpression());
                QFAIL(qPrintable(QStringLiteral("definition %1 differs (SQL %2 rows, memory %3 rows)\n%4\n%5")
                                     .arg(i)
                                     .arg(sql.rowids.size())
                                     .arg(memory.rowids.size())
                                     .arg(QString::fromUtf8(text), compiled.where)));
            }
            if (!sql.rowids.empty() && qint64(sql.rowids.size()) < options.rows)
                ++nonTrivial;

            // Every tenth definition: the funnel's "without this rule" equals SQL on the definition with it muted.
            if (i % 10 == 0) {
                const auto funnel = evaluator.funnel(*resolved, &error);
                QVERIFY2(funnel, qPrintable(error));
                QCOMPARE(funnel->count, qint64(sql.rowids.size()));
                QList<QList<int>> paths;
                rulePaths(json, {}, &paths);
                QCOMPARE(funnel->steps.size(), paths.size());
                for (qsizetype s = 0; s < paths.size(); ++s) {
                    const QByteArray muted = QJsonDocument(withMutedAndEmptiedGroupsMuted(json, paths.at(s)))
                                                 .toJson(QJsonDocument::Compact);
                    const auto mutedResolved = FilterResolver::resolve(muted, context, &error);
                    QVERIFY2(mutedResolved, qPrintable(error));
                    const qint64 mutedCount = qint64(sqlRows(*workspace, *mutedResolved).rowids.size());
                    QCOMPARE(funnel->steps.at(s).countWithout, mutedCount);
                    QCOMPARE(funnel->steps.at(s).change, funnel->count - mutedCount);
                }
            }
        }
        // The generator must produce definitions that discriminate, or the comparison proves little.
        QVERIFY2(nonTrivial > definitions / 3, qPrintable(QString::number(nonTrivial)));
    }

private slots:
    // Each rule's funnel number is the change of the count when the rule is muted, with SQLite counting the muted
    // definition (a group that muting leaves empty is left out): random nested definitions, half the groups
    // negated. A rule alone in a negated group used to show +count instead of what it removes.
    void funnelChangeIsCountMinusCountWithRuleMuted()
    {
        test::FilterFixtureOptions options;
        options.rows = 1200;
        options.seed = 9;
        const QString file = m_dir.filePath(QStringLiteral("funnel.sqlite"));
        QString error;
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));
        const FilterContext context = FilterContext::fromWorkspace(*workspace);
        auto store = std::shared_ptr<const ColumnStore>(
            ColumnStore::load(workspace->db(), context.fields, QStringLiteral("customer_id"), &error));
        QVERIFY2(store, qPrintable(error));
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&workspace->db(), workspace->customerKeyExpression());
        test::DefinitionGenerator generator(*workspace, 1963, fixtureSegments());
        generator.setShape(50, 4);
        int rulesChecked = 0;
        int rulesAloneInNotGroups = 0;
        for (int i = 0; i < 300; ++i) {
            const QJsonObject json = generator.group(0);
            const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
            const auto resolved = FilterResolver::resolve(text, context, &error);
            QVERIFY2(resolved, qPrintable(error));
            const auto funnel = evaluator.funnel(*resolved, &error);
            QVERIFY2(funnel, qPrintable(error));
            QCOMPARE(funnel->count, qint64(sqlRows(*workspace, *resolved).rowids.size()));
            QList<QList<int>> paths;
            rulePaths(json, {}, &paths);
            QCOMPARE(funnel->steps.size(), paths.size());
            for (qsizetype s = 0; s < paths.size(); ++s) {
                const FunnelStep& step = funnel->steps.at(s);
                QCOMPARE(FilterDefinition::pathIndexes(step.path), paths.at(s));
                const QByteArray muted
                    = QJsonDocument(withMutedAndEmptiedGroupsMuted(json, paths.at(s))).toJson(QJsonDocument::Compact);
                const auto mutedResolved = FilterResolver::resolve(muted, context, &error);
                QVERIFY2(mutedResolved, qPrintable(error));
                const qint64 mutedCount = qint64(sqlRows(*workspace, *mutedResolved).rowids.size());
                QVERIFY2(step.change == funnel->count - mutedCount,
                         qPrintable(QStringLiteral("definition %1, %2: change %3, SQLite %4 − %5\n%6")
                                        .arg(QString::number(i), step.path, QString::number(step.change),
                                             QString::number(funnel->count), QString::number(mutedCount),
                                             QString::fromUtf8(text))));
                ++rulesChecked;
                if (aloneInNegatedGroup(json, paths.at(s)))
                    ++rulesAloneInNotGroups;
            }
        }
        QVERIFY2(rulesChecked > 600, qPrintable(QString::number(rulesChecked)));
        QVERIFY2(rulesAloneInNotGroups > 30, qPrintable(QString::number(rulesAloneInNotGroups)));
    }

    void textKeyWorkspaceAgreesWithSqlite()
    {
        test::FilterFixtureOptions options;
        options.rows = 3000;
        options.seed = 11;
        runDifferential(options, 1000, 20240701);
    }

    void integerKeyWorkspaceAgreesWithSqlite()
    {
        test::FilterFixtureOptions options;
        options.rows = 1500;
        options.seed = 5;
        options.integerKey = true;
        runDifferential(options, 400, 77);
    }

    void regularColumnsAgreeWithSqlite()
    {
        test::FilterFixtureOptions options;
        options.rows = 1000;
        options.seed = 3;
        options.irregularColumn = false;
        runDifferential(options, 300, 4242);
    }
};

QTEST_GUILESS_MAIN(TstDifferential)
#include "tst_differential.moc"
