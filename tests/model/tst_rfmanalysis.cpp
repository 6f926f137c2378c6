// RFM on the workspace: a hand-checked table, agreement with an SQLite window-function reference query,
// segments per group, transitions between runs, and clear errors when roles are missing.
#include "model/analytics/rfmanalysis.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstRfmAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Workspace> workspace(const char* rows, bool withRoles = true)
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("rfm%1.sqlite").arg(++m_counter)),
                                  Workspace::OpenMode::CreateIfMissing, &error);
        if (!ws)
            return nullptr;
        ws->db().exec("CREATE TABLE customers(id TEXT, last TEXT, orders INTEGER, revenue REAL)");
        ws->db().exec(QStringLiteral("INSERT INTO customers VALUES ") + QString::fromLatin1(rows));
        auto field = [](const char* name, FieldType type, FieldRole role) {
            FieldInfo info;
            info.name = QString::fromLatin1(name);
            info.type = type;
            info.role = role;
            return info;
        };
        QList<FieldInfo> fields{field("id", FieldType::Text, FieldRole::CustomerKey)};
        if (withRoles) {
            fields << field("last", FieldType::Date, FieldRole::LastPurchaseDate)
                   << field("orders", FieldType::Integer, FieldRole::OrdersCount)
                   << field("revenue", FieldType::Real, FieldRole::Revenue);
        }
        FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error);
        return ws;
    }

private slots:
    void handCheckedTable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<QString>("group");
        // Orders 1, 2, 2, 5, 6, 7: the tie shares rank 2, so F = 1, 2, 2, 4, 5, 5.
        QTest::newRow("oldest") << QStringLiteral("c1") << 1 << 1 << 1 << QStringLiteral("Lost");
        QTest::newRow("second") << QStringLiteral("c2") << 2 << 2 << 2 << QStringLiteral("Need Attention");
        QTest::newRow("tie-in-f") << QStringLiteral("c3") << 3 << 2 << 3 << QStringLiteral("Potential Loyalists");
        QTest::newRow("fourth") << QStringLiteral("c4") << 4 << 4 << 4 << QStringLiteral("Loyal");
        QTest::newRow("fifth") << QStringLiteral("c5") << 5 << 5 << 5 << QStringLiteral("Champions");
        QTest::newRow("capped-at-5") << QStringLiteral("c6") << 5 << 5 << 5 << QStringLiteral("Champions");
    }

    void handCheckedTable()
    {
        QFETCH(QString, id);
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(QString, group);
        auto ws = workspace("('c1', '2024-01-01', 1, 10), ('c2', '2024-02-01', 2, 20), ('c3', '2024-03-01', 2, 30),"
                            "('c4', '2024-04-01', 5, 40), ('c5', '2024-05-01', 6, 50), ('c6', '2024-06-01', 7, 60),"
                            "('c7', NULL, 0, NULL)");
        QVERIFY(ws);
        QString error;
        const auto result = RfmAnalysis::run(*ws, RfmConfig{}, false, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->scored, 6);
        QCOMPARE(result->unscored, 1);
        Statement stmt
            = ws->db().prepare(QStringLiteral("SELECT rfm_r, rfm_f, rfm_m, rfm_group FROM customers WHERE id = ?"));
        stmt.bind(1, id);
        QVERIFY(stmt.next());
        QCOMPARE(int(stmt.toInt64(0)), r);
        QCOMPARE(int(stmt.toInt64(1)), f);
        QCOMPARE(int(stmt.toInt64(2)), m);
        QCOMPARE(stmt.toString(3), group);
        QVERIFY(ws->db().scalar(QStringLiteral("SELECT rfm_group FROM customers WHERE id = 'c7'")).isNull());
    }

    void matchesSqliteWindowFunctions_data()
    {
        QTest::addColumn<int>("levels");
        QTest::newRow("3-levels") << 3;
        QTest::newRow("4-levels") << 4;
        QTest::newRow("5-levels") << 5;
    }

    void matchesSqliteWindowFunctions()
    {
        QFETCH(int, levels);
        // 400 customers with many ties (few distinct values), some without orders.
        QRandomGenerator random(1234);
        QStringList rows;
        for (int i = 0; i < 400; ++i) {
            const int orders = random.bounded(9); // 0..8
            const QString last = orders == 0
                ? QStringLiteral("NULL")
                : QStringLiteral("'%1'").arg(QDate(2023, 1, 1).addDays(random.bounded(40) * 7).toString(Qt::ISODate));
            const QString revenue = orders == 0 ? QStringLiteral("NULL") : QString::number(random.bounded(30) * 25.0);
            rows << QStringLiteral("('k%1', %2, %3, %4)").arg(i).arg(last).arg(orders).arg(revenue);
        }
        auto ws = workspace(rows.join(QLatin1Char(',')).toLatin1().constData());
        QVERIFY(ws);
        RfmConfig config;
        config.levels = levels;
        config.grid = RfmGrid::defaultGrid(levels);
        QString error;
        const auto result = RfmAnalysis::run(*ws, config, false, &error);
        QVERIFY2(result, qPrintable(error));
        const QString reference
            = QStringLiteral("WITH ref AS (SELECT id,"
                             " min(%1, 1 + CAST(%1 * percent_rank() OVER (ORDER BY julianday(last)) AS INTEGER)) AS r,"
                             " min(%1, 1 + CAST(%1 * percent_rank() OVER (ORDER BY orders) AS INTEGER)) AS f,"
                             " min(%1, 1 + CAST(%1 * percent_rank() OVER (ORDER BY revenue) AS INTEGER)) AS m"
                             " FROM customers WHERE orders > 0)"
                             " SELECT count(*), sum(c.rfm_r = ref.r AND c.rfm_f = ref.f AND c.rfm_m = ref.m)"
                             " FROM ref JOIN customers c ON c.id = ref.id")
                  .arg(levels);
        Statement stmt = ws->db().prepare(reference, &error);
        QVERIFY2(stmt.isValid(), qPrintable(error));
        QVERIFY(stmt.next());
        QVERIFY(stmt.toInt64(0) > 300);
        QCOMPARE(stmt.toInt64(1), stmt.toInt64(0));
        QCOMPARE(result->scored, stmt.toInt64(0));
        // Group = grid(R, ⌊(F + M + 1) / 2⌋) for every scored customer.
        Statement groups = ws->db().prepare(QStringLiteral("SELECT rfm_r, rfm_f, rfm_m, rfm_group FROM customers "
                                                           "WHERE rfm_group IS NOT NULL"));
        while (groups.next()) {
            const int fm = int((groups.toInt64(1) + groups.toInt64(2) + 1) / 2);
            QCOMPARE(groups.toString(3), config.grid.group(int(groups.toInt64(0)), fm));
        }
    }

    void segmentsAndTransitions()
    {
        auto ws = workspace("('a', '2024-01-01', 1, 10), ('b', '2024-02-01', 2, 20), ('c', '2024-03-01', 3, 30),"
                            "('d', '2024-04-01', 4, 40), ('e', '2024-05-01', 5, 50)");
        QVERIFY(ws);
        QString error;
        const auto first = RfmAnalysis::run(*ws, RfmConfig{}, true, &error);
        QVERIFY2(first, qPrintable(error));
        SegmentRepository segments(*ws);
        QVERIFY(first->savedSegments.contains(RfmAnalysis::segmentName(QStringLiteral("Champions"))));
        QCOMPARE(segments.count(RfmAnalysis::segmentName(QStringLiteral("Champions")), &error).value_or(-1), 1);
        QVERIFY(!segments.find(RfmAnalysis::segmentName(QStringLiteral("Hibernating"))));

        // 'a' buys a lot and recently: it moves up; a new customer appears.
        QVERIFY(ws->db().exec("UPDATE customers SET last = '2024-06-01', orders = 9, revenue = 900 WHERE id = 'a';"
                              "INSERT INTO customers(id, last, orders, revenue) VALUES ('f', '2024-05-15', 1, 5);"));
        const auto second = RfmAnalysis::run(*ws, RfmConfig{}, true, &error);
        QVERIFY2(second, qPrintable(error));
        const auto matrix = RfmAnalysis::transitions(ws->db(), first->runId, second->runId, &error);
        QVERIFY2(matrix, qPrintable(error));
        const int lost = int(matrix->fromGroups.indexOf(QStringLiteral("Lost")));
        const int champions = int(matrix->toGroups.indexOf(QStringLiteral("Champions")));
        QVERIFY(lost >= 0 && champions >= 0);
        QCOMPARE(matrix->counts.at(lost).at(champions), 1);
        qint64 total = 0;
        for (const auto& row : matrix->counts)
            for (const qint64 value : row)
                total += value;
        QCOMPARE(total, 6); // five moved or stayed, one new from "(none)"
        QVERIFY(matrix->fromGroups.contains(RfmAnalysis::tr("(none)")));
        QCOMPARE(RfmAnalysis::runs(ws->db()).size(), 2);
    }

    void transitionsEqualTheJoin_data()
    {
        QTest::addColumn<QString>("assignments");
        QTest::newRow("text keys, some in one run only")
            << "(1, 'a', 'Lost'), (1, 'b', 'Champions'), (1, 'c', 'Lost'), (2, 'a', 'Champions'), (2, 'b', "
               "'Champions'), (2, 'd', 'New'), (2, 'e', 'Lost'), (1, 'z', 'At risk')";
        QTest::newRow("mixed key types sort as SQLite sorts them")
            << "(1, 10, 'A'), (1, '10', 'B'), (1, 9.5, 'A'), (1, x'00ff', 'C'), (1, 'ä', 'A'), (1, 'b', 'B'), "
               "(2, 10, 'B'), (2, '10', 'B'), (2, 9.5, 'C'), (2, 10.5, 'X'), (2, x'00ff', 'A'), (2, 'B', 'A'), "
               "(2, 'ä', 'C'), (2, -3, 'C')";
        QTest::newRow("the later run is empty") << "(1, 'a', 'Lost'), (1, 'b', 'New')";
        QTest::newRow("the earlier run is empty") << "(2, 'a', 'Lost'), (2, 'b', 'New'), (2, 'c', 'New')";
        QTest::newRow("both empty") << "";
    }

    void transitionsEqualTheJoin()
    {
        QFETCH(QString, assignments);
        auto ws = workspace("('a', '2024-01-01', 1, 10)");
        QVERIFY(ws);
        QString error;
        QVERIFY2(ws->db().exec(QStringLiteral("INSERT INTO rfm_runs(id, created_at, as_of_date, config) VALUES (1, '', "
                                              "'2024-01-01', '{}'), (2, '', '2024-02-01', '{}')"),
                               &error),
                 qPrintable(error));
        if (!assignments.isEmpty()) {
            QVERIFY2(ws->db().exec(QStringLiteral("INSERT INTO rfm_assignments(run_id, customer_key, r, f, m, grp) "
                                                  "SELECT column1, column2, 1, 1, 1, column3 FROM (VALUES %1)")
                                       .arg(assignments),
                                   &error),
                     qPrintable(error));
        }
        const auto matrix = RfmAnalysis::transitions(ws->db(), 1, 2, &error);
        QVERIFY2(matrix, qPrintable(error));
        // The reference: the outer join both ways, in SQL.
        Statement join = ws->db().prepare(
            QStringLiteral("SELECT a.grp, b.grp, count(*) FROM rfm_assignments a LEFT JOIN rfm_assignments b ON "
                           "b.run_id = 2 AND b.customer_key = a.customer_key WHERE a.run_id = 1 GROUP BY 1, 2 UNION "
                           "ALL SELECT NULL, b.grp, count(*) FROM rfm_assignments b WHERE b.run_id = 2 AND NOT EXISTS "
                           "(SELECT 1 FROM rfm_assignments a WHERE a.run_id = 1 AND a.customer_key = b.customer_key) "
                           "GROUP BY 2"));
        const QString none = RfmAnalysis::tr("(none)");
        QStringList from;
        QStringList to;
        QHash<QPair<QString, QString>, qint64> counts;
        while (join.next()) {
            const QString a = join.isNull(0) ? none : join.toString(0);
            const QString b = join.isNull(1) ? none : join.toString(1);
            if (!from.contains(a))
                from << a;
            if (!to.contains(b))
                to << b;
            counts[{a, b}] += join.toInt64(2);
        }
        QCOMPARE(matrix->fromGroups, from);
        QCOMPARE(matrix->toGroups, to);
        for (int i = 0; i < from.size(); ++i) {
            for (int j = 0; j < to.size(); ++j)
                QCOMPARE(matrix->counts.at(i).at(j), counts.value({from[i], to[j]}));
        }
    }

    void missingRolesGiveClearError()
    {
        auto ws = workspace("('a', '2024-01-01', 1, 10)", false);
        QVERIFY(ws);
        QString error;
        QVERIFY(!RfmAnalysis::run(*ws, RfmConfig{}, false, &error));
        QVERIFY2(error.contains(QStringLiteral("last_purchase_date")) && error.contains(QStringLiteral("revenue")),
                 qPrintable(error));
    }

    // An imported column named like a score (rfm_group) is not written over: a clear error, its values as they were.
    void importedColumnOfTheSameNameIsKept()
    {
        auto ws = workspace("('a', '2024-01-01', 1, 10), ('b', '2024-02-01', 2, 20)");
        QVERIFY(ws);
        QString error;
        QVERIFY(ws->db().exec(QStringLiteral("ALTER TABLE customers ADD COLUMN rfm_group TEXT"), &error));
        QVERIFY(ws->db().exec(QStringLiteral("UPDATE customers SET rfm_group = 'mine'"), &error));
        QList<FieldInfo> fields = FieldCatalog::load(ws->db());
        FieldInfo imported;
        imported.name = QStringLiteral("rfm_group");
        imported.type = FieldType::Text;
        fields << imported;
        QVERIFY(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error));
        QVERIFY(!RfmAnalysis::run(*ws, RfmConfig{}, false, &error));
        QVERIFY2(error.contains(QStringLiteral("rfm_group")) && error.contains(QStringLiteral("imported")),
                 qPrintable(error));
        Statement values
            = ws->db().prepare(QStringLiteral("SELECT COUNT(*) FROM customers WHERE rfm_group = 'mine'"), &error);
        QVERIFY(values.isValid() && values.next());
        QCOMPARE(values.toInt64(0), qint64(2));
        QCOMPARE(RfmAnalysis::runs(ws->db()).size(), 0);
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        auto ws = workspace("('a', '2024-01-01', 1, 10), ('b', '2024-02-01', 2, 20)");
        QVERIFY(ws);
        QString error;
        QVERIFY(!RfmAnalysis::run(*ws, RfmConfig{}, false, &error, [] { return true; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!ws->db().columnNames(QStringLiteral("customers")).contains(QStringLiteral("rfm_r")));
        QCOMPARE(RfmAnalysis::runs(ws->db()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRfmAnalysis)
#include "tst_rfmanalysis.moc"
