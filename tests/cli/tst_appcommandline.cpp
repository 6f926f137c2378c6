// The command line of `segment-workbench` end to end: `--segment` opens a demo segment in the builder and
// `--screenshot` writes the window once the count has arrived (`--page clusters`: once a clustering run is drawn);
// wrong arguments give clear errors and exit codes.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include "model/database.h"
#include "model/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = swb::test::ProcessRun;

// The tests run offscreen (QT_QPA_PLATFORM is set for them), and so do the programs they start.
Run execute(const QString& program, const QStringList& arguments)
{
    return swb::test::runProgram(program, arguments, 180000);
}

// Width and height from a PNG's IHDR chunk; {0, 0} when the file is not a PNG.
QSize pngSize(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    auto be32 = [&](int at) {
        return int(quint32(quint8(head[at])) << 24 | quint32(quint8(head[at + 1])) << 16
                   | quint32(quint8(head[at + 2])) << 8 | quint32(quint8(head[at + 3])));
    };
    return {be32(16), be32(20)};
}

QString app()
{
    return QStringLiteral(SWB_BIN_DIR "/segment-workbench");
}

} // namespace

class TstAppCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_segments;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(app()), "build the segment-workbench target first");
        // Settings (recent workspaces, window layout) go to the test's own folder, not the user's.
        qputenv("XDG_CONFIG_HOME", file(QStringLiteral("config")).toUtf8());
        m_db = file(QStringLiteral("demo.sqlite"));
        QString error;
        m_segments = swb::test::makeDemoWorkspace(m_db, 2000, &error);
        QVERIFY2(m_segments.size() == 3, qPrintable(error));
    }

    void demoSegmentsAreSavedAndCountable()
    {
        const Run list = execute(swb::test::swbPath(),
                                 {QStringLiteral("segment"), QStringLiteral("list"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        for (const QString& name : std::as_const(m_segments))
            QVERIFY2(list.out.contains(name.toUtf8()), qPrintable(name));
    }

    void segmentOpensInBuilderAndScreenshotIsWritten_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("first") << 0;
        QTest::newRow("nested-not") << 1;
    }

    void segmentOpensInBuilderAndScreenshotIsWritten()
    {
        QFETCH(int, index);
        const QString png = file(QStringLiteral("builder-%1.png").arg(index));
        const Run run = execute(
            app(), {m_db, QStringLiteral("--segment"), m_segments.at(index), QStringLiteral("--screenshot"), png});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QSize size = pngSize(png);
        QVERIFY2(size.width() >= 800 && size.height() >= 500, "the screenshot is not a PNG of the window");
    }

    // `--page rfm` on a workspace never scored runs the analysis once, so the screenshot shows a finished run; a
    // second screenshot shows that run again without scoring anew.
    void rfmPageScreenshotShowsAFinishedRun()
    {
        auto runs = [this] {
            auto db = swb::Workspace::connect(m_db, true, nullptr);
            return db && db->tableExists(QStringLiteral("rfm_runs"))
                ? db->scalar(QStringLiteral("SELECT count(*) FROM rfm_runs")).toLongLong()
                : qint64(-1);
        };
        QCOMPARE(runs(), qint64(0));
        for (const char* language : {"en", "de"}) {
            const QString png = file(QStringLiteral("rfm-%1.png").arg(QLatin1String(language)));
            const Run run = execute(app(),
                                    {m_db, QStringLiteral("--page"), QStringLiteral("rfm"), QStringLiteral("--lang"),
                                     QLatin1String(language), QStringLiteral("--screenshot"), png});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QSize size = pngSize(png);
            QVERIFY2(size.width() >= 800 && size.height() >= 500, "the screenshot is not a PNG of the window");
            QCOMPARE(runs(), qint64(1));
        }
        auto db = swb::Workspace::connect(m_db, true, nullptr);
        QVERIFY(db);
        QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE rfm_group IS NOT NULL")).toLongLong()
                > 0);
    }

    void clustersPageScreenshotShowsAFinishedRun()
    {
        // No run saved yet: the page runs one with the default fields, records it, and is shot once it is drawn; the
        // second start reopens that run instead of making another.
        auto runs = [this] {
            const Run count
                = execute(QStringLiteral("sqlite3"), {m_db, QStringLiteral("SELECT COUNT(*) FROM cluster_runs")});
            return count.exitCode == 0 ? count.out.trimmed().toInt() : -1;
        };
        const int before = runs();
        QVERIFY(before >= 0);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            const QString png = file(QStringLiteral("clusters-%1.png").arg(language));
            const Run run = execute(app(),
                                    {m_db, QStringLiteral("--page"), QStringLiteral("clusters"),
                                     QStringLiteral("--lang"), language, QStringLiteral("--screenshot"), png});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QSize size = pngSize(png);
            QVERIFY2(size.width() >= 800 && size.height() >= 500, "the screenshot is not a PNG of the window");
            QCOMPARE(runs(), before == 0 ? 1 : before);
        }
    }

    void unknownSegmentFailsWithItsName()
    {
        const QString png = file(QStringLiteral("missing.png"));
        const Run run = execute(app(),
                                {m_db, QStringLiteral("--segment"), QStringLiteral("No such segment"),
                                 QStringLiteral("--screenshot"), png});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No such segment"), run.err.constData());
        QVERIFY(!QFile::exists(png));
    }

    void segmentWithAnotherPageIsAUsageError()
    {
        const Run run = execute(
            app(),
            {m_db, QStringLiteral("--segment"), m_segments.at(0), QStringLiteral("--page"), QStringLiteral("export")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--segment"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstAppCommandLine)
#include "tst_appcommandline.moc"
