// The PostgreSQL dialect of the filter compiler against SQLite: 1,000 random definitions (nested groups with "not",
// every operator, NULLs, non-ASCII and mixed-case text, % and _ in values, relative dates, `@segment`) select the
// same customers from the same workspace on SQLite, on one PostgreSQL server, and on a coordinator whose customers
// are hash-partitioned into postgres_fdw foreign tables on two shards.
#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspacecopy.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "testsupport_filter.h"
#include "testsupport_pg.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <set>

using namespace swb;

namespace {

using Keys = std::set<QString>;

std::optional<Keys> sqliteKeys(Workspace& workspace, const ResolvedGroup& resolved, QString* error)
{
    const CompiledFilter compiled = FilterCompiler::compile(resolved, workspace.customerKeyExpression());
    Statement statement
        = workspace.db().prepare(QStringLiteral("SELECT customer_id FROM customers WHERE ") + compiled.where, error);
    if (!statement.isValid())
        return std::nullopt;
    FilterCompiler::bind(statement, compiled.bindings);
    Keys keys;
    while (statement.next())
        keys.insert(statement.toString(0));
    if (statement.failed()) {
        *error = statement.errorMessage();
        return std::nullopt;
    }
    return keys;
}

std::optional<Keys> postgresKeys(PgConnection& pg, const ResolvedGroup& resolved, QString* error)
{
    const CompiledFilter compiled
        = FilterCompiler::compile(resolved, QStringLiteral("\"customer_id\""), SqlDialect::PostgreSQL);
    const auto result = pg.query(QStringLiteral("SELECT customer_id FROM customers WHERE ") + compiled.where,
                                 compiled.bindings, error);
    if (!result)
        return std::nullopt;
    Keys keys;
    for (int row = 0; row < result->rowCount(); ++row)
        keys.insert(result->text(row, 0));
    return keys;
}

QString describe(const Keys& a, const Keys& b)
{
    QStringList onlyA, onlyB;
    for (const QString& key : a) {
        if (!b.count(key) && onlyA.size() < 5)
            onlyA << key;
    }
    for (const QString& key : b) {
        if (!a.count(key) && onlyB.size() < 5)
            onlyB << key;
    }
    return QStringLiteral("only SQLite: %1; only PostgreSQL: %2")
        .arg(onlyA.join(QStringLiteral(", ")), onlyB.join(QStringLiteral(", ")));
}

} // namespace

class TstPgDifferential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void placeholdersAreNumbered_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("numbered");
        QTest::newRow("plain") << "a = ? AND b IN (?, ?)"
                               << "a = $1 AND b IN ($2, $3)";
        QTest::newRow("literal") << "a LIKE ? ESCAPE '\\' AND b = '?'"
                                 << "a LIKE $1 ESCAPE '\\' AND b = '?'";
        QTest::newRow("doubled quote") << "b = 'it''s ?' AND c = ?"
                                       << "b = 'it''s ?' AND c = $1";
        QTest::newRow("identifier") << "\"what?\" = ?"
                                    << "\"what?\" = $1";
        QTest::newRow("comment") << "a = ? -- ?1 = 'x'\nAND b = ?"
                                 << "a = $1 -- ?1 = 'x'\nAND b = $2";
        QTest::newRow("none") << "SELECT 1"
                              << "SELECT 1";
    }

    void placeholdersAreNumbered()
    {
        QFETCH(QString, sql);
        QFETCH(QString, numbered);
        QCOMPARE(PgConnection::numberPlaceholders(sql), numbered);
    }

    void copyValuesAreEscaped_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("copyText");
        QTest::newRow("null") << QVariant() << QByteArray("\\N");
        QTest::newRow("text N") << QVariant(QStringLiteral("\\N")) << QByteArray("\\\\N");
        QTest::newRow("tab and newline") << QVariant(QStringLiteral("a\tb\nc\rd")) << QByteArray("a\\tb\\nc\\rd");
        QTest::newRow("unicode") << QVariant(QStringLiteral("Zoë")) << QByteArray("Zo\xc3\xab");
        QTest::newRow("integer") << QVariant(qint64(-9007199254740993)) << QByteArray("-9007199254740993");
        QTest::newRow("real") << QVariant(0.1) << QByteArray("0.10000000000000001");
    }

    void copyValuesAreEscaped()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, copyText);
        QByteArray line;
        PgConnection::appendCopyValue(&line, value);
        QCOMPARE(line, copyText);
    }

    void refusedConnectionSaysWhy()
    {
        QString error;
        QVERIFY(!PgConnection::open(QStringLiteral("postgresql://swb@127.0.0.1:1/swb?connect_timeout=3"), &error));
        QVERIFY2(error.contains(QLatin1String("refused")) || error.contains(QLatin1String("connect")),
                 qPrintable(error));
    }

    void countsAgreeOnSqlitePostgresAndShards()
    {
        QString error;
        const auto servers = test::pgServers(&error);
        QVERIFY2(!servers.isEmpty(), qPrintable(error));
        auto plain = PgConnection::open(servers.value(QStringLiteral("SWB_PG_PLAIN")), &error);
        QVERIFY2(plain, qPrintable(error));
        auto coordinator = PgConnection::open(servers.value(QStringLiteral("SWB_PG_COORD")), &error);
        QVERIFY2(coordinator, qPrintable(error));

        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("pgdiff.sqlite")),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        test::FilterFixtureOptions options;
        options.rows = 3000;
        options.seed = 19;
        options.irregularColumn = false; // PostgreSQL's columns hold one type; the SQLite-only case stays in model/
        QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));
        QVERIFY2(PgWorkspaceCopy::copy(workspace->db(), *plain, {}, &error), qPrintable(error));
        const PgLayout sharded{{{QStringLiteral("shard1"), servers.value(QStringLiteral("SWB_PG_SHARD1"))},
                                {QStringLiteral("shard2"), servers.value(QStringLiteral("SWB_PG_SHARD2"))}}};
        QVERIFY2(PgWorkspaceCopy::copy(workspace->db(), *coordinator, sharded, &error), qPrintable(error));
        for (PgConnection* pg : {plain.get(), coordinator.get()})
            QCOMPARE(pg->queryInt64(QStringLiteral("SELECT count(*) FROM customers"), {}, &error), qint64(3000));
        // Both shards hold a part of the customers: the coordinator's partitions are foreign tables on them.
        for (int part = 0; part < 2; ++part) {
            const auto rows
                = coordinator->queryInt64(QStringLiteral("SELECT count(*) FROM customers_p%1").arg(part), {}, &error);
            QVERIFY2(rows && *rows > 1000 && *rows < 2000, qPrintable(error));
            const auto foreign = coordinator->queryInt64(
                QStringLiteral("SELECT count(*) FROM pg_catalog.pg_foreign_table WHERE ftrelid = "
                               "'customers_p%1'::regclass")
                    .arg(part),
                {}, &error);
            QCOMPARE(foreign, std::optional<qint64>(1));
        }

        const FilterContext context = FilterContext::fromWorkspace(*workspace);
        test::DefinitionGenerator generator(*workspace, 2019,
                                            {QStringLiteral("static_a"), QStringLiteral("static_b"),
                                             QStringLiteral("dyn_young"), QStringLiteral("dyn_rich"),
                                             QStringLiteral("dyn_nested")});
        int nonTrivial = 0;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray text = QJsonDocument(generator.group(0)).toJson(QJsonDocument::Compact);
            const auto resolved = FilterResolver::resolve(text, context, &error);
            QVERIFY2(resolved, qPrintable(error));
            const auto reference = sqliteKeys(*workspace, *resolved, &error);
            QVERIFY2(reference, qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(text)));
            for (PgConnection* pg : {plain.get(), coordinator.get()}) {
                const auto keys = postgresKeys(*pg, *resolved, &error);
                const QString where
                    = FilterCompiler::compile(*resolved, QStringLiteral("\"customer_id\""), SqlDialect::PostgreSQL)
                          .where;
                QVERIFY2(
                    keys,
                    qPrintable(
                        QStringLiteral("definition %1: %2\n%3\n%4").arg(i).arg(error, QString::fromUtf8(text), where)));
                QVERIFY2(
                    *keys == *reference,
                    qPrintable(QStringLiteral("definition %1 on %2: SQLite %3, PostgreSQL %4 (%5)\n%6\n%7")
                                   .arg(i)
                                   .arg(pg == plain.get() ? QStringLiteral("one server") : QStringLiteral("the shards"))
                                   .arg(reference->size())
                                   .arg(keys->size())
                                   .arg(describe(*reference, *keys), QString::fromUtf8(text), where)));
            }
            nonTrivial += !reference->empty() && int(reference->size()) < options.rows ? 1 : 0;
        }
        qInfo("1000 definitions agree on SQLite, one server and two shards; %d select some but not all", nonTrivial);
        QVERIFY(nonTrivial > 400);
    }
};

QTEST_GUILESS_MAIN(TstPgDifferential)
#include "tst_pgdifferential.moc"
