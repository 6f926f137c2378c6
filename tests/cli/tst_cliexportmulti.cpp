// `swb export` with several --segment options and --multi, --format against the --out extension, --decimal, the
// XLSX sheet named after the segment, and the export log. References: each segment exported on its own (the
// single-selection path), openpyxl under Debian's Python for the workbooks, and SQL on export_log.
#include "model/database.h"
#include "model/workspace.h"
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

using Run = test::ProcessRun;

QStringList lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// [[title, row count without the header, first column of the data rows], …] by openpyxl.
QJsonArray sheets(const QString& path, QString* error)
{
    const QString script = QStringLiteral("import json, sys, openpyxl\n"
                                          "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                          "out = []\n"
                                          "for ws in wb.worksheets:\n"
                                          "    rows = list(ws.iter_rows(values_only=True))\n"
                                          "    out.append([ws.title, len(rows) - 1, [str(r[0]) for r in rows[1:]]])\n"
                                          "print(json.dumps(out))\n");
    const Run run = test::runProgram(QStringLiteral(SWB_PYTHON), {QStringLiteral("-c"), script, path}, 120000);
    if (run.exitCode != 0)
        *error = QString::fromUtf8(run.err);
    return QJsonDocument::fromJson(run.out).array();
}

QStringList words(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

} // namespace

class TstCliExportMulti : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_segments;
    QMap<QString, QStringList> m_ids; // segment → customer ids, each exported on its own

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run exportSegments(const QStringList& segments, const QString& out, const QStringList& more = {})
    {
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out};
        if (!more.contains(QStringLiteral("--preset"))) // a preset writes its own columns
            arguments << QStringLiteral("--columns") << QStringLiteral("customer_id");
        for (const QString& segment : segments)
            arguments << QStringLiteral("--segment") << segment;
        return test::runSwb(arguments + more, 120000);
    }

private slots:
    void initTestCase()
    {
        m_db = file(QStringLiteral("multi.sqlite"));
        QString error;
        m_segments = test::makeDemoWorkspace(m_db, 1500, &error, 7);
        QVERIFY2(m_segments.size() >= 3, qPrintable(error));
        m_segments = m_segments.mid(0, 3);
        for (const QString& segment : std::as_const(m_segments)) {
            const QString out = file(segment + QStringLiteral(".csv"));
            const Run run = exportSegments({segment}, out);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            m_ids[segment] = lines(out).mid(1);
            QVERIFY(!m_ids[segment].isEmpty());
        }
    }

    void segmentsColumn()
    {
        const QString out = file(QStringLiteral("union.csv"));
        const Run run = exportSegments(m_segments, out, {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QMap<QString, QStringList> expected;
        for (const QString& segment : std::as_const(m_segments)) {
            for (const QString& id : m_ids.value(segment))
                expected[id] << segment;
            QCOMPARE(run.json().value(QStringLiteral("segments")).toObject().value(segment).toInteger(),
                     qint64(m_ids.value(segment).size()));
        }
        const QStringList rows = lines(out);
        QCOMPARE(rows.value(0), QStringLiteral("Customer ID,segments")); // the demo file's header (--headers original)
        QMap<QString, QStringList> written;
        for (const QString& row : rows.mid(1))
            written[row.section(QLatin1Char(','), 0, 0)] = row.section(QLatin1Char(','), 1).split(QLatin1Char(';'));
        QCOMPARE(written.size(), rows.size() - 1);
        QCOMPARE(written, expected);
    }

    void sheetsAndSummary()
    {
        const QString out = file(QStringLiteral("sheets.xlsx"));
        const Run run = exportSegments(m_segments, out, {QStringLiteral("--multi"), QStringLiteral("sheets")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const QJsonArray workbook = sheets(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(workbook.size(), m_segments.size() + 1);
        for (qsizetype s = 0; s < m_segments.size(); ++s) {
            const QJsonArray sheet = workbook.at(s).toArray();
            QCOMPARE(sheet.at(0).toString(), m_segments.at(s)); // the demo's names fit Excel's rules
            QStringList ids;
            for (const QJsonValue& id : sheet.at(2).toArray())
                ids << id.toString();
            QCOMPARE(ids, m_ids.value(m_segments.at(s)));
        }
        const QJsonArray summary = workbook.last().toArray();
        QCOMPARE(summary.at(0).toString(), QStringLiteral("Summary"));
        QCOMPARE(summary.at(2).toArray().size(), m_segments.size());
    }

    // One segment to XLSX: the sheet is named after it, no longer "customers".
    void singleSegmentSheetIsNamedAfterIt()
    {
        const QString out = file(QStringLiteral("one.xlsx"));
        const Run run = exportSegments({m_segments.first()}, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const QJsonArray workbook = sheets(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(workbook.size(), 1);
        QCOMPARE(workbook.at(0).toArray().at(0).toString(), m_segments.first());
        QCOMPARE(workbook.at(0).toArray().at(1).toInt(), int(m_ids.value(m_segments.first()).size()));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QStringList>("words"); // all in the message
        const QStringList two{QStringLiteral("DACH win-back"), QStringLiteral("New one-time buyers")};
        QTest::newRow("format-against-extension")
            << QStringList{two.first()} << QStringLiteral("x.csv") << words({"--format", "xlsx"})
            << words({"--format xlsx", "x.csv", "csv"});
        QTest::newRow("sheets-as-csv") << two << QStringLiteral("x.csv") << words({"--multi", "sheets"})
                                       << words({"XLSX"});
        QTest::newRow("unknown-layout") << two << QStringLiteral("x.csv") << words({"--multi", "tabs"})
                                        << words({"segments-column, columns or sheets"});
        QTest::newRow("same-segment-twice") << QStringList{two.first(), two.first()} << QStringLiteral("x.csv")
                                            << QStringList() << words({"named twice"});
        QTest::newRow("with-a-preset") << two << QStringLiteral("x.csv") << words({"--preset", "mailchimp"})
                                       << words({"plain preset"});
        QTest::newRow("decimal-comma-with-comma") << QStringList{two.first()} << QStringLiteral("x.csv")
                                                  << words({"--decimal", ","}) << words({"--delimiter"});
    }

    void refusals()
    {
        QFETCH(QStringList, segments);
        QFETCH(QString, out);
        QFETCH(QStringList, more);
        QFETCH(QStringList, words);
        const Run run = exportSegments(segments, file(out), more);
        QCOMPARE(run.exitCode, 2);
        for (const QString& word : words)
            QVERIFY2(QString::fromUtf8(run.err).contains(word), run.err.constData());
        QVERIFY(!QFile::exists(file(out)));
    }

    // No --format: the extension decides; --decimal , with --delimiter ; writes decimal commas.
    void extensionAndDecimal()
    {
        const QString out = file(QStringLiteral("list.json"));
        Run run = exportSegments({m_segments.first()}, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile json(out);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), m_ids.value(m_segments.first()).size());

        const QString csv = file(QStringLiteral("decimal.csv"));
        run = test::runSwb({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                            m_segments.first(), QStringLiteral("--out"), csv, QStringLiteral("--columns"),
                            QStringLiteral("customer_id,total_revenue"), QStringLiteral("--decimal"),
                            QStringLiteral(","), QStringLiteral("--delimiter"), QStringLiteral(";")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList rows = lines(csv);
        QCOMPARE(rows.value(0), QStringLiteral("Customer ID;Total revenue")); // headers and a derived column's label
        int commas = 0;
        for (const QString& row : rows.mid(1)) {
            QVERIFY2(!row.contains(QLatin1Char('.')), qPrintable(row));
            commas += row.count(QLatin1Char(','));
        }
        QVERIFY(commas > 0);
    }

    // Every export above that succeeded is in the log: per segment, with its rows.
    void exportLog()
    {
        QString error;
        std::optional<Database> db = Workspace::connect(m_db, true, &error);
        QVERIFY2(db, qPrintable(error));
        for (const QString& segment : std::as_const(m_segments)) {
            Statement select = db->prepare(QStringLiteral("SELECT rows, format, file FROM export_log WHERE segment = ? "
                                                          "AND file LIKE '%sheets.xlsx'"));
            select.bind(1, segment);
            QVERIFY(select.next());
            QCOMPARE(select.toInt64(0), qint64(m_ids.value(segment).size()));
            QCOMPARE(select.toString(1), QStringLiteral("xlsx"));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM export_log WHERE file LIKE '%x.csv'")).toInt(), 0);
    }
};

QTEST_MAIN(TstCliExportMulti)
#include "tst_cliexportmulti.moc"
