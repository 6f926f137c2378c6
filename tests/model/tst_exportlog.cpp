// Segment columns named like a customer column (a JSON object cannot hold a key twice).
// The export log (schema step 5, written by Exporter::run), Excel's sheet-name rules, and the CSV defaults by
// language. References: SQL on the workspace file, the rules as Excel documents them (31 characters, none of
// [ ] : * ? / \, no ' at either end, unique ignoring case, not "History").
#include "model/database.h"
#include "model/export/exporter.h"
#include "model/export/exportlog.h"
#include "model/export/sheetname.h"
#include "model/schema.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstExportLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace
            || !workspace->db().exec(
                "CREATE TABLE customers(id TEXT, revenue REAL); INSERT INTO customers VALUES "
                "('a', 1.5), ('b', 2.25), ('c', NULL); INSERT INTO fields (name, original_header, type, "
                "position) VALUES ('id', 'id', 'text', 0), ('revenue', 'revenue', 'real', 1)",
                &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void sheetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<int>("part");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("plain") << QStringLiteral("DACH win-back") << none << 1 << QStringLiteral("DACH win-back");
        QTest::newRow("forbidden") << QStringLiteral("a[b]c:d*e?f/g\\h") << none << 1
                                   << QStringLiteral("a_b_c_d_e_f_g_h");
        QTest::newRow("31") << QStringLiteral("Customers with more than twenty orders") << none << 1
                            << QStringLiteral("Customers with more than twenty");
        QTest::newRow("quotes") << QStringLiteral("'quoted'") << none << 1 << QStringLiteral("quoted");
        QTest::newRow("empty") << QStringLiteral("  ") << none << 1 << QStringLiteral("Sheet");
        QTest::newRow("History") << QStringLiteral("history") << none << 1 << QStringLiteral("history_");
        QTest::newRow("taken-ignoring-case")
            << QStringLiteral("Rich") << QStringList{QStringLiteral("RICH")} << 1 << QStringLiteral("Rich (2)");
        QTest::newRow("taken-long") << QString(40, QLatin1Char('x')) << QStringList{QString(31, QLatin1Char('x'))} << 1
                                    << QString(27, QLatin1Char('x')) + QStringLiteral(" (2)");
        QTest::newRow("continuation") << QString(40, QLatin1Char('y')) << none << 2
                                      << QString(29, QLatin1Char('y')) + QStringLiteral(" 2");
        // 31 characters, not 31 UTF-16 units: 🙂 is one character.
        QTest::newRow("emoji") << QString(35, QChar(0x00E9)) + QString::fromUtf8("\xF0\x9F\x99\x82") << none << 1
                               << QString(31, QChar(0x00E9));
    }

    void sheetNames()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(int, part);
        QFETCH(QString, expected);
        const QString sheet = excelSheetName(name, taken, part);
        QCOMPARE(sheet, expected);
        QVERIFY(sheet.toUcs4().size() <= 31);
    }

    void csvDefaults()
    {
        QCOMPARE(defaultCsvDelimiter(QLocale(QLocale::German, QLocale::Austria)), ';');
        QCOMPARE(defaultDecimalMark(QLocale(QLocale::French, QLocale::Canada)), ',');
        QCOMPARE(defaultCsvDelimiter(QLocale(QLocale::English, QLocale::UnitedStates)), ',');
        QCOMPARE(defaultDecimalMark(QLocale(QLocale::Italian, QLocale::Italy)), '.'); // only German and French asked
    }

    // A workspace of schema 4 gets the export log when opened; nothing else changes.
    void migratesFromVersion4()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
        {
            QString error;
            auto db = Database::open(path, Database::Mode::ReadWriteCreate, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(schema::migrate(*db, 0, 4, &error), qPrintable(error));
            QVERIFY(!db->tableExists(QStringLiteral("export_log")));
        }
        QString error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), schema::latestVersion()); // 5 and the steps after it
        QCOMPARE(workspace->db().columnNames(QStringLiteral("export_log")),
                 QStringLiteral("id,exported_at,user,segment,selection,preset,format,file,rows,columns,pii")
                     .split(QLatin1Char(',')));
    }

    // An export of a definition is logged without a segment, with its rows, columns and PII policy; log = false
    // and a failed export add nothing.
    void logsWhatWasExported()
    {
        const QString path = makeWorkspace(QStringLiteral("log.sqlite"));
        ExportOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("out.csv"));
        options.pii = PiiPolicy::Mask;
        const ExportReport report = Exporter::run(path, Selection::all(), options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        options.log = false;
        QVERIFY(Exporter::run(path, Selection::all(), options).ok);
        options.log = true;
        options.outputPath = m_dir.filePath(QStringLiteral("missing/out.csv"));
        QVERIFY(!Exporter::run(path, Selection::all(), options).ok);

        QString error;
        std::optional<Database> db = Workspace::connect(path, true, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM export_log")).toInt(), 1);
        Statement row = db->prepare(QStringLiteral("SELECT segment IS NULL, rows, columns, pii, format, user, "
                                                   "preset FROM export_log"));
        QVERIFY(row.next());
        QCOMPARE(row.toInt64(0), 1);
        QCOMPARE(row.toInt64(1), db->scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong());
        QCOMPARE(row.toString(2), QStringLiteral("[\"id\",\"revenue\"]"));
        QCOMPARE(row.toString(3), QStringLiteral("mask"));
        QCOMPARE(row.toString(4), QStringLiteral("csv"));
        QVERIFY(!row.toString(5).isEmpty());
        QCOMPARE(row.toString(6), QStringLiteral("plain"));
    }

    // Segments named like columns: their 1/0 columns get " (2)", so every JSON object has each key once.
    void segmentColumnsNeverRepeatAHeader()
    {
        const QString path = makeWorkspace(QStringLiteral("clash.sqlite"));
        {
            QString error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(workspace, qPrintable(error));
            SegmentRepository repository(*workspace);
            QVERIFY2(repository.saveDynamic(QStringLiteral("revenue"),
                                            "{\"combinator\":\"and\",\"rules\":[{\"field\":\"revenue\","
                                            "\"operator\":\">\",\"value\":2}]}",
                                            &error),
                     qPrintable(error));
            QVERIFY2(repository.saveDynamic(QStringLiteral("ID"),
                                            "{\"combinator\":\"and\",\"rules\":[{\"field\":\"id\","
                                            "\"operator\":\"=\",\"value\":\"a\"}]}",
                                            &error),
                     qPrintable(error));
        }
        ExportOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("clash.json"));
        options.format = ExportFormat::Json;
        options.segments = QStringList{QStringLiteral("revenue"), QStringLiteral("ID")};
        options.multi = MultiLayout::Columns;
        const ExportReport report = Exporter::run(path, {}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.columns, QStringLiteral("id|revenue|revenue (2)|ID (2)").split(QLatin1Char('|')));
        QFile file(options.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 2); // b (2.25) and a
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            QCOMPARE(object.size(), 4);
            const bool isA = object.value(QStringLiteral("id")).toString() == QLatin1String("a");
            QCOMPARE(object.value(QStringLiteral("ID (2)")).toBool(), isA);
            QCOMPARE(object.value(QStringLiteral("revenue (2)")).toBool(), !isA);
        }
    }
};

QTEST_MAIN(TstExportLog)
#include "tst_exportlog.moc"
