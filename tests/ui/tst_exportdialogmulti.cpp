// The export dialog with several segments and the details users expect: the format follows a typed extension, one
// sheet per segment (read back with openpyxl), a `segments` column naming each customer's segments, the export log,
// the CSV delimiter and decimal mark by the interface language, the default file name and the folder used last.
// References: hand-written SQL on the workspace (not the filter compiler), openpyxl under Debian's Python, `id -un`.
#include "model/database.h"
#include "model/export/exportlog.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exporthistorydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

struct SegmentCase
{
    QString name;
    QString definition; // JSON for SegmentRepository
    QString where; // the same customers in hand-written SQL, the reference
    QString sheet; // the sheet name Excel's rules give
};

const QList<SegmentCase>& segmentCases()
{
    // In the order the dialog lists saved segments (by name), which is the order of the export's columns and sheets.
    static const QList<SegmentCase> cases{
        {QStringLiteral("Customers with more than twenty orders in total"),
         QStringLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"orders\",\"operator\":\">\",\"value\":"
                        "20}]}"),
         QStringLiteral("orders > 20"), QStringLiteral("Customers with more than twenty")},
        {QStringLiteral("Germany"),
         QStringLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"=\",\"value\":"
                        "\"DE\"}]}"),
         QStringLiteral("country = 'DE'"), QStringLiteral("Germany")},
        {QStringLiteral("Revenue over 100 / loyal?"),
         QStringLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"revenue\",\"operator\":\">\",\"value\":"
                        "100}]}"),
         QStringLiteral("revenue > 100"), QStringLiteral("Revenue over 100 _ loyal_")},
    };
    return cases;
}

QStringList segmentNames()
{
    QStringList names;
    for (const SegmentCase& segment : segmentCases())
        names << segment.name;
    return names;
}

// The ids of the customers `where` selects, in rowid order, by plain SQL.
QStringList idsWhere(const QString& workspace, const QString& where)
{
    QString error;
    std::optional<Database> db = Workspace::connect(workspace, true, &error);
    if (!db)
        return {};
    Statement select = db->prepare(QStringLiteral("SELECT id FROM customers WHERE %1 ORDER BY rowid").arg(where));
    QStringList ids;
    while (select.next())
        ids << select.toString(0);
    return ids;
}

QList<QStringList> readDelimited(const QString& path, QChar delimiter, bool* bom = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bom)
        *bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> rows;
    // The test's values hold no quotes, delimiters or line breaks.
    for (const QString& line : QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows << line.split(delimiter);
    return rows;
}

// Every sheet of the workbook as [title, rows], rows as text, read by openpyxl.
QJsonArray readWorkbook(const QString& path, QString* error)
{
    const QString script = QStringLiteral(
        "import json, sys, openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
        "out = []\n"
        "for ws in wb.worksheets:\n"
        "    rows = [[None if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]\n"
        "    out.append([ws.title, rows])\n"
        "print(json.dumps(out))\n");
    const test::ProcessRun run
        = test::runProgram(QStringLiteral(SWB_PYTHON), {QStringLiteral("-c"), script, path}, 120000);
    if (run.exitCode != 0) {
        *error = QString::fromUtf8(run.err);
        return {};
    }
    return QJsonDocument::fromJson(run.out).array();
}

bool showWhenReady(ExportDialog& dialog)
{
    QSignalSpy ready(&dialog, &ExportDialog::ready);
    dialog.show();
    return ready.wait(30000);
}

bool runExport(ExportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    return finished.wait(60000) && dialog.lastReport().ok;
}

void checkColumns(ExportDialog& dialog, const QStringList& names)
{
    auto* columns = dialog.findChild<QListWidget*>(QStringLiteral("columns"));
    for (int i = 0; columns && i < columns->count(); ++i)
        columns->item(i)->setCheckState(
            names.contains(columns->item(i)->toolTip().section(QLatin1Char(' '), 1)) ? Qt::Checked : Qt::Unchecked);
}

void selectData(QComboBox* combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace

class TstExportDialogMulti : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<FieldInfo> m_fields;

    QList<NamedSelection> everyone() const { return {{QStringLiteral("All customers"), {}, false}}; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("multi.sqlite"));
        QString error;
        m_fields = test::writeCustomerWorkspace(m_workspace, 400, &error);
        QVERIFY2(!m_fields.isEmpty(), qPrintable(error));
        auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        SegmentRepository repository(*workspace);
        for (const SegmentCase& segment : segmentCases()) {
            QVERIFY2(repository.saveDynamic(segment.name, segment.definition.toUtf8(), &error), qPrintable(error));
            QVERIFY2(!idsWhere(m_workspace, segment.where).isEmpty(), qPrintable(segment.name)); // not vacuous
        }
    }

    // With XLSX chosen, typing a .csv name switches the format to CSV and says so in the dialog; choosing a format
    // renames the file; an extension that names no format is pointed out.
    void typedExtensionSwitchesTheFormat()
    {
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("outputPath"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("formatNote"));
        QVERIFY(format && path && note);
        selectData(format, int(ExportFormat::Xlsx));
        QVERIFY2(path->text().endsWith(QLatin1String(".xlsx")), qPrintable(path->text()));

        path->clear();
        QTest::keyClicks(path, m_dir.filePath(QStringLiteral("telco_m2m.csv")));
        QCOMPARE(ExportFormat(format->currentData().toInt()), ExportFormat::Csv);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("CSV")) && note->text().contains(QLatin1String(".csv")),
                 qPrintable(note->text()));
        QCOMPARE(dialog.options().format, ExportFormat::Csv);
        QCOMPARE(path->text(), m_dir.filePath(QStringLiteral("telco_m2m.csv"))); // the typed name is kept

        selectData(format, int(ExportFormat::Json));
        QCOMPARE(path->text(), m_dir.filePath(QStringLiteral("telco_m2m.json")));
        QVERIFY(note->isHidden());

        path->clear();
        QTest::keyClicks(path, m_dir.filePath(QStringLiteral("list.dat")));
        QCOMPARE(ExportFormat(format->currentData().toInt()), ExportFormat::Json);
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String(".dat")) && note->text().contains(QLatin1String("JSON")),
                 qPrintable(note->text()));
    }

    // Three segments as sheets: each sheet is named by Excel's rules and holds that segment's customers (the SQL
    // reference, in order); the summary sheet has each segment's size and the export time.
    void oneSheetPerSegment()
    {
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        dialog.setCheckedSelections(segmentNames());
        auto* layout = dialog.findChild<QComboBox*>(QStringLiteral("multiLayout"));
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
        QVERIFY(layout && format && layout->isEnabled());
        selectData(layout, int(MultiLayout::Sheets));
        QCOMPARE(ExportFormat(format->currentData().toInt()), ExportFormat::Xlsx); // sheets are a workbook
        checkColumns(dialog, {QStringLiteral("id"), QStringLiteral("country")});
        const QString out = m_dir.filePath(QStringLiteral("sheets.xlsx"));
        dialog.setOutputPath(out);
        QVERIFY2(runExport(dialog), qPrintable(dialog.lastReport().error));

        QString error;
        const QJsonArray sheets = readWorkbook(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sheets.size(), segmentCases().size() + 1);
        for (qsizetype s = 0; s < segmentCases().size(); ++s) {
            const SegmentCase& segment = segmentCases().at(s);
            const QJsonArray sheet = sheets.at(s).toArray();
            QCOMPARE(sheet.at(0).toString(), segment.sheet);
            const QJsonArray rows = sheet.at(1).toArray();
            QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("id"));
            QStringList ids;
            for (qsizetype r = 1; r < rows.size(); ++r)
                ids << rows.at(r).toArray().at(0).toString();
            QCOMPARE(ids, idsWhere(m_workspace, segment.where));
        }
        const QJsonArray summary = sheets.last().toArray();
        QCOMPARE(summary.at(0).toString(), QStringLiteral("Summary"));
        const QJsonArray summaryRows = summary.at(1).toArray();
        QCOMPARE(summaryRows.size(), segmentCases().size() + 1);
        for (qsizetype s = 0; s < segmentCases().size(); ++s) {
            const QJsonArray row = summaryRows.at(s + 1).toArray();
            QCOMPARE(row.at(0).toString(), segmentCases().at(s).name);
            QCOMPARE(row.at(1).toString(), QString::number(idsWhere(m_workspace, segmentCases().at(s).where).size()));
            QVERIFY2(!row.at(2).toString().isEmpty(), "the definition in words");
            QVERIFY2(row.at(3).toString().startsWith(QDate::currentDate().toString(Qt::ISODate)),
                     qPrintable(row.at(3).toString())); // openpyxl reads the date cell back as a datetime
        }
    }

    // The union in one CSV with a `segments` column: per customer exactly the segments the SQL reference puts it in.
    void segmentsColumnNamesEachCustomersSegments()
    {
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        dialog.setCheckedSelections(segmentNames());
        selectData(dialog.findChild<QComboBox*>(QStringLiteral("multiLayout")), int(MultiLayout::SegmentsColumn));
        selectData(dialog.findChild<QComboBox*>(QStringLiteral("delimiter")), int(','));
        checkColumns(dialog, {QStringLiteral("id")});
        const QString out = m_dir.filePath(QStringLiteral("segments.csv"));
        dialog.setOutputPath(out);
        QVERIFY2(runExport(dialog), qPrintable(dialog.lastReport().error));

        QMap<QString, QStringList> expected; // id → segment names, in the order of the segments
        for (const SegmentCase& segment : segmentCases()) {
            for (const QString& id : idsWhere(m_workspace, segment.where))
                expected[id] << segment.name;
        }
        const QList<QStringList> rows = readDelimited(out, QLatin1Char(','));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("id"), QStringLiteral("segments")}));
        QMap<QString, QStringList> written;
        for (qsizetype r = 1; r < rows.size(); ++r)
            written[rows.at(r).value(0)] = rows.at(r).value(1).split(QLatin1Char(';'));
        QCOMPARE(written.size(), rows.size() - 1); // nobody twice
        QCOMPARE(written, expected);
        QVERIFY(std::any_of(written.cbegin(), written.cend(), [](const QStringList& s) { return s.size() > 1; }));

        // The export log: one entry per segment, with who, its rows, the columns and the PII policy.
        QString error;
        std::optional<Database> db = Workspace::connect(m_workspace, true, &error);
        QVERIFY2(db, qPrintable(error));
        const test::ProcessRun user = test::runProgram(QStringLiteral("id"), {QStringLiteral("-un")});
        QCOMPARE(user.exitCode, 0);
        for (const SegmentCase& segment : segmentCases()) {
            const QList<ExportLogEntry> entries = ExportLog::forSegment(*db, segment.name);
            QVERIFY(!entries.isEmpty());
            const ExportLogEntry& last = entries.first();
            QCOMPARE(last.file, out);
            QCOMPARE(last.rows, qint64(idsWhere(m_workspace, segment.where).size()));
            QCOMPARE(last.user, QString::fromLocal8Bit(user.out).trimmed());
            QCOMPARE(last.columns, (QStringList{QStringLiteral("id"), QStringLiteral("segments")}));
            QCOMPARE(last.pii, QStringLiteral("keep"));
            QCOMPARE(last.format, QStringLiteral("csv"));
            QVERIFY(qAbs(last.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }

        // The segment's export history lists them, newest first, with the rows and the file.
        ExportHistoryDialog history(m_workspace, QStringLiteral("Germany"));
        QSignalSpy loaded(&history, &ExportHistoryDialog::loaded);
        QVERIFY(loaded.wait(30000));
        auto* list = history.findChild<QListWidget*>(QStringLiteral("exports"));
        QVERIFY(list);
        QCOMPARE(list->count(), int(ExportLog::forSegment(*db, QStringLiteral("Germany")).size()));
        const QString germans = QLocale().toString(idsWhere(m_workspace, QStringLiteral("country = 'DE'")).size());
        QVERIFY2(list->item(0)->text().contains(germans + QLatin1String(" rows"))
                     && list->item(0)->text().contains(out),
                 qPrintable(list->item(0)->text()));
        ExportHistoryDialog never(m_workspace, QStringLiteral("Nobody exported this"));
        QSignalSpy neverLoaded(&never, &ExportHistoryDialog::loaded);
        QVERIFY(neverLoaded.wait(30000));
        QCOMPARE(never.findChild<QListWidget*>(QStringLiteral("exports"))->count(), 0);
        QVERIFY(
            never.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QLatin1String("not been exported")));
    }

    // One 1/0 column per segment: each column's sum is that segment's size.
    void columnPerSegment()
    {
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        dialog.setCheckedSelections(segmentNames());
        selectData(dialog.findChild<QComboBox*>(QStringLiteral("multiLayout")), int(MultiLayout::Columns));
        selectData(dialog.findChild<QComboBox*>(QStringLiteral("delimiter")), int('|'));
        checkColumns(dialog, {QStringLiteral("id")});
        const QString out = m_dir.filePath(QStringLiteral("columns.csv"));
        dialog.setOutputPath(out);
        QVERIFY2(runExport(dialog), qPrintable(dialog.lastReport().error));
        const QList<QStringList> rows = readDelimited(out, QLatin1Char('|'));
        QCOMPARE(rows.value(0), QStringList{QStringLiteral("id")} + segmentNames());
        for (qsizetype s = 0; s < segmentCases().size(); ++s) {
            QStringList members;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                QVERIFY(rows.at(r).value(int(s) + 1) == QLatin1String("1")
                        || rows.at(r).value(int(s) + 1) == QLatin1String("0"));
                if (rows.at(r).value(int(s) + 1) == QLatin1String("1"))
                    members << rows.at(r).value(0);
            }
            QCOMPARE(members, idsWhere(m_workspace, segmentCases().at(s).where));
        }
    }

    // A destination preset writes one list: with several segments checked the dialog says so at once, writes
    // nothing, and the layout box says what the segments go into.
    void presetWithSeveralSegmentsIsRefused()
    {
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        dialog.setCheckedSelections(segmentNames());
        dialog.setDestination(ExportPreset::Mailchimp);
        const QString out = m_dir.filePath(QStringLiteral("preset.csv"));
        dialog.setOutputPath(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(!dialog.isRunning());
        QVERIFY(!finished.wait(300));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QVERIFY2(status->text().contains(QLatin1String("plain preset")), qPrintable(status->text()));
        QVERIFY(!QFile::exists(out));
        // With everyone checked too, the segments are a plain union: the layout does not apply.
        dialog.setCheckedSelections(segmentNames() << QStringLiteral("All customers"));
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("multiLayout"))->isEnabled());
        QVERIFY(dialog.options().segments.isEmpty());
    }

    void csvDefaultsFollowTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("delimiter");
        QTest::addColumn<int>("decimal");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << int(';') << int(',');
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << int(';') << int(',');
        QTest::newRow("Swiss German") << QLocale(QLocale::German, QLocale::Switzerland) << int(';') << int(',');
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << int(',') << int('.');
        QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain) << int(',') << int('.');
    }

    // The delimiter and decimal mark default by the interface language; the file has them, and the BOM when
    // "For Excel" is ticked. The numbers read back (decimal comma) sum to SQLite's sum.
    void csvDefaultsFollowTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, delimiter);
        QFETCH(int, decimal);
        QLocale::setDefault(locale);
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(showWhenReady(dialog));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("delimiter"))->currentData().toInt(), delimiter);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("decimalMark"))->currentData().toInt(), decimal);
        dialog.findChild<QCheckBox*>(QStringLiteral("bom"))->setChecked(true);
        checkColumns(dialog, {QStringLiteral("id"), QStringLiteral("revenue")});
        const QString out
            = m_dir.filePath(QStringLiteral("language %1.csv").arg(QLatin1String(QTest::currentDataTag())));
        dialog.setOutputPath(out);
        QVERIFY2(runExport(dialog), qPrintable(dialog.lastReport().error));
        bool bom = false;
        const QList<QStringList> rows = readDelimited(out, QChar(delimiter), &bom);
        QVERIFY(bom);
        QCOMPARE(rows.value(0), (QStringList{QStringLiteral("id"), QStringLiteral("revenue")}));
        double sum = 0;
        int fractions = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QString value = rows.at(r).value(1);
            fractions += value.contains(QChar(decimal)) ? 1 : 0;
            QVERIFY2(!value.contains(QLatin1Char(decimal == ',' ? '.' : ',')), qPrintable(value));
            sum += value.replace(QChar(decimal), QLatin1Char('.')).toDouble();
        }
        QVERIFY(fractions > 0); // some revenues are x.5
        QString error;
        std::optional<Database> db = Workspace::connect(m_workspace, true, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(sum == db->scalar(QStringLiteral("SELECT total(revenue) FROM customers")).toDouble()); // x * 12.5
    }

    // "<segment> <YYYY-MM-DD>.<ext>" while nothing is typed, in the folder of the last export.
    void defaultNameAndLastFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(folder));
        {
            ExportDialog dialog(m_workspace, m_fields, everyone());
            QVERIFY(showWhenReady(dialog));
            checkColumns(dialog, {QStringLiteral("id")});
            dialog.setOutputPath(QDir(folder).filePath(QStringLiteral("first.csv")));
            QVERIFY2(runExport(dialog), qPrintable(dialog.lastReport().error));
        }
        ExportDialog dialog(m_workspace, m_fields, everyone());
        QVERIFY(showWhenReady(dialog));
        dialog.setCheckedSelections({QStringLiteral("Germany")});
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("outputPath"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(path->text(), QDir(folder).filePath(QStringLiteral("Germany %1.csv").arg(today)));
        selectData(dialog.findChild<QComboBox*>(QStringLiteral("format")), int(ExportFormat::Xlsx));
        QCOMPARE(path->text(), QDir(folder).filePath(QStringLiteral("Germany %1.xlsx").arg(today)));
        dialog.setCheckedSelections({QStringLiteral("Revenue over 100 / loyal?")});
        QCOMPARE(QFileInfo(path->text()).fileName(), QStringLiteral("Revenue over 100 _ loyal_ %1.xlsx").arg(today));
    }
};

QTEST_MAIN(TstExportDialogMulti)
#include "tst_exportdialogmulti.moc"
