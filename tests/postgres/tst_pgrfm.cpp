// RFM on PostgreSQL against SQLite: the demo workspace copied to one server and to the shards; the R, F and M score
// of every customer computed by the server's window functions equal those `swb rfm` writes into the workspace file
// (5 and 3 levels, many ties in the orders counts), and `swb rfm --json` reports the same groups.
#include "model/database.h"
#include "model/postgres/pgrfm.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace swb;

class TstPgRfm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file;

    // The report without what only a saved run has.
    static QJsonObject groupsOf(const QByteArray& json)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        for (const char* key : {"run_id", "segments", "seconds"})
            object.remove(QLatin1String(key));
        return object;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QStringList segments;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 5000, 37, &m_servers, &segments, &error), qPrintable(error));
    }

    void scoresAndGroupsAgree_data()
    {
        QTest::addColumn<int>("levels");
        QTest::newRow("5 levels") << 5;
        QTest::newRow("3 levels") << 3;
    }

    void scoresAndGroupsAgree()
    {
        QFETCH(int, levels);
        QString error;
        const QStringList levelOption{QStringLiteral("--levels"), QString::number(levels), QStringLiteral("--json")};
        const QJsonObject expected = groupsOf(
            test::swbOutput(QStringList{QStringLiteral("rfm"), QStringLiteral("--db"), m_file} + levelOption, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(expected.value(QStringLiteral("scored")).toInteger() > 1000);

        std::map<QString, std::tuple<int, int, int>> reference;
        {
            auto workspace = Workspace::open(m_file, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(workspace, qPrintable(error));
            Statement rows = workspace->db().prepare(
                QStringLiteral("SELECT customer_id, rfm_r, rfm_f, rfm_m FROM customers WHERE rfm_group IS NOT NULL"));
            while (rows.next())
                reference[rows.toString(0)] = {int(rows.toInt64(1)), int(rows.toInt64(2)), int(rows.toInt64(3))};
        }
        QCOMPARE(qint64(reference.size()), expected.value(QStringLiteral("scored")).toInteger());

        for (const char* server : {"SWB_PG_PLAIN", "SWB_PG_COORD"}) {
            const QString uri = m_servers.value(QLatin1String(server));
            auto pg = PgWorkspace::open(uri, &error);
            QVERIFY2(pg, qPrintable(error));
            const auto scores = PgRfm::scores(*pg, levels, &error);
            QVERIFY2(scores, qPrintable(error));
            QCOMPARE(qsizetype(scores->size()), qsizetype(reference.size()));
            for (const PgRfmScore& score : *scores) {
                const auto found = reference.find(score.key);
                QVERIFY2(found != reference.end(), qPrintable(score.key));
                const auto [r, f, m] = found->second;
                QVERIFY2(score.r == r && score.f == f && score.m == m,
                         qPrintable(QStringLiteral("%1 on %2: %3%4%5, SQLite %6%7%8")
                                        .arg(score.key, QLatin1String(server))
                                        .arg(score.r)
                                        .arg(score.f)
                                        .arg(score.m)
                                        .arg(r)
                                        .arg(f)
                                        .arg(m)));
            }
            const QJsonObject actual = groupsOf(
                test::swbOutput(QStringList{QStringLiteral("rfm"), QStringLiteral("--db"), uri} + levelOption, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(actual, expected);
        }
    }

    void savingIsRefusedWithAReason()
    {
        const test::ProcessRun run
            = test::runSwb({QStringLiteral("rfm"), QStringLiteral("--db"),
                            m_servers.value(QStringLiteral("SWB_PG_PLAIN")), QStringLiteral("--save-segments")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("without saving a run so far"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstPgRfm)
#include "tst_pgrfm.moc"
