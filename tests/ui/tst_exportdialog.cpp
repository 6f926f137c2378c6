// The export dialog on real widgets: customers of checked selections, chosen columns, and e-mail addresses hashed
// as ad platforms require (SHA-256 of the trimmed, lower-cased value), written by a background export.
#include "model/database.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"
#include "testsupport.h"
#include "ui/export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Minimal RFC 4180 reader for the test's own files (no quoted line breaks in them).
QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields.append(field);
                field.clear();
            } else {
                field += c;
            }
        }
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

void checkOnly(QListWidget* list, const QStringList& texts)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(texts.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

// Shows the dialog once it has listed the saved segments and counted the customers.
bool showWhenReady(ExportDialog& dialog)
{
    QSignalSpy ready(&dialog, &ExportDialog::ready);
    dialog.show();
    return ready.wait(30000);
}

// Clicks Export and waits for the background export; false when it did not finish in time.
bool clickExport(ExportDialog& dialog, QPushButton* exportButton)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    return finished.wait(60000);
}

Selection countryIs(const char* code)
{
    QByteArray json = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"CODE"}]})";
    return Selection::definition(json.replace("CODE", code));
}

} // namespace

class TstExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<FieldInfo> m_fields;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("export.sqlite"));
        QString error;
        m_fields = test::writeCustomerWorkspace(m_workspace, 250, &error);
        QVERIFY2(!m_fields.isEmpty(), qPrintable(error));
    }

    void exportsHashedEmails()
    {
        const QList<NamedSelection> selections{
            {QStringLiteral("All customers"), {}, false},
            {QStringLiteral("Germany"), countryIs("DE"), false},
            {QStringLiteral("Austria"), countryIs("AT"), false},
        };
        ExportDialog dialog(m_workspace, m_fields, selections);
        QVERIFY(showWhenReady(dialog));

        auto* selectionList = dialog.findChild<QListWidget*>(QStringLiteral("selectionList"));
        auto* columns = dialog.findChild<QListWidget*>(QStringLiteral("columns"));
        auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
        auto* pii = dialog.findChild<QComboBox*>(QStringLiteral("piiPolicy"));
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("outputPath"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(selectionList && columns && format && pii && path && exportButton);

        checkOnly(selectionList, {QStringLiteral("Germany"), QStringLiteral("Austria")});
        checkOnly(columns, {QStringLiteral("id"), QStringLiteral("email (personal data)"), QStringLiteral("country")});
        format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
        pii->setCurrentIndex(pii->findData(int(PiiPolicy::Hash)));
        const QString output = m_dir.filePath(QStringLiteral("audience.csv"));
        path->setText(output);
        QVERIFY(exportButton->isEnabled());
        QVERIFY(clickExport(dialog, exportButton));
        const ExportReport report = dialog.lastReport();
        QVERIFY2(report.ok, qPrintable(report.error));

        // The reference: the same customers read with SQL, hashed here with Qt's SHA-256.
        auto db = Workspace::connect(m_workspace, true, nullptr);
        QVERIFY(db);
        Statement statement = db->prepare(
            QStringLiteral("SELECT id, email, country FROM customers WHERE country IN ('DE', 'AT') ORDER BY rowid"));
        QList<QStringList> expected{{QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("country")}};
        while (statement.next()) {
            const QByteArray normalised = statement.toString(1).trimmed().toLower().toUtf8();
            expected.append(
                {statement.toString(0),
                 QString::fromLatin1(QCryptographicHash::hash(normalised, QCryptographicHash::Sha256).toHex()),
                 statement.toString(2)});
        }
        QVERIFY(expected.size() > 2);
        QCOMPARE(report.rows, qint64(expected.size() - 1));
        QCOMPARE(readCsv(output), expected);
    }

    void explainsHashing()
    {
        ExportDialog dialog(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
        auto* pii = dialog.findChild<QComboBox*>(QStringLiteral("piiPolicy"));
        pii->setCurrentIndex(pii->findData(int(PiiPolicy::Hash)));
        bool explained = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            explained = explained
                || (label->text().contains(QStringLiteral("SHA-256"))
                    && label->text().contains(QStringLiteral("lower case")));
        QVERIFY(explained);
        // Without any selection checked there is nothing to export.
        auto* selectionList = dialog.findChild<QListWidget*>(QStringLiteral("selectionList"));
        checkOnly(selectionList, {});
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    }

    void formulaEscapingIsExplainedAndRemembered()
    {
        QSettings().remove(QStringLiteral("export/escapeFormulas"));
        {
            ExportDialog dialog(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
            auto* escape = dialog.findChild<QCheckBox*>(QStringLiteral("escapeFormulas"));
            QVERIFY(escape);
            QVERIFY(escape->isChecked()); // on by default
            QCOMPARE(dialog.options().formulas, FormulaPolicy::Escape);
            QVERIFY2(escape->toolTip().contains(QStringLiteral("formula"))
                         && escape->toolTip().contains(QStringLiteral("=")),
                     qPrintable(escape->toolTip()));
            escape->setChecked(false);
            QCOMPARE(dialog.options().formulas, FormulaPolicy::Keep);
            // Only CSV and TSV run formulas: the choice is off for XLSX and JSON.
            dialog.setFormat(ExportFormat::Xlsx);
            QVERIFY(!escape->isEnabled());
            dialog.setFormat(ExportFormat::Tsv);
            QVERIFY(escape->isEnabled());
        }
        ExportDialog again(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
        QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("escapeFormulas"))->isChecked());
        again.setFormulaPolicy(FormulaPolicy::Escape);
        QVERIFY(QSettings().value(QStringLiteral("export/escapeFormulas")).toBool());
    }

    // Machine forms unless the user picks "as shown"; only CSV and TSV have the choice.
    void asShownIsChosen()
    {
        ExportDialog dialog(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
        auto* asShown = dialog.findChild<QCheckBox*>(QStringLiteral("asShown"));
        auto* decimal = dialog.findChild<QComboBox*>(QStringLiteral("decimalMark"));
        QVERIFY(asShown && decimal);
        dialog.setFormat(ExportFormat::Csv);
        QVERIFY(!asShown->isChecked());
        QVERIFY(!dialog.options().asShown);
        asShown->setChecked(true);
        QVERIFY(dialog.options().asShown);
        QVERIFY(!decimal->isEnabled()); // the locale's mark is used
        dialog.setFormat(ExportFormat::Xlsx);
        QVERIFY(!asShown->isEnabled());
        QVERIFY(!dialog.options().asShown);
    }

    void refusesToOverwriteTheWorkspace()
    {
        ExportDialog dialog(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
        QVERIFY(showWhenReady(dialog));
        QFile workspace(m_workspace);
        QVERIFY(workspace.open(QIODevice::ReadOnly));
        const QByteArray before = workspace.readAll();
        workspace.close();
        for (const QString& target : {m_workspace, m_workspace + QStringLiteral("-wal")}) {
            dialog.setFormat(ExportFormat::Csv);
            dialog.setOutputPath(target);
            QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
            dialog.startExport();
            QVERIFY(finished.wait(60000));
            QVERIFY(!dialog.lastReport().ok);
            const QString status = dialog.findChild<QLabel*>(QStringLiteral("status"))->text();
            QVERIFY2(status.contains(QStringLiteral("would destroy the workspace")), qPrintable(status));
        }
        QVERIFY(workspace.open(QIODevice::ReadOnly));
        QCOMPARE(workspace.readAll(), before);
    }

    // Choosing a destination in the dialog writes the very file `swb export --preset … --pii … --default-country …`
    // writes, and the result message says who was left out.
    void presetGivesTheCliFile_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("suppression");
        QTest::addColumn<QString>("pii");
        QTest::addColumn<QString>("country");
        QTest::newRow("google-hashed") << int(ExportPreset::GoogleCustomerMatch) << int(SuppressionKind::None)
                                       << QStringLiteral("hash") << QStringLiteral("DE");
        QTest::newRow("meta-plain") << int(ExportPreset::MetaCustomAudience) << int(SuppressionKind::None)
                                    << QStringLiteral("keep") << QStringLiteral("DE");
        QTest::newRow("mailchimp") << int(ExportPreset::Mailchimp) << int(SuppressionKind::None)
                                   << QStringLiteral("keep") << QStringLiteral("FR");
        QTest::newRow("hubspot") << int(ExportPreset::Hubspot) << int(SuppressionKind::None) << QStringLiteral("keep")
                                 << QString();
        QTest::newRow("suppression-phone-meta") << int(ExportPreset::MetaCustomAudience) << int(SuppressionKind::Phone)
                                                << QStringLiteral("hash") << QStringLiteral("DE");
    }

    void presetGivesTheCliFile()
    {
        QFETCH(int, preset);
        QFETCH(int, suppression);
        QFETCH(QString, pii);
        QFETCH(QString, country);
        const QString workspace = m_dir.filePath(QStringLiteral("presets.sqlite"));
        if (!QFile::exists(workspace)) {
            const test::ProcessRun import = test::runSwb(
                {QStringLiteral("import"), QStringLiteral(SWB_TEST_DATA_DIR "/export/preset_customers.csv"),
                 QStringLiteral("--db"), workspace});
            QVERIFY2(import.exitCode == 0, import.err.constData());
        }
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString cliFile = m_dir.filePath(tag + QStringLiteral("-cli.csv"));
        QStringList arguments{QStringLiteral("export"),
                              QStringLiteral("--db"),
                              workspace,
                              QStringLiteral("--filter"),
                              QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}"),
                              QStringLiteral("--out"),
                              cliFile,
                              QStringLiteral("--pii"),
                              pii};
        arguments << QStringLiteral("--preset") << exportPresetName(ExportPreset(preset));
        if (suppression != int(SuppressionKind::None))
            arguments << QStringLiteral("--suppression") << suppressionName(SuppressionKind(suppression));
        if (!country.isEmpty())
            arguments << QStringLiteral("--default-country") << country;
        const test::ProcessRun cli = test::runSwb(arguments);
        QVERIFY2(cli.exitCode == 0, cli.err.constData());

        ExportDialog dialog(workspace, {}, {{QStringLiteral("All customers"), {}, false}});
        QVERIFY(showWhenReady(dialog));
        auto* destination = dialog.findChild<QComboBox*>(QStringLiteral("preset"));
        auto* piiBox = dialog.findChild<QComboBox*>(QStringLiteral("piiPolicy"));
        auto* countryEdit = dialog.findChild<QLineEdit*>(QStringLiteral("defaultCountry"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(destination && piiBox && countryEdit && exportButton);
        dialog.setDestination(ExportPreset(preset), SuppressionKind(suppression));
        QVERIFY(destination->currentIndex() > 0);
        // Hashes by default for Google, Meta and suppression lists, plain values for the e-mail tools (fixed there).
        const bool hashable = presetAllowsHashing(ExportPreset(preset));
        QCOMPARE(PiiPolicy(piiBox->currentData().toInt()), hashable ? PiiPolicy::Hash : PiiPolicy::Keep);
        QCOMPARE(piiBox->isEnabled(), hashable && suppression == int(SuppressionKind::None));
        if (piiBox->isEnabled())
            piiBox->setCurrentIndex(
                piiBox->findData(int(pii == QLatin1String("hash") ? PiiPolicy::Hash : PiiPolicy::Keep)));
        QTest::keyClicks(countryEdit, country.toLower());
        const QString dialogFile = m_dir.filePath(tag + QStringLiteral("-dialog.csv"));
        dialog.setOutputPath(dialogFile);
        QVERIFY(exportButton->isEnabled());
        QVERIFY(clickExport(dialog, exportButton));
        const ExportReport report = dialog.lastReport();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.leftOut > 0);
        const QString status = dialog.findChild<QLabel*>(QStringLiteral("status"))->text();
        QVERIFY2(status.contains(QStringLiteral("Left out")), qPrintable(status));

        QFile fromCli(cliFile);
        QFile fromDialog(dialogFile);
        QVERIFY(fromCli.open(QIODevice::ReadOnly) && fromDialog.open(QIODevice::ReadOnly));
        const QByteArray expected = fromCli.readAll();
        QVERIFY(expected.count('\n') > 10);
        QCOMPARE(fromDialog.readAll(), expected);
    }

    void savesWhereTheFolderExists()
    {
        // A home without a Documents folder (common on Linux): the proposed file goes where it can be written.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", oldHome); });

        ExportDialog dialog(m_workspace, m_fields, {{QStringLiteral("All customers"), {}, false}});
        QVERIFY(showWhenReady(dialog));
        auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("outputPath"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(path && status && exportButton);
        QVERIFY2(QFileInfo(QFileInfo(path->text()).absolutePath()).isDir(), qPrintable(path->text()));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY2(dialog.lastReport().ok, qPrintable(dialog.lastReport().error));
        QVERIFY(QFile::exists(path->text()));

        // A folder that does not exist is named, with what to do, before anything is written.
        const QString missing = home.filePath(QStringLiteral("Exports/list.csv"));
        path->setText(missing);
        finished.clear();
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(!finished.wait(300));
        QVERIFY2(status->text().contains(QDir::toNativeSeparators(home.filePath(QStringLiteral("Exports"))))
                     && status->text().contains(QStringLiteral("Browse")),
                 qPrintable(status->text()));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
