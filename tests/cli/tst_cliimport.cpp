// `swb import` and `swb fields` as a user runs them, and an import killed at any moment leaves old or new data.
#include "model/database.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace swb;

namespace {

using Run = test::ProcessRun;

Run runSwb(const QStringList& arguments)
{
    return test::runSwb(arguments, 120000);
}

QString data(const char* name)
{
    return QStringLiteral(SWB_TEST_DATA_DIR "/") + QLatin1String(name);
}

QVariant scalar(const QString& ws, const QString& sql, QString* error = nullptr)
{
    QString openError;
    auto db = Database::open(ws, Database::Mode::ReadWrite, &openError);
    if (!db) {
        if (error)
            *error = openError;
        return {};
    }
    return db->scalar(sql, error);
}

} // namespace

class TstCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // ~200k generated customers (about 14 MB): an import long enough to be interrupted.
    QString bigFile()
    {
        if (QFile::exists(path(QStringLiteral("big.csv"))))
            return path(QStringLiteral("big.csv"));
        QByteArray csv("CustomerID,Email,Age,Score,City,Joined\n");
        csv.reserve(16 << 20);
        for (int i = 1; i <= 200000; ++i) {
            csv += 'K' + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.com,"
                + QByteArray::number(18 + i % 60) + ',' + QByteArray::number((i * 7) % 1000) + ".5,City"
                + QByteArray::number(i % 97) + ",2021-0" + QByteArray::number(1 + i % 9) + "-1"
                + QByteArray::number(i % 10) + '\n';
        }
        return writeFile(QStringLiteral("big.csv"), csv);
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void importsWithJsonReport()
    {
        const QString ws = path(QStringLiteral("json.sqlite"));
        const Run run = runSwb({QStringLiteral("import"), data("Mall_Customers.csv"), QStringLiteral("--db"), ws,
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 200);
        QCOMPARE(report.value(QStringLiteral("issues")).toInt(), 0);
        QVERIFY(report.value(QStringLiteral("seconds")).isDouble());
        const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 5);
        QCOMPARE(columns[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("customerid"));
        QCOMPARE(columns[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(columns[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("customer_key"));
        QCOMPARE(columns[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("gender"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 200);
    }

    void importsWithHumanSummaryAndOptions()
    {
        const QString ws = path(QStringLiteral("human.sqlite"));
        const Run run
            = runSwb({QStringLiteral("import"), data("marketing_campaign_semicolon.csv"), QStringLiteral("--db"), ws,
                      QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--encoding"),
                      QStringLiteral("utf-8"), QStringLiteral("--header"), QStringLiteral("yes")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Imported 2,240 of 2,240 records"), run.out.constData());
        QVERIFY(run.out.contains("dt_customer"));
        // Append the TAB version: same columns, every key already there.
        const Run append = runSwb({QStringLiteral("import"), data("marketing_campaign.csv"), QStringLiteral("--db"), ws,
                                   QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("--delimiter"),
                                   QStringLiteral("tab"), QStringLiteral("--json")});
        QCOMPARE(append.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(append.out).object();
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("issues")).toInt(), 2240);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM import_issues")).toInt(), 2240);
    }

    void summaryKeepsPercentSignsAndSaysWhatIsKept()
    {
        const QString ws = path(QStringLiteral("percent.sqlite"));
        const QString file = writeFile(QStringLiteral("imp%1%2.csv"), "CustomerID,e%1x\nK%1,a\nK%1,b\nK2,c\n");
        const Run run = runSwb({QStringLiteral("import"), file, QStringLiteral("--db"), ws});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Imported 2 of 3 records from %1 into customers").arg(file).toUtf8()),
                 run.out.constData());
        QVERIFY2(run.out.contains("line 3, customerid: The customer key \"K%1\" appears again (first on line 2)"),
                 run.out.constData());

        const Run orders
            = runSwb({QStringLiteral("import"),
                      writeFile(QStringLiteral("percent-orders.csv"),
                                "OrderID,CustomerID,OrderDate,Amount\nO1,K2,2024-01-02,5\nO2,K9,2024-01-03,6\n"),
                      QStringLiteral("--db"), ws, QStringLiteral("--kind"), QStringLiteral("orders")});
        QCOMPARE(orders.exitCode, 0);
        const Run replace = runSwb({QStringLiteral("import"),
                                    writeFile(QStringLiteral("percent-again.csv"), "CustomerID,name\nK2,c\n"),
                                    QStringLiteral("--db"), ws});
        QCOMPARE(replace.exitCode, 0);
        QVERIFY2(replace.out.contains("Imported 1 of 1 records"), replace.out.constData());
        QVERIFY2(replace.out.contains("1 customer(s) that exist only in the orders were kept"),
                 replace.out.constData());
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2);
    }

    void strictNamesTheLineOfAQuoteProblem()
    {
        const QString ws = path(QStringLiteral("quote.sqlite"));
        const Run run
            = runSwb({QStringLiteral("import"),
                      writeFile(QStringLiteral("quote.csv"), "id,name,city\n1,Ann,Oslo\n2,\"Smith\" Jr,Rome\n"),
                      QStringLiteral("--db"), ws, QStringLiteral("--strict")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("Line 3, column \"name\": Text follows the closing quote"), run.err.constData());
    }

    void ordersKind()
    {
        const QString ws = path(QStringLiteral("orders.sqlite"));
        const Run run
            = runSwb({QStringLiteral("import"), data("import/online_retail_sample.csv"), QStringLiteral("--db"), ws,
                      QStringLiteral("--kind"), QStringLiteral("orders"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("orders_without_customer")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("customers_created")).toInt(), 7);
        // The data for trends is prepared after an orders import; a workspace without orders has nothing to prepare.
        QVERIFY(report.value(QStringLiteral("prepare_seconds")).toDouble(-1) >= 0);
        const Run human = runSwb({QStringLiteral("import"), data("import/online_retail_sample.csv"),
                                  QStringLiteral("--db"), ws, QStringLiteral("--kind"), QStringLiteral("orders"),
                                  QStringLiteral("--mode"), QStringLiteral("append")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains("Prepared the customers and order lines for trends in"), human.out.constData());
        const Run customers = runSwb({QStringLiteral("import"), data("Mall_Customers.csv"), QStringLiteral("--db"),
                                      path(QStringLiteral("no-orders.sqlite")), QStringLiteral("--json")});
        QCOMPARE(customers.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(customers.out).object().contains(QStringLiteral("prepare_seconds")));
    }

    void derivesCustomerFieldsFromOrderColumns()
    {
        // Country is an order column in Online Retail: "ordered from two different countries" as a customer field.
        const QString ws = path(QStringLiteral("derive.sqlite"));
        QCOMPARE(runSwb({QStringLiteral("import"), data("import/online_retail_sample.csv"), QStringLiteral("--db"), ws,
                         QStringLiteral("--kind"), QStringLiteral("orders"), QStringLiteral("--derive"),
                         QStringLiteral("country=last:country")})
                     .exitCode,
                 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE country IS NOT NULL")).toInt(),
                 scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt());
        const Run wrongKind = runSwb({QStringLiteral("import"), data("Mall_Customers.csv"), QStringLiteral("--db"), ws,
                                      QStringLiteral("--derive"), QStringLiteral("c=last:country")});
        QCOMPARE(wrongKind.exitCode, 2);
        QVERIFY2(wrongKind.err.contains("use it with --kind orders"), wrongKind.err.constData());
        const Run derive = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--derive"),
                                   QStringLiteral("countries=distinct_count:country"), QStringLiteral("--json")});
        QCOMPARE(derive.exitCode, 0);
        QJsonObject countries;
        for (const QJsonValue& field :
             QJsonDocument::fromJson(derive.out).object().value(QStringLiteral("fields")).toArray()) {
            if (field.toObject().value(QStringLiteral("name")).toString() == QLatin1String("countries"))
                countries = field.toObject();
        }
        QCOMPARE(countries.value(QStringLiteral("derived_from")).toObject(),
                 (QJsonObject{{QStringLiteral("column"), QStringLiteral("country")},
                              {QStringLiteral("kind"), QStringLiteral("distinct_count")}}));
        const Run count = runSwb({QStringLiteral("count"), QStringLiteral("--db"), ws, QStringLiteral("--filter"),
                                  QStringLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"countries\","
                                                 "\"operator\":\">=\",\"value\":2}]}")});
        QCOMPARE(count.exitCode, 0);
        const QVariant reference = scalar(ws,
                                          QStringLiteral("SELECT count(*) FROM (SELECT customerid FROM orders WHERE "
                                                         "customerid IS NOT NULL GROUP BY customerid HAVING "
                                                         "count(DISTINCT country) >= 2)"));
        QCOMPARE(count.out.trimmed().toLongLong(), reference.toLongLong());

        const Run bad = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--derive"),
                                QStringLiteral("x=last:Land")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("The orders have no column \"Land\""), bad.err.constData());
        const Run remove = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws,
                                   QStringLiteral("--remove-derived"), QStringLiteral("countries")});
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(!remove.out.contains("countries"));
        QVERIFY2(remove.out.contains("(derived: last of the order column country)"), remove.out.constData());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString ws = path(QStringLiteral("errors.sqlite"));
        const QString ragged = writeFile(QStringLiteral("ragged.csv"), "id,name\n1,a\n2,b\n3,c,d\n");
        QTest::newRow("strict-names-line")
            << QStringList{QStringLiteral("import"), ragged, QStringLiteral("--db"), ws, QStringLiteral("--strict")}
            << 1 << QStringLiteral("Line 4");
        QTest::newRow("missing-file") << QStringList{QStringLiteral("import"), path(QStringLiteral("nope.csv")),
                                                     QStringLiteral("--db"), ws}
                                      << 1 << QStringLiteral("nope.csv");
        QTest::newRow("bad-mode") << QStringList{QStringLiteral("import"), ragged,
                                                 QStringLiteral("--db"),   ws,
                                                 QStringLiteral("--mode"), QStringLiteral("merge")}
                                  << 2 << QStringLiteral("merge");
        QTest::newRow("bad-delimiter") << QStringList{
            QStringLiteral("import"), ragged, QStringLiteral("--db"), ws, QStringLiteral("--delimiter"),
            QStringLiteral(":")} << 2 << QStringLiteral("--delimiter");
        QTest::newRow("no-db") << QStringList{QStringLiteral("import"), ragged} << 2 << QStringLiteral("--db");
        QTest::newRow("unknown-encoding")
            << QStringList{QStringLiteral("import"), ragged, QStringLiteral("--db"), ws, QStringLiteral("--encoding"),
                           QStringLiteral("klingon")}
            << 1 << QStringLiteral("klingon");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runSwb(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void fieldsListsAndSetsRoles()
    {
        const QString ws = path(QStringLiteral("fields.sqlite"));
        QCOMPARE(runSwb({QStringLiteral("import"), data("Mall_Customers.csv"), QStringLiteral("--db"), ws}).exitCode,
                 0);
        Run run = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonArray fields = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields[3].toObject().value(QStringLiteral("header")).toString(), QStringLiteral("Annual Income (k$)"));
        QCOMPARE(fields[3].toObject().value(QStringLiteral("role")).toString(), QString());

        run = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--set-role"),
                      QStringLiteral("annual_income_k=revenue"), QStringLiteral("--set-role"),
                      QStringLiteral("genre=email"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        fields = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields[3].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("revenue"));
        QCOMPARE(fields[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("email"));
        QCOMPARE(fields[1].toObject().value(QStringLiteral("pii")).toBool(), true);

        run = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("annual_income_k"));
        QVERIFY(run.out.contains("revenue"));

        run = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--set-role"),
                      QStringLiteral("age=wizard")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("wizard"));
        run = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--set-role"),
                      QStringLiteral("nothere=age")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nothere"));
        run = runSwb({QStringLiteral("fields"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--set-role"));
        QVERIFY(run.out.contains("customer_key"));
    }

    void interruptedImportCancelsAndChangesNothing()
    {
        // Ctrl+C or SIGTERM while `swb import` runs: it cancels, says so, exits with 3 and leaves the old data.
        const QString ws = path(QStringLiteral("interrupted.sqlite"));
        QCOMPARE(runSwb({QStringLiteral("import"), data("Mall_Customers.csv"), QStringLiteral("--db"), ws}).exitCode,
                 0);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SWB_IMPORT_PROFILE"), QStringLiteral("1")); // "journal …" once it runs
        process.setProcessEnvironment(environment);
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(SWB_BIN_DIR "/swb"),
                      {QStringLiteral("import"), bigFile(), QStringLiteral("--db"), ws});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (!err.contains("journal") && process.state() == QProcess::Running && process.waitForReadyRead(30000))
            err += process.readAllStandardError();
        QVERIFY2(err.contains("journal"), err.constData());
        process.terminate(); // SIGTERM, handled like Ctrl+C
        QVERIFY(process.waitForFinished(60000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(!QFile::exists(ws + QStringLiteral("-journal")));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 200);
    }

    void failedImportLeavesNoNewWorkspace()
    {
        const QString ws = path(QStringLiteral("never.sqlite"));
        const Run run = runSwb({QStringLiteral("import"), writeFile(QStringLiteral("only-header.csv"), "id,name\n"),
                                QStringLiteral("--db"), ws});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no records"), run.err.constData());
        QVERIFY(!QFile::exists(ws));
    }

    void killedImportLeavesOldOrNewData()
    {
        // ~200k customers imported over a workspace holding 3 customers.
        const QString big = bigFile();
        const QString small
            = writeFile(QStringLiteral("small.csv"), "CustomerID,Name\nA,Old one\nB,Old two\nC,Old three\n");
        const QString ws = path(QStringLiteral("kill.sqlite"));
        QCOMPARE(runSwb({QStringLiteral("import"), small, QStringLiteral("--db"), ws}).exitCode, 0);

        // How long a whole import takes here, to spread the kills over it.
        const QString timing = path(QStringLiteral("timing.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runSwb({QStringLiteral("import"), big, QStringLiteral("--db"), timing}).exitCode, 0);
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);

        int killedWhileRunning = 0;
        int spilled = 0; // kills that left new pages in the workspace file beside a hot journal
        int sawOld = 0;
        int sawNew = 0;
        // A 1 MB page cache: the import writes pages into the workspace file long before its commit, as a large
        // import does with the default cache.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SWB_IMPORT_CACHE_MB"), QStringLiteral("1"));
        for (const int percent : {5, 20, 40, 60, 80, 95, 110}) {
            const qint64 sizeBefore = QFileInfo(ws).size();
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(SWB_BIN_DIR "/swb"),
                          {QStringLiteral("import"), big, QStringLiteral("--db"), ws});
            QVERIFY(process.waitForStarted());
            QThread::msleep(quint64(fullMs * percent / 100));
            if (process.state() == QProcess::Running) {
                process.kill();
                ++killedWhileRunning;
            }
            process.waitForFinished(60000);
            if (QFileInfo::exists(ws + QStringLiteral("-journal")) && QFileInfo(ws).size() > sizeBefore)
                ++spilled;

            QString error;
            QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check"), &error).toString(), QStringLiteral("ok"));
            {
                // A kill while the import wrote through its rollback journal: the next opening is in WAL mode again.
                auto workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &error);
                QVERIFY2(workspace, qPrintable(error));
                QCOMPARE(workspace->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                         QStringLiteral("wal"));
            }
            const qint64 count = scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
            const QString columns
                = scalar(ws, QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('customers')"))
                      .toString();
            const QString catalog = scalar(ws,
                                           QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM fields "
                                                          "WHERE table_name = 'customers' ORDER BY position)"))
                                        .toString();
            QCOMPARE(catalog, columns); // table and catalog always belong together
            if (count == 3) {
                ++sawOld;
                QCOMPARE(columns, QStringLiteral("customerid,name"));
                QCOMPARE(scalar(ws, QStringLiteral("SELECT group_concat(name) FROM customers")).toString(),
                         QStringLiteral("Old one,Old two,Old three"));
            } else {
                ++sawNew;
                QCOMPARE(count, 200000);
                QCOMPARE(columns, QStringLiteral("customerid,email,age,score,city,joined"));
                QCOMPARE(scalar(ws, QStringLiteral("SELECT sum(age) FROM customers")).toLongLong(),
                         scalar(timing, QStringLiteral("SELECT sum(age) FROM customers")).toLongLong());
                // Back to the old data for the next kill.
                QCOMPARE(runSwb({QStringLiteral("import"), small, QStringLiteral("--db"), ws}).exitCode, 0);
            }
        }
        qInfo("full import %lld ms; %d kills hit a running import, %d after it wrote into the file; old data %d "
              "times, new data %d times",
              fullMs, killedWhileRunning, spilled, sawOld, sawNew);
        QVERIFY2(killedWhileRunning >= 3,
                 qPrintable(QStringLiteral("only %1 kills hit a running import (full import "
                                           "%2 ms)")
                                .arg(killedWhileRunning)
                                .arg(fullMs)));
        QCOMPARE(sawOld + sawNew, 7);
        QVERIFY(sawOld >= 1);
        QVERIFY(spilled >= 1);
    }
};

QTEST_GUILESS_MAIN(TstCliImport)
#include "tst_cliimport.moc"
