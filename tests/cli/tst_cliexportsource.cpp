// Exports "as in the source" through `swb`: Telco exported with the plain preset and imported again gives the same
// fields and values, and the same cells as the original file (Python's csv module); --headers and --booleans; XLSX
// cells with number and date formats read back with openpyxl (exportsource_reference.py).
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

using Run = test::ProcessRun;

const QString s_telco = QStringLiteral(SWB_TEST_DATA_DIR "/export/telco_churn_sample.csv");
const QString s_marketing = QStringLiteral(SWB_TEST_DATA_DIR "/marketing_campaign.csv");
const QString s_everyone = QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}");

// Runs the Python reference in `mode` ("cells", "workspaces", "xlsx") and returns its JSON object.
QJsonObject reference(const QStringList& arguments)
{
    const Run run = test::runProgram(
        QStringLiteral(SWB_PYTHON),
        QStringList{QStringLiteral(SWB_TEST_DATA_DIR "/../cli/exportsource_reference.py")} + arguments, 120000);
    if (run.exitCode != 0)
        qWarning() << "reference failed:" << run.err;
    return run.json();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

} // namespace

class TstCliExportSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_telcoDb;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run exportAll(const QString& db, const QString& out, const QStringList& more = {})
    {
        return test::runSwb(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                        QStringLiteral("--filter"), s_everyone, QStringLiteral("--out"), out}
                                + more,
                            120000);
    }

    static Run import(const QString& path, const QString& db)
    {
        return test::runSwb({QStringLiteral("import"), path, QStringLiteral("--db"), db, QStringLiteral("--json")},
                            120000);
    }

    // The first line of `path` and the first data line, split at commas (the test files need no quoting there).
    static QList<QStringList> firstLines(const QString& path)
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> lines;
        for (int i = 0; i < 2; ++i)
            lines << QString::fromUtf8(in.readLine().trimmed()).split(QLatin1Char(','));
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(SWB_PYTHON)), "the reference needs /usr/bin/python3 with openpyxl");
        m_telcoDb = file(QStringLiteral("telco.sqlite"));
        const Run run = import(s_telco, m_telcoDb);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("rows_imported")).toInteger(), 74);
    }

    // The acceptance test of issue 16: plain preset → CSV → a new workspace.
    void csvRoundTrip()
    {
        const QString out = file(QStringLiteral("telco_export.csv"));
        const Run exported = exportAll(m_telcoDb, out, {QStringLiteral("--preset"), QStringLiteral("plain")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());

        // Cell by cell against the original file: identical, except the one TotalCharges cell that held a single
        // space (4472-LVYGI), which the import stores as no value.
        const QJsonObject cells = reference({QStringLiteral("cells"), s_telco, QStringLiteral(","), out});
        QCOMPARE(cells.value(QStringLiteral("rows")).toInt(), 75);
        QCOMPARE(cells.value(QStringLiteral("rows_exported")).toInt(), 75);
        QCOMPARE(cells.value(QStringLiteral("cells")).toInt(), 75 * 21);
        QVERIFY2(cells.value(QStringLiteral("differences")).toArray().isEmpty(),
                 QJsonDocument(cells).toJson().constData());
        const QJsonArray blank = cells.value(QStringLiteral("blank_to_empty")).toArray();
        QCOMPARE(blank.size(), 1);
        QCOMPARE(blank.at(0).toArray().at(1).toInt(), 19);

        const QString again = file(QStringLiteral("telco_again.sqlite"));
        const Run reimport = import(out, again);
        QVERIFY2(reimport.exitCode == 0, reimport.err.constData());
        const QJsonObject same = reference({QStringLiteral("workspaces"), m_telcoDb, again});
        QVERIFY2(same.value(QStringLiteral("fields_equal")).toBool(), QJsonDocument(same).toJson().constData());
        QVERIFY(same.value(QStringLiteral("columns_equal")).toBool());
        QCOMPARE(same.value(QStringLiteral("fields")).toInt(), 21);
        QCOMPARE(same.value(QStringLiteral("rows")).toArray(), (QJsonArray{74, 74}));
        QCOMPARE(same.value(QStringLiteral("values")).toInt(), 74 * 21);
        QVERIFY2(same.value(QStringLiteral("differences")).toArray().isEmpty(),
                 QJsonDocument(same).toJson().constData());

        // swb fields says the same of both: headers, names, types, roles.
        QString error;
        const QByteArray first = test::swbOutput(
            {QStringLiteral("fields"), QStringLiteral("--db"), m_telcoDb, QStringLiteral("--json")}, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QByteArray second = test::swbOutput(
            {QStringLiteral("fields"), QStringLiteral("--db"), again, QStringLiteral("--json")}, &error);
        QCOMPARE(second, first);
        QVERIFY(first.contains("\"header\":\"SeniorCitizen\""));
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("first");
        const QStringList original{QStringLiteral("customerID"), QStringLiteral("gender"),
                                   QStringLiteral("SeniorCitizen"), QStringLiteral("Partner")};
        const QStringList names{QStringLiteral("customerid"), QStringLiteral("gender"), QStringLiteral("seniorcitizen"),
                                QStringLiteral("partner")};
        QTest::newRow("default") << QStringList() << original
                                 << QStringList{QStringLiteral("7590-VHVEG"), QStringLiteral("Female"),
                                                QStringLiteral("0"), QStringLiteral("Yes")};
        QTest::newRow("columns") << QStringList{QStringLiteral("--headers"), QStringLiteral("columns")} << names
                                 << QStringList{QStringLiteral("7590-VHVEG"), QStringLiteral("Female"),
                                                QStringLiteral("0"), QStringLiteral("Yes")};
        QTest::newRow("1/0") << QStringList{QStringLiteral("--booleans"), QStringLiteral("1/0")} << original
                             << QStringList{QStringLiteral("7590-VHVEG"), QStringLiteral("Female"), QStringLiteral("0"),
                                            QStringLiteral("1")};
        QTest::newRow("true/false") << QStringList{QStringLiteral("--booleans"), QStringLiteral("true/false")}
                                    << original
                                    << QStringList{QStringLiteral("7590-VHVEG"), QStringLiteral("Female"),
                                                   QStringLiteral("false"), QStringLiteral("true")};
    }

    void options()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, header);
        QFETCH(QStringList, first);
        const QString out = file(QStringLiteral("options.csv"));
        const Run run = exportAll(m_telcoDb, out, options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QStringList> lines = firstLines(out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).mid(0, 4), header);
        QCOMPARE(lines.at(1).mid(0, 4), first);
        QCOMPARE(lines.at(1).value(18), QStringLiteral("29.85")); // MonthlyCharges
    }

    void refusesUnknownForms_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("headers") << QStringList{QStringLiteral("--headers"), QStringLiteral("labels")}
                                 << QStringLiteral("use original");
        QTest::newRow("booleans") << QStringList{QStringLiteral("--booleans"), QStringLiteral("yes/no")}
                                  << QStringLiteral("use source");
    }

    void refusesUnknownForms()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = file(QStringLiteral("refused.csv"));
        const Run run = exportAll(m_telcoDb, out, options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // XLSX: original headers, Yes/No as text, money with its decimal places as a number format, values numeric.
    void xlsxTelco()
    {
        const QString out = file(QStringLiteral("telco.xlsx"));
        const Run run = exportAll(m_telcoDb, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject book = reference({QStringLiteral("xlsx"), s_telco, QStringLiteral(","), out});
        QCOMPARE(strings(book.value(QStringLiteral("header"))), strings(book.value(QStringLiteral("original_header"))));
        QCOMPARE(book.value(QStringLiteral("rows")).toInt(), 74);
        QVERIFY2(book.value(QStringLiteral("mismatch_count")).toInt() == 0, QJsonDocument(book).toJson().constData());
        const QJsonObject formats = book.value(QStringLiteral("formats")).toObject();
        const QJsonObject kinds = book.value(QStringLiteral("kinds")).toObject();
        QCOMPARE(strings(formats.value(QStringLiteral("MonthlyCharges"))), QStringList{QStringLiteral("0.0#")});
        QCOMPARE(strings(formats.value(QStringLiteral("TotalCharges"))), QStringList{QStringLiteral("0.00")});
        for (const QString& money : {QStringLiteral("MonthlyCharges"), QStringLiteral("TotalCharges")}) {
            const QStringList types = strings(kinds.value(money));
            QVERIFY(!types.isEmpty());
            for (const QString& type : types)
                QVERIFY2(type == QLatin1String("float") || type == QLatin1String("int"), qPrintable(money + type));
        }
        QCOMPARE(strings(kinds.value(QStringLiteral("Partner"))), QStringList{QStringLiteral("str")});
        QCOMPARE(strings(kinds.value(QStringLiteral("tenure"))), QStringList{QStringLiteral("int")});
        const QJsonObject widths = book.value(QStringLiteral("widths")).toObject();
        QVERIFY(widths.value(QStringLiteral("PaymentMethod")).toDouble() >= 14.0);
        QVERIFY(widths.value(QStringLiteral("StreamingMovies")).toDouble() >= 15.0 * 1.1);
    }

    // Dates are date cells with a date format (marketing_campaign: Dt_Customer written dd-mm-yyyy).
    void xlsxDates()
    {
        const QString db = file(QStringLiteral("marketing.sqlite"));
        const Run imported = import(s_marketing, db);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString out = file(QStringLiteral("marketing.xlsx"));
        const Run run = exportAll(db, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject book = reference({QStringLiteral("xlsx"), s_marketing, QStringLiteral("tab"), out});
        QCOMPARE(book.value(QStringLiteral("rows")).toInt(), 2240);
        QCOMPARE(strings(book.value(QStringLiteral("header"))), strings(book.value(QStringLiteral("original_header"))));
        QVERIFY2(book.value(QStringLiteral("mismatch_count")).toInt() == 0, QJsonDocument(book).toJson().constData());
        QCOMPARE(strings(book.value(QStringLiteral("formats")).toObject().value(QStringLiteral("Dt_Customer"))),
                 QStringList{QStringLiteral("yyyy-mm-dd")});
        QCOMPARE(strings(book.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("Dt_Customer"))),
                 QStringList{QStringLiteral("datetime")});
    }
};

QTEST_GUILESS_MAIN(TstCliExportSource)
#include "tst_cliexportsource.moc"
