// Importer against hostile input: stray quotes, a file changed while it is read, BOMs inside the file, a missing key
// column, customers kept for the orders, files too wide for a workspace, devices, and "%1" in names and values.
#include "model/database.h"
#include "model/import/importer.h"
#include "model/workspace.h"
#include "testsupport_import.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstImportRobustness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ImportReport import(const QString& ws, const QString& file, bool strict = false,
                               ImportMode mode = ImportMode::Replace, ImportKind kind = ImportKind::Customers)
    {
        return test::importFile(ws, file, kind, mode, strict);
    }

    static QStringList rows(const QString& ws, const QString& sql)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        QStringList values;
        Statement statement = db->prepare(sql);
        while (statement.next()) {
            QStringList row;
            for (int c = 0; c < statement.columnCount(); ++c)
                row << (statement.isNull(c) ? QStringLiteral("NULL") : statement.toString(c));
            values << row.join(QLatin1Char('|'));
        }
        return values;
    }

    // What an import must leave as it was when it fails.
    static QStringList content(const QString& ws)
    {
        QStringList all;
        for (const char* table : {"customers", "fields", "imports", "import_issues"})
            all << rows(ws, QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        return all;
    }

    static QString issueLines(const ImportReport& report)
    {
        QStringList lines;
        for (const ImportIssue& issue : report.issues)
            lines << QString::number(issue.line);
        return lines.join(QLatin1Char(','));
    }

    // 100 customers; every tenth has a note in quotes with a comma in it, as CRM exports write them.
    static QByteArray customers()
    {
        QByteArray csv("CustomerID,FirstName,LastName,Email,City,Note\n");
        for (int i = 1; i <= 100; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "C" + n + ",First" + n + ",Last" + n + ",c" + n + "@example.com,City" + n + ','
                + (i % 10 == 5 ? QByteArray("\"Smith, Jr.\"") : QByteArray("plain")) + '\n';
        }
        return csv;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void strayQuoteIsReported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("read"); // records read, without --strict
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<QString>("issueLines");
        QTest::addColumn<QString>("reason"); // part of the first issue's reason
        QTest::addColumn<QString>("strictError"); // part of the error with --strict; empty: strict succeeds

        // sed '51s/,/,"/': the quote opened on line 51 closes at the quoted note of line 56.
        QList<QByteArray> lines = customers().split('\n');
        lines[50].replace(",", ",\"");
        QTest::newRow("stray-quote-swallows-records")
            << lines.join('\n') << 100LL << 94LL << QStringLiteral("51") << QStringLiteral("runs to line 56")
            << QStringLiteral("Line 51:");
        QTest::newRow("text-after-closing-quote")
            << QByteArray("id,name,city\n1,\"Smith\" Jr,Berlin\n2,Ann,Paris\n") << 2LL << 2LL << QStringLiteral("2")
            << QStringLiteral("Text follows the closing quote") << QStringLiteral("Line 2, column \"name\"");
        QTest::newRow("value-over-many-lines")
            << QByteArray("id,note,city\n1,\"a\nb\nc\nd\ne\nf\ng\",Berlin\n2,x,Paris\n") << 2LL << 2LL
            << QStringLiteral("2") << QStringLiteral("runs over 7 lines, to line 8")
            << QStringLiteral("Line 2, column \"note\"");
        QTest::newRow("note-with-commas-in-a-narrow-file-is-fine")
            << QByteArray("id,note,city\n1,\"Dear Ann, thanks, see you\nBest, Bob, Rome\nPS, one, more\",Berlin\n")
            << 1LL << 1LL << QString() << QString() << QString();
        QTest::newRow("address-over-three-lines-is-fine")
            << QByteArray("id,address,city\n1,\"Main St 1\nFloor 2\nBack door\",Berlin\n2,x,Paris\n") << 2LL << 2LL
            << QString() << QString() << QString();
    }

    void strayQuoteIsReported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(qint64, read);
        QFETCH(qint64, imported);
        QFETCH(QString, issueLines);
        QFETCH(QString, reason);
        QFETCH(QString, strictError);
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("quotes.csv"), csv);
        const QString ws = test::newWorkspace(m_dir.path());
        const ImportReport report = import(ws, file);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsRead, read);
        QCOMPARE(report.rowsImported, imported);
        QCOMPARE(this->issueLines(report), issueLines);
        QCOMPARE(rows(ws, QStringLiteral("SELECT count(*) FROM import_issues")).value(0),
                 QString::number(report.issueCount));
        if (!reason.isEmpty())
            QVERIFY2(report.issues.first().reason.contains(reason), qPrintable(report.issues.first().reason));
        // No value holds other records.
        QCOMPARE(rows(ws,
                      QStringLiteral("SELECT count(*) FROM customers WHERE length(%1) > 40")
                          .arg(csv.startsWith("CustomerID") ? QStringLiteral("firstname") : QStringLiteral("id"))),
                 QStringList(QStringLiteral("0")));

        const QString strictWs = test::newWorkspace(m_dir.path());
        const QStringList before = content(strictWs);
        const ImportReport strict = import(strictWs, file, true);
        QCOMPARE(strict.ok, strictError.isEmpty());
        if (!strictError.isEmpty()) {
            QVERIFY2(strict.error.contains(strictError), qPrintable(strict.error));
            QCOMPARE(content(strictWs), before);
        }
    }

    void fileChangedWhileReadFailsAndChangesNothing_data()
    {
        QTest::addColumn<bool>("shrink");
        QTest::newRow("truncated") << true;
        QTest::newRow("appended") << false;
    }

    void fileChangedWhileReadFailsAndChangesNothing()
    {
        QFETCH(bool, shrink);
        const QString ws = test::newWorkspace(m_dir.path());
        QVERIFY(
            import(ws, test::writeFile(m_dir.path(), QStringLiteral("base.csv"), "CustomerID,score\n1,5\n2,7\n")).ok);
        const QStringList before = content(ws);
        QByteArray csv("CustomerID,score,city\n");
        for (int i = 1; i <= 300000; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(i % 10) + ",Town\n";
        ImportOptions options;
        options.filePath = test::writeFile(m_dir.path(), QStringLiteral("changing.csv"), csv);
        bool changed = false;
        const ImportReport report = Importer::run(ws, options, {}, [&](qint64, qint64) {
            if (changed)
                return;
            changed = true;
            QFile file(options.filePath);
            if (shrink) {
                QVERIFY(file.resize(csv.size() / 2));
            } else {
                QVERIFY(file.open(QIODevice::Append));
                file.write("300001,1,Town\n");
            }
        });
        QVERIFY(changed);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("changed while it was read")), qPrintable(report.error));
        QCOMPARE(content(ws), before);
    }

    void byteOrderMarkOnALaterLineIsRemoved()
    {
        const QString ws = test::newWorkspace(m_dir.path());
        const ImportReport report = import(ws,
                                           test::writeFile(m_dir.path(), QStringLiteral("bom.csv"),
                                                           "\xEF\xBB\xBF"
                                                           "CustomerID,name\nC1,a\n\xEF\xBB\xBF"
                                                           "C2,b\n\xEF\xBB\xBF\"C3\",c\n"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(rows(ws, QStringLiteral("SELECT customerid FROM customers ORDER BY 1")),
                 QStringList({QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3")}));
        QCOMPARE(issueLines(report), QStringLiteral("3,4"));
        QVERIFY(report.issues.first().reason.contains(QStringLiteral("byte order mark")));
        // Its orders find it.
        const ImportReport orders = import(ws,
                                           test::writeFile(m_dir.path(), QStringLiteral("bom-orders.csv"),
                                                           "OrderID,CustomerID,OrderDate,Amount\nO1,C2,2024-01-02,5\n"),
                                           false, ImportMode::Replace, ImportKind::Orders);
        QVERIFY2(orders.ok, qPrintable(orders.error));
        QCOMPARE(orders.customersCreated, 0);
    }

    void appendWithoutTheKeyColumnIsRefused_data()
    {
        QTest::addColumn<ImportMode>("mode");
        QTest::newRow("append") << ImportMode::Append;
        QTest::newRow("upsert") << ImportMode::Upsert;
    }

    void appendWithoutTheKeyColumnIsRefused()
    {
        QFETCH(ImportMode, mode);
        const QString ws = test::newWorkspace(m_dir.path());
        QVERIFY(
            import(ws, test::writeFile(m_dir.path(), QStringLiteral("keyed.csv"), "CustomerID,name\nC1,a\nC2,b\n")).ok);
        const QStringList before = content(ws);
        const ImportReport report = import(
            ws, test::writeFile(m_dir.path(), QStringLiteral("keyless.csv"), "name,city\nc,Oslo\n"), false, mode);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("\"customerid\"")), qPrintable(report.error));
        QCOMPARE(content(ws), before);
    }

    void blankKeyIsNotAdded_data() { appendWithoutTheKeyColumnIsRefused_data(); }

    void blankKeyIsNotAdded()
    {
        QFETCH(ImportMode, mode);
        const QString ws = test::newWorkspace(m_dir.path());
        QVERIFY(import(ws, test::writeFile(m_dir.path(), QStringLiteral("keyed.csv"), "CustomerID,name\nC1,a\n")).ok);
        const ImportReport report = import(
            ws, test::writeFile(m_dir.path(), QStringLiteral("blank.csv"), "CustomerID,name\n,b\nC2,c\n"), false, mode);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, 1);
        QCOMPARE(issueLines(report), QStringLiteral("2"));
        QCOMPARE(report.issues.first().column, QStringLiteral("customerid"));
        QCOMPARE(rows(ws, QStringLiteral("SELECT count(*) FROM customers WHERE customerid IS NULL")),
                 QStringList(QStringLiteral("0")));
    }

    void replaceSaysWhichCustomersTheOrdersKeep()
    {
        const QString ws = test::newWorkspace(m_dir.path());
        QVERIFY(
            import(ws, test::writeFile(m_dir.path(), QStringLiteral("c.csv"), "CustomerID,name\nC1,a\nC2,b\nC3,c\n"))
                .ok);
        const ImportReport orders = import(ws,
                                           test::writeFile(m_dir.path(), QStringLiteral("o.csv"),
                                                           "OrderID,CustomerID,OrderDate,Amount\nO1,C1,2024-01-02,5\n"
                                                           "O2,C4,2024-01-03,6\nO3,C5,2024-01-04,7\n"),
                                           false, ImportMode::Replace, ImportKind::Orders);
        QVERIFY2(orders.ok, qPrintable(orders.error));
        const ImportReport report
            = import(ws, test::writeFile(m_dir.path(), QStringLiteral("c2.csv"), "CustomerID,name\nC1,a\nC2,b\n"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.customersCreated, 2); // C4 and C5: their orders keep a customer
        QCOMPARE(report.toJson().value(QStringLiteral("customers_only_in_orders")).toInt(), 2);
        QCOMPARE(rows(ws, QStringLiteral("SELECT count(*) FROM customers")), QStringList(QStringLiteral("4")));
    }

    void wideFilesAreRefusedAtOnce_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("oneLine"); // no line end: one record of all the fields
        QTest::addColumn<QString>("message");
        const QLocale locale;
        const QString most = locale.toString(1995);
        QTest::newRow("2000-columns")
            << 2000 << false
            << QStringLiteral("has %1 columns; a workspace holds at most %2").arg(locale.toString(2000), most);
        QTest::newRow("one-line-of-2000000-fields")
            << 2000000 << true
            << QStringLiteral("has more than %1 columns; a workspace holds at most %2")
                   .arg(locale.toString(100000), most);
    }

    void wideFilesAreRefusedAtOnce()
    {
        QFETCH(int, columns);
        QFETCH(bool, oneLine);
        QFETCH(QString, message);
        QByteArray csv;
        csv.reserve(qsizetype(columns) * 9);
        for (int c = 0; c < columns; ++c)
            csv += (c ? ",c" : "c") + QByteArray::number(c);
        if (!oneLine) {
            csv += '\n';
            for (int c = 0; c < columns; ++c)
                csv += c ? ",1" : "1";
            csv += '\n';
        }
        const QString ws = test::newWorkspace(m_dir.path());
        const QStringList before = content(ws);
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("wide%1%2.csv"), csv);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = import(ws, file);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(file + QLatin1Char(' ') + message), qPrintable(report.error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(content(ws), before);
        ImportOptions options;
        options.filePath = file;
        timer.restart();
        const ImportPreview preview = Importer::preview(options);
        QVERIFY(!preview.ok);
        QVERIFY2(preview.error.contains(message), qPrintable(preview.error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void deviceIsNotTakenForAnEmptyFile()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        const ImportReport report = import(test::newWorkspace(m_dir.path()), QStringLiteral("/dev/zero"));
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("/dev/zero is not a regular file")), qPrintable(report.error));
    }

    void percentSignsInValuesStayAsTheyAre()
    {
        const QString ws = test::newWorkspace(m_dir.path());
        const ImportReport report = import(
            ws, test::writeFile(m_dir.path(), QStringLiteral("imp%1%2.csv"), "CustomerID,e%1x\nK%1,a\nK%1,b\n"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.issueCount, 1);
        QVERIFY2(report.issues.first().reason.contains(QStringLiteral("\"K%1\" appears again (first on line 2)")),
                 qPrintable(report.issues.first().reason));
    }
};

QTEST_GUILESS_MAIN(TstImportRobustness)
#include "tst_importrobustness.moc"
