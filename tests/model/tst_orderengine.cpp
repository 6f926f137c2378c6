// The in-memory order engine (OrderStore, OrderRuleEvaluator) against SQLite running the compiled SQL, on random
// definitions that mix customer rules and `@orders` rules (every measure, nested "where" groups, windows, "not"):
// both must select exactly the same customers. On the demo data and on an Online-Retail-like file with multi-line
// invoices and returns.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/filter/orderstore.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "tests/support/demoworkspace.h"
#include "tests/support/orderrulegenerator.h"
#include "testsupport_import.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// The rowids of the customers a definition selects: SQLite running the compiled SQL, and the evaluator in memory.
QList<qint64> rowidsBySql(Workspace& workspace, const ResolvedGroup& resolved)
{
    const CompiledFilter compiled = FilterCompiler::compile(resolved, workspace.customerKeyExpression());
    Statement statement = workspace.db().prepare(
        QStringLiteral("SELECT rowid FROM customers WHERE %1 ORDER BY rowid").arg(compiled.where));
    FilterCompiler::bind(statement, compiled.bindings);
    QList<qint64> rowids;
    while (statement.next())
        rowids << statement.toInt64(0);
    if (statement.failed())
        rowids << -1;
    return rowids;
}

QList<qint64> rowidsInMemory(FilterEvaluator& evaluator, const ResolvedGroup& resolved)
{
    QString error;
    const auto rows = evaluator.select(resolved, &error);
    QList<qint64> rowids;
    if (!rows)
        return {-2};
    for (qint64 row = 0; row < rows->size(); ++row) {
        if (rows->test(row))
            rowids << evaluator.store().rowIds()[size_t(row)];
    }
    return rowids;
}

} // namespace

class TstOrderEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSqlite_data();
    void matchesSqlite();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_retail;
};

void TstOrderEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY2(!test::makeDemoWorkspace(m_demo, 1500, &error, 11).isEmpty(), qPrintable(error));
    m_retail = m_dir.filePath(QStringLiteral("retail.sqlite"));
    QVERIFY2(Workspace::open(m_retail, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QVERIFY(test::importFile(m_retail, QStringLiteral(SWB_TEST_DATA_DIR "/orders/customers.csv"), ImportKind::Customers,
                             ImportMode::Replace)
                .ok);
    QVERIFY(test::importFile(m_retail, QStringLiteral(SWB_TEST_DATA_DIR "/orders/online_retail_like.csv"),
                             ImportKind::Orders, ImportMode::Replace)
                .ok);
}

void TstOrderEngine::matchesSqlite_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("definitions");
    QTest::newRow("demo") << QStringLiteral("demo") << 1U << 500;
    QTest::newRow("online retail") << QStringLiteral("retail") << 2U << 500;
}

void TstOrderEngine::matchesSqlite()
{
    QFETCH(QString, workspace);
    QFETCH(quint32, seed);
    QFETCH(int, definitions);
    QString error;
    auto ws = Workspace::open(workspace == QLatin1String("demo") ? m_demo : m_retail, Workspace::OpenMode::OpenExisting,
                              &error);
    QVERIFY2(ws, qPrintable(error));
    const QString key = ws->customerKeyExpression().remove(QLatin1Char('"'));
    auto store = std::shared_ptr<const ColumnStore>(ColumnStore::load(ws->db(), ws->fields(), key, &error));
    QVERIFY2(store, qPrintable(error));
    FilterEvaluator evaluator(store);
    evaluator.setDatabase(&ws->db(), ws->customerKeyExpression());
    const auto orders = OrderStore::load(ws->db(), *store, &error);
    QVERIFY2(orders, qPrintable(error));
    evaluator.setOrderStore(orders);

    test::DefinitionGenerator customers(*ws, seed, {});
    customers.setShape(25, 1);
    test::OrderRuleGenerator orderRules(ws->db(), seed);
    QRandomGenerator random(seed);
    const FilterContext context = FilterContext::fromWorkspace(*ws);
    int compared = 0;
    qint64 selectedSomewhere = 0;
    for (int i = 0; i < definitions; ++i) {
        const QJsonObject definition = orderRules.definition(customers, random);
        const QByteArray json = QJsonDocument(definition).toJson(QJsonDocument::Compact);
        const auto resolved = FilterResolver::resolve(json, context, &error);
        if (!resolved)
            continue; // a random value the validator refuses (e.g. a text where a number belongs)
        const QList<qint64> bySql = rowidsBySql(*ws, *resolved);
        const QList<qint64> inMemory = rowidsInMemory(evaluator, *resolved);
        QVERIFY2(bySql == inMemory,
                 qPrintable(QStringLiteral("%1\nSQL %2 rows, memory %3 rows")
                                .arg(QString::fromUtf8(json))
                                .arg(bySql.size())
                                .arg(inMemory.size())));
        selectedSomewhere += bySql.isEmpty() ? 0 : 1;
        ++compared;
    }
    qInfo("%d definitions compared (%lld select someone); %lld order rules answered in memory, %lld by SQLite",
          compared, static_cast<long long>(selectedSomewhere), static_cast<long long>(evaluator.orderRulesInMemory()),
          static_cast<long long>(evaluator.orderRulesBySql()));
    QVERIFY(compared >= definitions * 9 / 10);
    QVERIFY(selectedSomewhere > compared / 4);
    QVERIFY(evaluator.orderRulesInMemory() > 0);
}

QTEST_GUILESS_MAIN(TstOrderEngine)
#include "tst_orderengine.moc"
