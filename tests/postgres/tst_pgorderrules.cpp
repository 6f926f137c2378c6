// `@orders` rules on PostgreSQL against SQLite: random definitions mixing customer rules and order rules (every
// measure, nested "where" groups, windows, "not") select the same customers from a workspace file, from one server
// and from a coordinator whose customers and orders are both hash-partitioned on the customer key over two shards.
// On the demo data and on an Online-Retail-like file (multi-line invoices, returns, lines without a customer).
#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "tests/support/demoworkspace.h"
#include "tests/support/orderrulegenerator.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace swb;

namespace {

using Keys = std::set<QString>;

std::optional<Keys> keysOnServer(PgConnection& pg, const QString& key, const ResolvedGroup& resolved, QString* error)
{
    const CompiledFilter compiled = FilterCompiler::compile(resolved, key, SqlDialect::PostgreSQL);
    const auto rows = pg.query(QStringLiteral("SELECT %1 FROM customers WHERE %2").arg(key, compiled.where),
                               compiled.bindings, error);
    if (!rows)
        return std::nullopt;
    Keys keys;
    for (int row = 0; row < rows->rowCount(); ++row)
        keys.insert(rows->text(row, 0));
    return keys;
}

} // namespace

class TstPgOrderRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;

private slots:
    void initTestCase()
    {
        QString error;
        m_servers = test::pgServers(&error);
        QVERIFY2(!m_servers.isEmpty(), qPrintable(error));
    }

    void sameCustomersOnEveryBackend_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("demo") << QStringLiteral("demo") << 3U;
        QTest::newRow("online retail") << QStringLiteral("retail") << 4U;
    }

    void sameCustomersOnEveryBackend()
    {
        QFETCH(QString, workspace);
        QFETCH(quint32, seed);
        QString error;
        const QString file = m_dir.filePath(workspace + QStringLiteral(".sqlite"));
        if (workspace == QLatin1String("demo")) {
            QVERIFY2(!test::makeDemoWorkspace(file, 1500, &error, 11).isEmpty(), qPrintable(error));
        } else {
            for (const QStringList& import :
                 {QStringList{QStringLiteral(SWB_TEST_DATA_DIR "/orders/customers.csv")},
                  QStringList{QStringLiteral(SWB_TEST_DATA_DIR "/orders/online_retail_like.csv"),
                              QStringLiteral("--kind"), QStringLiteral("orders")}}) {
                test::swbOutput(
                    QStringList{QStringLiteral("import")} + import + QStringList{QStringLiteral("--db"), file}, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        QVERIFY2(test::copyToServers(file, m_servers, &error), qPrintable(error));
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const QString key = ws->customerKeyExpression();
        auto plain = PgConnection::open(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), &error);
        auto coordinator = PgConnection::open(m_servers.value(QStringLiteral("SWB_PG_COORD")), &error);
        QVERIFY2(plain && coordinator, qPrintable(error));
        // The orders are laid out over the shards too, on the same key as the customers.
        QCOMPARE(coordinator->queryInt64(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_inherits WHERE inhparent = "
                                                        "'orders'::regclass"),
                                         {}, &error),
                 std::optional<qint64>(2));

        test::DefinitionGenerator customers(*ws, seed, {});
        customers.setShape(25, 1);
        test::OrderRuleGenerator orderRules(ws->db(), seed);
        QRandomGenerator random(seed);
        const FilterContext context = FilterContext::fromWorkspace(*ws);
        int compared = 0;
        int selectedSome = 0;
        for (int i = 0; i < 300; ++i) {
            const QJsonObject definition = orderRules.definition(customers, random);
            const QByteArray json = QJsonDocument(definition).toJson(QJsonDocument::Compact);
            const auto resolved = FilterResolver::resolve(json, context, &error);
            if (!resolved)
                continue; // a random value the validator refuses (as in tst_orderengine)
            const CompiledFilter compiled = FilterCompiler::compile(*resolved, key);
            Statement statement = ws->db().prepare(
                QStringLiteral("SELECT %1 FROM customers WHERE %2").arg(key, compiled.where), &error);
            QVERIFY2(statement.isValid(), qPrintable(error));
            FilterCompiler::bind(statement, compiled.bindings);
            Keys reference;
            while (statement.next())
                reference.insert(statement.toString(0));
            QVERIFY(!statement.failed());
            for (PgConnection* pg : {plain.get(), coordinator.get()}) {
                const auto keys = keysOnServer(*pg, key, *resolved, &error);
                QVERIFY2(keys, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(json)));
                QVERIFY2(
                    *keys == reference,
                    qPrintable(QStringLiteral("%1 on %2: SQLite %3 customers, PostgreSQL %4")
                                   .arg(QString::fromUtf8(json),
                                        pg == plain.get() ? QStringLiteral("one server") : QStringLiteral("the shards"))
                                   .arg(reference.size())
                                   .arg(keys->size())));
            }
            ++compared;
            selectedSome += reference.empty() ? 0 : 1;
        }
        qInfo("%d definitions with order rules agree (%d select someone)", compared, selectedSome);
        QVERIFY(compared >= 270);
        QVERIFY(selectedSome > compared / 4);
    }
};

QTEST_GUILESS_MAIN(TstPgOrderRules)
#include "tst_pgorderrules.moc"
