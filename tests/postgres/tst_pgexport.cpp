// `swb export` from PostgreSQL against the same export from the workspace file: the demo workspace copied to one
// server and to the shards, a segment and a definition exported as CSV, TSV and JSON with every PII policy give the
// same bytes (the customer keys ascend with the file's rowids, so both orders agree), and the same warnings; what
// works on files only is refused with a reason.
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstPgExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file;
    QStringList m_segments;

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 4000, 41, &m_servers, &m_segments, &error), qPrintable(error));
    }

    void sameBytesAsFromTheFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("extension");
        QTest::newRow("segment, csv, keep")
            << QStringList{QStringLiteral("--segment"), QString(), QStringLiteral("--pii"), QStringLiteral("keep")}
            << QStringLiteral("csv");
        QTest::newRow("segment, tsv, hash")
            << QStringList{QStringLiteral("--segment"), QString(), QStringLiteral("--pii"), QStringLiteral("hash")}
            << QStringLiteral("tsv");
        QTest::newRow("definition, json, mask") << QStringList{
            QStringLiteral("--filter"),
            QStringLiteral(R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"FR"},)"
                           R"({"field":"total_revenue","operator":">","value":900}]})"),
            QStringLiteral("--pii"),
            QStringLiteral("mask")} << QStringLiteral("json");
        QTest::newRow("columns, omit") << QStringList{QStringLiteral("--segment"),
                                                      QString(),
                                                      QStringLiteral("--pii"),
                                                      QStringLiteral("omit"),
                                                      QStringLiteral("--columns"),
                                                      QStringLiteral("customer_id,email,total_revenue,newsletter")}
                                       << QStringLiteral("csv");
    }

    void sameBytesAsFromTheFile()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, extension);
        const qsizetype segment = options.indexOf(QString());
        if (segment >= 0)
            options[segment] = m_segments.first();
        const QString expectedPath = m_dir.filePath(QStringLiteral("file.") + extension);
        const test::ProcessRun expected = test::runSwb(
            QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_file, QStringLiteral("--out"), expectedPath}
            + options);
        QVERIFY2(expected.exitCode == 0, expected.err.constData());
        const QByteArray reference = read(expectedPath);
        QVERIFY(reference.count('\n') > 20);
        for (const char* server : {"SWB_PG_PLAIN", "SWB_PG_COORD"}) {
            const QString path = m_dir.filePath(QStringLiteral("server.") + extension);
            QFile::remove(path);
            const test::ProcessRun run
                = test::runSwb(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                           m_servers.value(QLatin1String(server)), QStringLiteral("--out"), path}
                               + options);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(read(path) == reference,
                     qPrintable(QStringLiteral("%1 differs from the file's export").arg(QLatin1String(server))));
            // The same warnings (the workspace is named as given).
            QCOMPARE(QString::fromUtf8(run.err).replace(m_servers.value(QLatin1String(server)), QStringLiteral("WS")),
                     QString::fromUtf8(expected.err).replace(m_file, QStringLiteral("WS")));
        }
    }

    void presetsAreRefusedWithAReason()
    {
        const test::ProcessRun run = test::runSwb(
            {QStringLiteral("export"), QStringLiteral("--db"), m_servers.value(QStringLiteral("SWB_PG_PLAIN")),
             QStringLiteral("--segment"), m_segments.first(), QStringLiteral("--preset"), QStringLiteral("mailchimp"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("mailchimp.csv"))});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("plain layout so far"), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("mailchimp.csv"))));
    }
};

QTEST_GUILESS_MAIN(TstPgExport)
#include "tst_pgexport.moc"
