// The in-memory evaluator: per-rule cache (editing one rule re-evaluates only that rule), funnel, and what it needs
// the workspace for.
#include "model/database.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

QByteArray definition(const QByteArray& ageValue)
{
    return R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"},)"
           R"({"combinator":"or","not":true,"rules":[{"field":"revenue","operator":">=","value":500},)"
           R"({"field":"email","operator":"endsWith","value":"example.org"}]},)"
           R"({"field":"age","operator":"between","value":)"
        + ageValue + "}]}";
}

} // namespace

class TstFilterEvaluator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<const ColumnStore> m_store;
    ResolvedGroup resolve(const QByteArray& json);

private slots:
    void initTestCase();
    void editingOneRuleEvaluatesOnlyThatRule();
    void equivalentOperandsShareTheCache();
    void cacheIsBounded();
    void funnelCountsWithoutEachRule();
    void funnelNumberOfARuleAloneInANotGroupIsWhatItRemoves();
    void staticSegmentsNeedTheWorkspace();
    void irregularColumnsNeedTheWorkspace();
};

ResolvedGroup TstFilterEvaluator::resolve(const QByteArray& json)
{
    QString error;
    auto resolved = FilterResolver::resolve(json, FilterContext::fromWorkspace(*m_workspace), &error);
    if (!resolved)
        qFatal("%s", qPrintable(error));
    return std::move(*resolved);
}

void TstFilterEvaluator::initTestCase()
{
    QString error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("evaluator.sqlite")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    test::FilterFixtureOptions options;
    options.rows = 2000;
    QVERIFY2(test::buildFilterFixture(*m_workspace, options, &error), qPrintable(error));
    m_store = std::shared_ptr<const ColumnStore>(
        ColumnStore::load(m_workspace->db(), m_workspace->fields(), QStringLiteral("customer_id"), &error));
    QVERIFY2(m_store, qPrintable(error));
}

void TstFilterEvaluator::editingOneRuleEvaluatesOnlyThatRule()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    QVERIFY(evaluator.count(resolve(definition("[20,40]")), &error));
    QCOMPARE(evaluator.ruleEvaluations(), 4);
    const auto again = evaluator.count(resolve(definition("[20,40]")), &error);
    QVERIFY(again);
    QCOMPARE(evaluator.ruleEvaluations(), 4); // all four from the cache
    const auto edited = evaluator.count(resolve(definition("[20,50]")), &error);
    QVERIFY(edited);
    QCOMPARE(evaluator.ruleEvaluations(), 5); // only the edited rule
    QVERIFY(*edited >= *again);
    evaluator.clearCache();
    QCOMPARE(evaluator.count(resolve(definition("[20,50]")), &error), edited);
    QCOMPARE(evaluator.ruleEvaluations(), 9);
}

void TstFilterEvaluator::equivalentOperandsShareTheCache()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    QVERIFY(evaluator.count(resolve(definition("[20,40]")), &error));
    // "20, 40" as react-querybuilder text and 20.0 as a real are the same typed operands.
    QVERIFY(evaluator.count(resolve(definition(R"(" 20 , 40.0")")), &error));
    QCOMPARE(evaluator.ruleEvaluations(), 4);
}

void TstFilterEvaluator::cacheIsBounded()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    for (int i = 0; i < FilterEvaluator::cacheCapacity + 10; ++i) {
        const QByteArray rule
            = R"({"combinator":"and","rules":[{"field":"age","operator":">","value":)" + QByteArray::number(i) + "}]}";
        QVERIFY(evaluator.count(resolve(rule), &error));
    }
    const qint64 evaluations = evaluator.ruleEvaluations();
    // The most recent rule is still cached, the oldest was evicted.
    QVERIFY(evaluator.count(resolve(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":73}]})"),
                            &error));
    QCOMPARE(evaluator.ruleEvaluations(), evaluations);
    QVERIFY(
        evaluator.count(resolve(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":0}]})"), &error));
    QCOMPARE(evaluator.ruleEvaluations(), evaluations + 1);
}

void TstFilterEvaluator::funnelCountsWithoutEachRule()
{
    FilterEvaluator evaluator(m_store);
    evaluator.setDatabase(&m_workspace->db(), m_workspace->customerKeyExpression());
    QString error;
    const auto funnel = evaluator.funnel(resolve(definition("[20,40]")), &error);
    QVERIFY2(funnel, qPrintable(error));
    QCOMPARE(funnel->total, 2000);
    QCOMPARE(funnel->steps.size(), 4);
    const QStringList paths{QStringLiteral("rules[0]"), QStringLiteral("rules[1].rules[0]"),
                            QStringLiteral("rules[1].rules[1]"), QStringLiteral("rules[2]")};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(funnel->steps.at(i).path, paths.at(i));
    QCOMPARE(funnel->steps.at(3).field, QStringLiteral("age"));
    QCOMPARE(funnel->steps.at(3).operatorName, QStringLiteral("between"));
    // Without the age rule = the definition of the other three.
    const QByteArray withoutAge
        = R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"},)"
          R"({"combinator":"or","not":true,"rules":[{"field":"revenue","operator":">=","value":500},)"
          R"({"field":"email","operator":"endsWith","value":"example.org"}]}]})";
    QCOMPARE(funnel->steps.at(3).countWithout, evaluator.count(resolve(withoutAge), &error).value_or(-1));
    QCOMPARE(
        funnel->steps.at(0).matching,
        evaluator
            .count(resolve(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"}]})"),
                   &error)
            .value_or(-1));
    // Every rule narrows an AND: muting one can only widen the selection.
    QVERIFY(funnel->steps.at(0).countWithout >= funnel->count);
    QVERIFY(funnel->count > 0);
}

// "… and not (email ends with example.org)": muting the rule leaves its group empty, which is then left out, so the
// rule's number is what it removes (it showed +count: the empty "not" group selected nobody).
void TstFilterEvaluator::funnelNumberOfARuleAloneInANotGroupIsWhatItRemoves()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    const QByteArray country = R"({"field":"country","operator":"in","value":"DE,AT"})";
    const auto funnel = evaluator.funnel(
        resolve(
            R"({"combinator":"and","rules":[)" + country
            + R"(,{"combinator":"and","not":true,"rules":[{"field":"email","operator":"endsWith","value":"example.org"}]}]})"),
        &error);
    QVERIFY2(funnel, qPrintable(error));
    const qint64 countryOnly
        = evaluator.count(resolve(R"({"combinator":"and","rules":[)" + country + "]}"), &error).value_or(-1);
    QCOMPARE(funnel->steps.size(), 2);
    QCOMPARE(funnel->steps.at(1).path, QStringLiteral("rules[1].rules[0]"));
    QCOMPARE(funnel->steps.at(1).countWithout, countryOnly);
    QCOMPARE(funnel->steps.at(1).change, funnel->count - countryOnly);
    QVERIFY(funnel->steps.at(1).change < 0);
    QCOMPARE(funnel->steps.at(0).change, funnel->count - funnel->steps.at(0).countWithout);
    QVERIFY(funnel->steps.at(0).change < 0);
    // The group muted as a whole selects what the country rule selects.
    QCOMPARE(evaluator
                 .count(resolve(R"({"combinator":"and","rules":[)" + country
                                + R"(,{"combinator":"and","not":true,"rules":[{"field":"email","operator":)"
                                  R"("endsWith","value":"example.org","disabled":true}]}]})"),
                        &error)
                 .value_or(-1),
             countryOnly);
}

void TstFilterEvaluator::staticSegmentsNeedTheWorkspace()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    const ResolvedGroup resolved
        = resolve(R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":"static_a"}]})");
    QVERIFY(!evaluator.count(resolved, &error));
    QVERIFY2(error.contains(QStringLiteral("static segment \"static_a\"")), qPrintable(error));
    evaluator.setDatabase(&m_workspace->db(), m_workspace->customerKeyExpression());
    const auto count = evaluator.count(resolved, &error);
    QVERIFY2(count, qPrintable(error));
    QCOMPARE(*count,
             m_workspace->db()
                 .scalar(QStringLiteral("SELECT count(*) FROM customers WHERE customer_id IN (SELECT customer_key FROM "
                                        "segment_members JOIN segments ON id = segment_id WHERE name = 'static_a')"))
                 .toLongLong());
}

void TstFilterEvaluator::irregularColumnsNeedTheWorkspace()
{
    FilterEvaluator evaluator(m_store);
    QString error;
    const ResolvedGroup resolved
        = resolve(R"({"combinator":"and","rules":[{"field":"legacy","operator":">","value":3}]})");
    QVERIFY(!evaluator.count(resolved, &error));
    QVERIFY2(error.contains(QStringLiteral("\"legacy\"")), qPrintable(error));
    evaluator.setDatabase(&m_workspace->db(), m_workspace->customerKeyExpression());
    QCOMPARE(evaluator.count(resolved, &error).value_or(-1),
             m_workspace->db().scalar(QStringLiteral("SELECT count(*) FROM customers WHERE legacy > 3")).toLongLong());
}

QTEST_GUILESS_MAIN(TstFilterEvaluator)
#include "tst_filterevaluator.moc"
