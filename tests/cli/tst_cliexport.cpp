// `swb export` with hostile outputs and contents: never onto the workspace, devices and pipes written in place,
// formulas escaped in CSV, unflagged personal data named, and user text with %1 in it shown as it is.
#include "model/export/exporttarget.h"
#include "tests/support/demoworkspace.h"
#include "tests/support/filechecks.h"
#include "tests/support/swbrunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace swb;

namespace {

using Run = test::ProcessRun;

Run runSwb(const QStringList& arguments)
{
    return test::runSwb(arguments, 120000);
}

using test::fileHash;
using test::isCharacterDevice;

} // namespace

class TstCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_segment = QStringLiteral("DACH win-back");

    QString file(const QString& name) const { return m_dir.filePath(name); }

    Run exportTo(const QString& out, const QStringList& more = {})
    {
        return runSwb(QStringList{QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                                  m_segment, QStringLiteral("--out"), out}
                      + more);
    }

private slots:
    void initTestCase()
    {
        m_db = file(QStringLiteral("t.sqlite"));
        QString error;
        QVERIFY2(!test::makeDemoWorkspace(m_db, 1500, &error, 5).isEmpty(), qPrintable(error));
    }

    void refusesTheWorkspace_data()
    {
        QTest::addColumn<QString>("out");
        QTest::newRow("itself") << QStringLiteral("t.sqlite");
        QTest::newRow("dot-slash") << QStringLiteral("./t.sqlite");
        QTest::newRow("wal") << QStringLiteral("t.sqlite-wal");
        QTest::newRow("shm") << QStringLiteral("t.sqlite-shm");
        QTest::newRow("journal") << QStringLiteral("t.sqlite-journal");
        QTest::newRow("symlink") << QStringLiteral("link.csv");
        QTest::newRow("hard-link") << QStringLiteral("hard.csv");
    }

    void refusesTheWorkspace()
    {
        QFETCH(QString, out);
        QFile::link(m_db, file(QStringLiteral("link.csv")));
        ::link(QFile::encodeName(m_db).constData(), QFile::encodeName(file(QStringLiteral("hard.csv"))).constData());
        const QByteArray before = fileHash(m_db);
        // Relative names are relative to the working folder, as in the shell.
        const QString current = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const Run run = runSwb({QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("t.sqlite"),
                                QStringLiteral("--segment"), m_segment, QStringLiteral("--out"), out});
        QDir::setCurrent(current);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("the export would destroy the workspace") && run.err.contains(out.toUtf8()),
                 run.err.constData());
        QCOMPARE(fileHash(m_db), before);
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-journal")));
        const Run count = runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--filter"),
                                  QStringLiteral(R"({"combinator":"and","rules":[]})")});
        QVERIFY2(count.exitCode == 0 && count.out.trimmed() == "1500", count.err.constData());
    }

    void writesToStandardOutput()
    {
        const Run run = exportTo(QStringLiteral("/dev/stdout"),
                                 {QStringLiteral("--columns"), QStringLiteral("customer_id,country")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The header row holds the demo file's headers (--headers original, the default).
        QVERIFY2(run.out.startsWith("Customer ID,Country\r\n"), run.out.left(200).constData());
        const qsizetype rows = run.out.count("\r\n") - 1;
        QVERIFY(rows > 0);
        // The summary goes to stderr, so stdout holds the file alone.
        QVERIFY2(run.err.contains("Exported " + QByteArray::number(rows) + " customer"), run.err.constData());

        const Run json = exportTo(QStringLiteral("/dev/stdout"), {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 2);
        QVERIFY2(json.err.contains("standard output"), json.err.constData());
    }

    void writesDevicesInPlace()
    {
        // Run only where the export is known to write in place: a regression must not replace a device node.
        QString error;
        for (const char* device : {"/dev/null", "/dev/full"}) {
            const auto target = ExportTarget::resolve(QString::fromLatin1(device), m_db, &error);
            QVERIFY(target && target->isStream());
        }
        const Run null = exportTo(QStringLiteral("/dev/null"));
        QVERIFY2(null.exitCode == 0, null.err.constData());
        QVERIFY(isCharacterDevice("/dev/null"));
        for (const char* format : {"csv", "xlsx", "json"}) {
            const Run full = exportTo(QStringLiteral("/dev/full"), {QStringLiteral("--format"), QLatin1String(format)});
            QCOMPARE(full.exitCode, 1);
            QVERIFY2(full.err.contains("the disk is full"), full.err.constData());
            QVERIFY(isCharacterDevice("/dev/full"));
        }
    }

    void folderTargetsAreExplained()
    {
        const Run folder = exportTo(m_dir.path());
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains("is a folder"), folder.err.constData());
        const Run missing = exportTo(file(QStringLiteral("no/such/list.csv")));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("does not exist") && missing.err.contains("Create it"), missing.err.constData());
        QVERIFY(!QFile::exists(file(QStringLiteral("no"))));
    }

    void formulasOption()
    {
        const QString csv = file(QStringLiteral("formulas.csv"));
        QFile input(csv);
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("customer_id,note,score\n"
                    "K1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5\n"
                    "K2,+cmd|' /C calc'!A0,3\n"
                    "K3,@SUM(1),4\n"
                    "K4,-2+3,5\n"
                    "K5,plain,6\n");
        input.close();
        const QString ws = file(QStringLiteral("formulas.sqlite"));
        const Run imported = runSwb({QStringLiteral("import"), csv, QStringLiteral("--db"), ws});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QString all = QStringLiteral(R"({"combinator":"and","rules":[]})");

        const Run escaped = runSwb({QStringLiteral("export"), QStringLiteral("--db"), ws, QStringLiteral("--filter"),
                                    all, QStringLiteral("--out"), QStringLiteral("/dev/stdout")});
        QVERIFY2(escaped.exitCode == 0, escaped.err.constData());
        QCOMPARE(escaped.out,
                 QByteArray("customer_id,note,score\r\n"
                            "K1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5\r\n"
                            "K2,'+cmd|' /C calc'!A0,3\r\n"
                            "K3,'@SUM(1),4\r\n"
                            "K4,'-2+3,5\r\n"
                            "K5,plain,6\r\n"));
        const Run kept = runSwb({QStringLiteral("export"), QStringLiteral("--db"), ws, QStringLiteral("--filter"), all,
                                 QStringLiteral("--out"), QStringLiteral("/dev/stdout"), QStringLiteral("--formulas"),
                                 QStringLiteral("keep")});
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        QVERIFY2(kept.out.contains("\r\nK4,-2+3,5\r\n") && kept.out.contains("\r\nK3,@SUM(1),4\r\n"),
                 kept.out.constData());

        const Run bad = exportTo(file(QStringLiteral("x.csv")), {QStringLiteral("--formulas"), QStringLiteral("off")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("\"off\"") && bad.err.contains("escape") && bad.err.contains("keep"),
                 bad.err.constData());
        QVERIFY(!QFile::exists(file(QStringLiteral("x.csv"))));
    }

    void warnsAboutUnflaggedPersonalData()
    {
        const QString ws = file(QStringLiteral("pii.sqlite"));
        QVERIFY(QFile::copy(m_db, ws));
        const Run unflag = runSwb({QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--set-role"),
                                   QStringLiteral("email=none")});
        QVERIFY2(unflag.exitCode == 0, unflag.err.constData());
        const Run run
            = runSwb({QStringLiteral("export"), QStringLiteral("--db"), ws, QStringLiteral("--segment"), m_segment,
                      QStringLiteral("--out"), QStringLiteral("/dev/stdout"), QStringLiteral("--columns"),
                      QStringLiteral("customer_id,email"), QStringLiteral("--pii"), QStringLiteral("hash")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.out.contains('@'), run.out.left(300).constData());
        const QStringList lines = QString::fromUtf8(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        static const QRegularExpression hex(QStringLiteral("^[^,]+,([0-9a-f]{64})?$"));
        QVERIFY(lines.size() > 1);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(hex.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
        QVERIFY2(run.err.contains("swb: warning: The column") && run.err.contains("(email)")
                     && run.err.contains("hashed") && run.err.contains("--set-role email=email"),
                 run.err.constData());
    }

    void percentSignsInUserText()
    {
        // Segment names, file names and column names are shown as they are, %1 and all.
        const QString name = QStringLiteral("50%1 off %2");
        const Run saved = runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--name"), name, QStringLiteral("--filter"),
                                  QStringLiteral(R"({"combinator":"and","rules":[]})")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QString out = file(QStringLiteral("list %1 %2.csv"));
        const Run run = runSwb({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                                name, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out.trimmed()), QStringLiteral("Exported 1500 customer(s) to %1.").arg(out));

        const Run unknownColumn
            = exportTo(file(QStringLiteral("y.csv")), {QStringLiteral("--columns"), QStringLiteral("a%1b")});
        QCOMPARE(unknownColumn.exitCode, 1);
        QVERIFY2(unknownColumn.err.contains("no column \"a%1b\""), unknownColumn.err.constData());
        const Run folder = exportTo(file(QStringLiteral("%1%2/x.csv")));
        QVERIFY2(folder.err.contains("%1%2/x.csv") && folder.err.contains("does not exist"), folder.err.constData());
        const Run workspace = runSwb({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--segment"), name, QStringLiteral("--out"), m_db});
        QVERIFY2(workspace.err.contains(m_db.toUtf8() + " is the workspace"), workspace.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliExport)
#include "tst_cliexport.moc"
