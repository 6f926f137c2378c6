// Exports "as in the source": the words and decimal places an import notes per column, how the writers format them,
// and an import → export of a small file with each boolean spelling, read back with Python's csv module.
#include "model/database.h"
#include "model/export/exporter.h"
#include "model/export/tablewriter.h"
#include "model/fieldcatalog.h"
#include "model/import/sourceforms.h"
#include "model/import/typeinference.h"
#include "model/schema.h"
#include "model/workspace.h"
#include "tests/model/testsupport_import.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Prints the rows of a CSV file as JSON, read by Python's csv module (an independent reader).
constexpr char s_csvReader[] = "import csv, json, sys\n"
                               "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                               "    print(json.dumps([row for row in csv.reader(f)]))\n";

QJsonArray readCsvWithPython(const QString& path)
{
    QProcess python;
    python.start(QStringLiteral(SWB_PYTHON), {QStringLiteral("-c"), QString::fromUtf8(s_csvReader), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "python failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QStringList strings(const QJsonArray& row)
{
    QStringList out;
    for (const QJsonValue& value : row)
        out << value.toString();
    return out;
}

// A small file with every boolean spelling the import knows, decimal points and a decimal comma column.
constexpr char s_file[] = "Customer ID,Opted In,Is VIP,Active,Has App,Spend (EUR),Rate\n"
                          "C1,Y,true,Ja,1,29.85,\"1,5\"\n"
                          "C2,N,false,Nein,0,70.7,\"2,25\"\n"
                          "C3,Y,TRUE,Ja,1,84.0,\"3,0\"\n"
                          "C4,,FALSE,Nein,,1889.5,\n";

} // namespace

class TstSourceForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QList<QStringList> exportRows(HeaderStyle headers, BooleanForm booleans)
    {
        ExportOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("out.csv"));
        options.headers = headers;
        options.booleans = booleans;
        const ExportReport report = Exporter::run(m_workspace, {}, options);
        if (!report.ok)
            qWarning() << report.error;
        QList<QStringList> rows;
        for (const QJsonValue& row : readCsvWithPython(options.outputPath))
            rows << strings(row.toArray());
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(SWB_PYTHON)));
        m_workspace = test::newWorkspace(m_dir.path());
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("forms.csv"), QByteArray(s_file));
        const ImportReport report = test::importFile(m_workspace, file);
        QVERIFY2(report.ok, qPrintable(report.error));
    }

    void formatsReals_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<int>("maxDecimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("as-written") << 29.85 << 1 << 2 << QStringLiteral("29.85");
        QTest::newRow("one-decimal-kept") << 70.7 << 1 << 2 << QStringLiteral("70.7");
        QTest::newRow("whole-keeps-min") << 84.0 << 1 << 2 << QStringLiteral("84.0");
        QTest::newRow("fixed-two") << 70.7 << 2 << 2 << QStringLiteral("70.70");
        QTest::newRow("whole-no-point") << 97.0 << 0 << 2 << QStringLiteral("97");
        QTest::newRow("binary-noise-rounded") << 0.1 + 0.2 << 0 << 2 << QStringLiteral("0.3");
        QTest::newRow("negative") << -12.5 << 2 << 2 << QStringLiteral("-12.50");
        QTest::newRow("negative-zero") << -0.001 << 0 << 2 << QStringLiteral("0");
        QTest::newRow("three-places") << 1234567.125 << 3 << 3 << QStringLiteral("1234567.125");
        QTest::newRow("unknown-shortest") << 0.1 << -1 << -1 << QStringLiteral("0.1");
        QTest::newRow("unknown-huge") << 1e20 << -1 << -1 << QStringLiteral("1e+20");
    }

    void formatsReals()
    {
        QFETCH(double, value);
        QFETCH(int, minDecimals);
        QFETCH(int, maxDecimals);
        QFETCH(QString, text);
        char buffer[64];
        const std::string_view written = formatReal(value, minDecimals, maxDecimals, buffer);
        QCOMPARE(QString::fromUtf8(written.data(), qsizetype(written.size())), text);
    }

    void numberFormats_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<int>("maxDecimals");
        QTest::addColumn<QByteArray>("format");
        const int real = int(FieldType::Real);
        QTest::newRow("one-or-two") << real << 1 << 2 << QByteArray("0.0#");
        QTest::newRow("two") << real << 2 << 2 << QByteArray("0.00");
        QTest::newRow("none-or-two") << real << 0 << 2 << QByteArray("0.00");
        QTest::newRow("whole") << real << 0 << 0 << QByteArray("0");
        QTest::newRow("unknown") << real << -1 << -1 << QByteArray();
        QTest::newRow("integer") << int(FieldType::Integer) << 0 << 0 << QByteArray();
    }

    void numberFormats()
    {
        QFETCH(int, type);
        QFETCH(int, minDecimals);
        QFETCH(int, maxDecimals);
        QFETCH(QByteArray, format);
        ExportColumn column{QStringLiteral("x"), FieldType(type)};
        column.minDecimals = minDecimals;
        column.maxDecimals = maxDecimals;
        QCOMPARE(column.numberFormat(), format);
    }

    void notesColumnForms_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("trueWord");
        QTest::addColumn<QString>("falseWord");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<int>("maxDecimals");
        const int boolean = int(FieldType::Boolean);
        const int real = int(FieldType::Real);
        QTest::newRow("yes-no-first-spelling")
            << QStringList{QStringLiteral("Yes"), QStringLiteral(" No "), QStringLiteral("yes")} << boolean
            << QStringLiteral("Yes") << QStringLiteral("No") << -1 << -1;
        QTest::newRow("digits") << QStringList{QStringLiteral("0"), QStringLiteral("1")} << boolean
                                << QStringLiteral("1") << QStringLiteral("0") << -1 << -1;
        QTest::newRow("only-true-capitals") << QStringList{QStringLiteral("TRUE"), QString()} << boolean
                                            << QStringLiteral("TRUE") << QStringLiteral("FALSE") << -1 << -1;
        QTest::newRow("only-n") << QStringList{QStringLiteral("n")} << boolean << QStringLiteral("y")
                                << QStringLiteral("n") << -1 << -1;
        QTest::newRow("dot-decimals") << QStringList{QStringLiteral("29.85"), QStringLiteral("70.7"),
                                                     QStringLiteral("84.0")}
                                      << real << QString() << QString() << 1 << 2;
        QTest::newRow("some-whole") << QStringList{QStringLiteral("97"), QStringLiteral("1889.5"),
                                                   QStringLiteral("29.85")}
                                    << real << QString() << QString() << 0 << 2;
        QTest::newRow("currency") << QStringList{QStringLiteral("\u20AC12.50"), QStringLiteral("\u20AC3.50")} << real
                                  << QString() << QString() << 2 << 2;
    }

    void notesColumnForms()
    {
        QFETCH(QStringList, cells);
        QFETCH(int, type);
        QFETCH(QString, trueWord);
        QFETCH(QString, falseWord);
        QFETCH(int, minDecimals);
        QFETCH(int, maxDecimals);
        ColumnStats stats;
        for (const QString& cell : cells) {
            const QByteArray utf8 = cell.toUtf8();
            stats.add(std::string_view(utf8.constData(), size_t(utf8.size())));
        }
        const InferredType inferred = TypeInference::infer(stats, false);
        QCOMPARE(int(inferred.type), type);
        FieldInfo field;
        SourceForms::describe(stats, inferred, &field);
        QCOMPARE(field.trueWord, trueWord);
        QCOMPARE(field.falseWord, falseWord);
        QCOMPARE(field.minDecimals, minDecimals);
        QCOMPARE(field.maxDecimals, maxDecimals);
    }

    void counterparts_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("other");
        QTest::newRow("Yes") << QStringLiteral("Yes") << QStringLiteral("No");
        QTest::newRow("FALSE") << QStringLiteral("FALSE") << QStringLiteral("TRUE");
        QTest::newRow("y") << QStringLiteral("y") << QStringLiteral("n");
        QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("1");
        QTest::newRow("Nein") << QStringLiteral("Nein") << QStringLiteral("Ja");
        QTest::newRow("unknown") << QStringLiteral("maybe") << QString();
    }

    void counterparts()
    {
        QFETCH(QString, word);
        QFETCH(QString, other);
        QCOMPARE(SourceForms::counterpart(word), other);
    }

    // The import stores the forms in the catalog, which survives a reopen.
    void importStoresForms()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const QList<FieldInfo> fields = FieldCatalog::load(ws->db());
        auto find = [&](const char* name) {
            return FieldCatalog::findByName(fields, QLatin1String(name));
        };
        QVERIFY(find("opted_in") && find("is_vip") && find("active") && find("has_app") && find("spend_eur")
                && find("rate"));
        QCOMPARE(find("opted_in")->type, FieldType::Boolean);
        QCOMPARE(find("opted_in")->trueWord + QLatin1Char('/') + find("opted_in")->falseWord, QStringLiteral("Y/N"));
        QCOMPARE(find("is_vip")->trueWord + QLatin1Char('/') + find("is_vip")->falseWord, QStringLiteral("true/false"));
        QCOMPARE(find("active")->trueWord + QLatin1Char('/') + find("active")->falseWord, QStringLiteral("Ja/Nein"));
        QCOMPARE(find("has_app")->trueWord + QLatin1Char('/') + find("has_app")->falseWord, QStringLiteral("1/0"));
        QCOMPARE(find("spend_eur")->minDecimals, 1);
        QCOMPARE(find("spend_eur")->maxDecimals, 2);
        QCOMPARE(find("rate")->type, FieldType::Real);
        QCOMPARE(find("rate")->minDecimals, 1);
        QCOMPARE(find("rate")->maxDecimals, 2);
        QCOMPARE(find("customer_id")->trueWord, QString());
        QCOMPARE(find("customer_id")->minDecimals, -1);
        QCOMPARE(ws->db().scalar(QStringLiteral("SELECT count(*) FROM fields WHERE true_word IS NOT NULL")).toInt(), 4);
    }

    void exportsAsInTheSource_data()
    {
        QTest::addColumn<int>("headers");
        QTest::addColumn<int>("booleans");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("last");
        const QStringList original{QStringLiteral("Customer ID"), QStringLiteral("Opted In"),
                                   QStringLiteral("Is VIP"),      QStringLiteral("Active"),
                                   QStringLiteral("Has App"),     QStringLiteral("Spend (EUR)"),
                                   QStringLiteral("Rate")};
        const QStringList names{QStringLiteral("customer_id"), QStringLiteral("opted_in"), QStringLiteral("is_vip"),
                                QStringLiteral("active"),      QStringLiteral("has_app"),  QStringLiteral("spend_eur"),
                                QStringLiteral("rate")};
        // The decimal comma column is written with a point: the export's number format is the CSV convention.
        // A column keeps the first spelling of each word: "FALSE" after "false" comes back as "false".
        QTest::newRow("source")
            << int(HeaderStyle::Original) << int(BooleanForm::Source) << original
            << QStringList{QStringLiteral("C1"), QStringLiteral("Y"),     QStringLiteral("true"), QStringLiteral("Ja"),
                           QStringLiteral("1"),  QStringLiteral("29.85"), QStringLiteral("1.5")}
            << QStringList{
                   QStringLiteral("C4"),     QString(), QStringLiteral("false"), QStringLiteral("Nein"), QString(),
                   QStringLiteral("1889.5"), QString()};
        QTest::newRow("columns-1/0")
            << int(HeaderStyle::Columns) << int(BooleanForm::OneZero) << names
            << QStringList{QStringLiteral("C1"), QStringLiteral("1"),     QStringLiteral("1"),  QStringLiteral("1"),
                           QStringLiteral("1"),  QStringLiteral("29.85"), QStringLiteral("1.5")}
            << QStringList{QStringLiteral("C4"),     QString(), QStringLiteral("0"), QStringLiteral("0"), QString(),
                           QStringLiteral("1889.5"), QString()};
        QTest::newRow("true/false")
            << int(HeaderStyle::Original) << int(BooleanForm::TrueFalse) << original
            << QStringList{QStringLiteral("C1"),   QStringLiteral("true"), QStringLiteral("true"),
                           QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("29.85"),
                           QStringLiteral("1.5")}
            << QStringList{
                   QStringLiteral("C4"),     QString(), QStringLiteral("false"), QStringLiteral("false"), QString(),
                   QStringLiteral("1889.5"), QString()};
    }

    void exportsAsInTheSource()
    {
        QFETCH(int, headers);
        QFETCH(int, booleans);
        QFETCH(QStringList, header);
        QFETCH(QStringList, first);
        QFETCH(QStringList, last);
        const QList<QStringList> rows = exportRows(HeaderStyle(headers), BooleanForm(booleans));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), header);
        QCOMPARE(rows.at(1), first);
        QCOMPARE(rows.at(4), last);
        // 84.0 keeps its one decimal; "3,0" was written with one decimal too.
        QCOMPARE(rows.at(3).at(5), QStringLiteral("84.0"));
        QCOMPARE(rows.at(3).at(6), QStringLiteral("3.0"));
    }

    // A workspace imported before schema step 6 gains the columns on opening; its booleans are written 1/0 and its
    // numbers in their shortest form, as before.
    void migratesOlderWorkspace()
    {
        const QString old = test::newWorkspace(m_dir.path());
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("old.csv"), QByteArray(s_file));
        QVERIFY(test::importFile(old, file).ok);
        {
            QString error;
            auto ws = Workspace::open(old, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY2(
                ws->db().exec(QStringLiteral("ALTER TABLE fields DROP COLUMN true_word; ALTER TABLE fields DROP COLUMN "
                                             "false_word; ALTER TABLE fields DROP COLUMN min_decimals; ALTER TABLE "
                                             "fields DROP COLUMN max_decimals; PRAGMA user_version = %1;")
                                  .arg(schema::latestVersion() - 1), // the step before the source forms'
                              &error),
                qPrintable(error));
        }
        QString error;
        auto ws = Workspace::open(old, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), schema::latestVersion());
        QCOMPARE(ws->db().scalar(QStringLiteral("SELECT count(*) FROM fields WHERE true_word IS NULL")).toInt(), 7);
        ws.reset();
        ExportOptions options;
        options.outputPath = m_dir.filePath(QStringLiteral("old-out.csv"));
        const ExportReport report = Exporter::run(old, {}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        const QJsonArray rows = readCsvWithPython(options.outputPath);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(strings(rows.at(3).toArray()),
                 (QStringList{QStringLiteral("C3"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("84"), QStringLiteral("3")}));
    }
};

QTEST_GUILESS_MAIN(TstSourceForms)
#include "tst_sourceforms.moc"
