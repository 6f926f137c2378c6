// The window on a PostgreSQL workspace (issue 19): File → Connect to Server… is filled in and clicked as a user
// does; a port where no server listens is refused in the dialog with what to do; then the builder's definition is
// counted on the server (against a hand-written count(*) on the same server), saved as a segment (the server's
// `segments` row read back) and exported from the export dialog (the file's keys against a hand-written SELECT).
// The saved profile is in the settings, its password is not.
#include "model/analytics/kpiservice.h"
#include "model/analytics/overlapservice.h"
#include "model/jobs/workspacesession.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/serverprofile.h"
#include "testsupport_pg.h"
#include "ui/export/exportdialog.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/mainwindow.h"
#include "ui/segments/segmentsdock.h"
#include "ui/server/serverconnectdialog.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUrl>

using namespace swb;

class TstPgGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    ServerProfile m_profile;
    QString m_file;
    QStringList m_segments;
    static constexpr auto s_password = "pw-not-in-settings-4711";
    static constexpr auto s_definition = R"({"combinator":"and","rules":[)"
                                         R"({"field":"country","operator":"in","value":["DE","AT"]},)"
                                         R"({"field":"age","operator":">=","value":30}]})";
    static constexpr auto s_where = "country IN ('DE', 'AT') AND age >= 30";

    // Fills the dialog as a user types it and clicks Connect.
    static void fillAndConnect(ServerConnectDialog* dialog, const ServerProfile& profile,
                               const QString& password = QString::fromLatin1(s_password))
    {
        dialog->setProfile(profile);
        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), password);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    }

    QString serverSql(const QString& sql)
    {
        QString error;
        auto connection = PgConnection::open(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), &error);
        if (!connection)
            return QStringLiteral("<%1>").arg(error);
        const auto rows = connection->query(sql, {}, &error);
        if (!rows)
            return QStringLiteral("<%1>").arg(error);
        QStringList values;
        for (int row = 0; row < rows->rowCount(); ++row)
            values << rows->text(row, 0);
        return values.join(QLatin1Char('\n'));
    }

    bool serverExec(const QString& sql)
    {
        QString error;
        auto connection = PgConnection::open(m_servers.value(QStringLiteral("SWB_PG_PLAIN")), &error);
        if (!connection || !connection->exec(sql, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 3000, 23, &m_servers, &m_segments, &error), qPrintable(error));
        QVERIFY(m_segments.size() >= 2);
        const QUrl url(m_servers.value(QStringLiteral("SWB_PG_PLAIN")));
        m_profile.name = QStringLiteral("Test server");
        m_profile.host = url.host();
        m_profile.port = url.port();
        m_profile.database = url.path().mid(1);
        m_profile.user = url.userName();
        m_profile.sslMode = QStringLiteral("disable");
    }

    // The Dashboard's services on the server give what they give on the workspace file of the same data.
    void dashboardServicesMatchTheFile()
    {
        const QString uri = m_servers.value(QStringLiteral("SWB_PG_PLAIN"));
        const KpiOutcome onServer = KpiService::compute(uri, m_segments, std::nullopt);
        const KpiOutcome onFile = KpiService::compute(m_file, m_segments, std::nullopt);
        QVERIFY2(onServer.report && onFile.report, qPrintable(onServer.error + onFile.error));
        QCOMPARE(QJsonDocument(onServer.report->toJson()).toJson(), QJsonDocument(onFile.report->toJson()).toJson());
        const OverlapOutcome serverOverlap = OverlapService::compute(uri, m_segments);
        const OverlapOutcome fileOverlap = OverlapService::compute(m_file, m_segments);
        QVERIFY2(serverOverlap.matrix && fileOverlap.matrix, qPrintable(serverOverlap.error + fileOverlap.error));
        QCOMPARE(serverOverlap.matrix->names, fileOverlap.matrix->names);
        QCOMPARE(serverOverlap.matrix->counts, fileOverlap.matrix->counts);
    }

    void refusedConnectionStaysInTheDialog()
    {
        MainWindow window;
        window.show();
        ServerConnectDialog* dialog = window.showConnectDialog();
        QVERIFY(dialog);
        QSignalSpy failed(dialog, &ServerConnectDialog::connectFailed);
        ServerProfile closed = m_profile;
        closed.port = 1; // nobody listens there
        fillAndConnect(dialog, closed);
        QVERIFY(failed.wait(20000));
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("No PostgreSQL server answers")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.session()->isOpen());
        dialog->reject();
    }

    void connectBuildCountSaveExport()
    {
        MainWindow window;
        window.show();
        ServerConnectDialog* dialog = window.showConnectDialog();
        QVERIFY(dialog);
        QSignalSpy opened(window.session(), &WorkspaceSession::opened);
        fillAndConnect(dialog, m_profile);
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.session()->path(), m_profile.uri());
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("swb on ")), qPrintable(window.windowTitle()));
        QCOMPARE(window.session()->summary().customerCount, 3000);

        // The profile is saved without its password; the import wizard (files only so far) is disabled.
        const QList<ServerProfile> saved = ServerProfiles::load();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().port, m_profile.port);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(s_password));
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QLatin1String("&Import…"))
                QVERIFY(!action->isEnabled());
        }

        // Build and count: the builder's count comes from the server.
        window.showPage(MainWindow::Page::Builder);
        SegmentBuilderPage* builder = window.builderPage();
        QSignalSpy counted(builder, &SegmentBuilderPage::countChanged);
        QString error;
        QVERIFY2(builder->setDefinitionJson(s_definition, &error), qPrintable(error));
        const QString expected
            = serverSql(QStringLiteral("SELECT count(*) FROM customers WHERE %1").arg(QLatin1String(s_where)));
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && counted.last().at(0).toLongLong() == expected.toLongLong(),
                                 20000);
        QVERIFY(expected.toLongLong() > 0 && expected.toLongLong() < 3000);

        // Save: the segment is on the server, and in the dock.
        QSignalSpy savedSpy(builder, &SegmentBuilderPage::segmentSaved);
        QVERIFY2(builder->saveAs(QStringLiteral("DACH 30+"), &error), qPrintable(error));
        QVERIFY(savedSpy.wait(20000));
        QCOMPARE(serverSql(QStringLiteral("SELECT kind FROM segments WHERE name = 'DACH 30+'")),
                 QStringLiteral("dynamic"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->segments()->find(QStringLiteral("DACH 30+")).has_value(), 10000);

        // Export the segment from the dialog: the file holds exactly the server's customers of the definition.
        ExportDialog* exportDialog = window.showExportDialog();
        QVERIFY(exportDialog);
        QSignalSpy ready(exportDialog, &ExportDialog::ready);
        QVERIFY(ready.wait(20000));
        exportDialog->setCheckedSelections({QStringLiteral("DACH 30+")});
        const QString output = m_dir.filePath(QStringLiteral("dach.csv"));
        exportDialog->setOutputPath(output);
        QSignalSpy finished(exportDialog, &ExportDialog::exportFinished);
        exportDialog->startExport();
        QVERIFY(finished.wait(30000));
        const ExportReport report = exportDialog->lastReport();
        QVERIFY2(report.ok, qPrintable(report.error));
        QFile csv(output);
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        QTextStream in(&csv);
        const QStringList header = in.readLine().split(QLatin1Char(','));
        const qsizetype keyColumn = header.indexOf(QStringLiteral("Customer ID"));
        QVERIFY2(keyColumn >= 0, qPrintable(header.join(QLatin1Char(','))));
        QStringList keys;
        while (!in.atEnd())
            keys << in.readLine().split(QLatin1Char(',')).value(keyColumn);
        std::sort(keys.begin(), keys.end());
        QCOMPARE(
            keys.join(QLatin1Char('\n')),
            serverSql(QStringLiteral("SELECT customer_id FROM customers WHERE %1 ORDER BY customer_id COLLATE \"C\"")
                          .arg(QLatin1String(s_where))));
        exportDialog->reject();
    }

    // The role swb_password logs in with a password only (scripts/pg-test-servers.sh) and may only read here.
    void wrongPasswordIsAskedAgain()
    {
        QVERIFY(serverExec(QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'swb_password') THEN CREATE ROLE "
            "swb_password LOGIN; END IF; END $$; ALTER ROLE swb_password PASSWORD 'right-pw-1'; GRANT SELECT ON ALL "
            "TABLES IN SCHEMA public TO swb_password")));
        MainWindow window;
        window.show();
        ServerConnectDialog* dialog = window.showConnectDialog();
        QSignalSpy failed(dialog, &ServerConnectDialog::connectFailed);
        QSignalSpy opened(window.session(), &WorkspaceSession::opened);
        ServerProfile reader = m_profile;
        reader.user = QStringLiteral("swb_password");
        fillAndConnect(dialog, reader, QStringLiteral("wrong-pw"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("The server refused the password")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        fillAndConnect(dialog, reader, QStringLiteral("right-pw-1"));
        QVERIFY(opened.wait(30000));
        QCOMPARE(window.session()->summary().customerCount, 3000);

        // A role that may only read: Save is disabled and says why; a save asked for anyway is refused by the server.
        SegmentBuilderPage* builder = window.builderPage();
        QAction* save = nullptr;
        for (QAction* action : builder->actions()) {
            if (action->text() == QLatin1String("Save segment"))
                save = action;
        }
        QVERIFY(save);
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QLatin1String("may only read")), qPrintable(save->toolTip()));
        QSignalSpy saveFailed(builder, &SegmentBuilderPage::saveFailed);
        QString error;
        QVERIFY2(builder->setDefinitionJson(s_definition, &error), qPrintable(error));
        builder->saveAs(QStringLiteral("Not allowed"), &error);
        QTRY_VERIFY_WITH_TIMEOUT(!saveFailed.isEmpty() || !error.isEmpty(), 20000);
        const QString message = saveFailed.isEmpty() ? error : saveFailed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("This role may only read this workspace")), qPrintable(message));
    }

    void customersPageSaysWhatWorks()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &WorkspaceSession::opened);
        window.openWorkspace(m_profile.uri());
        QVERIFY(opened.wait(30000));
        // A workspace with segments opens on the Dashboard (a moment after `opened`); then the user goes back.
        QTRY_COMPARE(window.currentPage(), MainWindow::Page::Dashboard);
        window.showPage(MainWindow::Page::Customers);
        // Not SQLite's "unable to open database file": what works on a server instead, and it stays.
        auto says = [&] {
            for (QLabel* label : window.findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(QLatin1String("Customers on a PostgreSQL server")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(says(), 20000);
        QTest::qWait(300);
        QVERIFY(says());
    }
};

QTEST_MAIN(TstPgGui)
#include "tst_pggui.moc"
