// Hostile and careless export targets and options for `swb export`: the workspace itself and its journal files (also
// through links), devices, folders, missing and read-only places, a full disk, bad option values, unknown segments,
// cells that a spreadsheet would run as formulas, and hashing an e-mail column whose role was removed. A refusal must
// say what to do, leave the workspace as it was and no partial file behind.
#include "testsupport_hostile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace swb::test;

Q_DECLARE_METATYPE(swb::test::Outcome)

namespace {

const QString s_segment = QStringLiteral("DACH win-back");

// The cells of a CSV file as Python's csv module reads them, one line of tab-separated cells per record; tabs and
// line breaks inside a cell are written as \t, \r and \n.
QString pythonCells(const QString& file)
{
    const QString script = QStringLiteral(
        "import csv, sys\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    for row in csv.reader(f):\n"
        "        print('\\t'.join(c.replace('\\t', '\\\\t').replace('\\r', '\\\\r').replace('\\n', '\\\\n') "
        "for c in row))\n");
    QProcess process;
    process.start(QStringLiteral(SWB_PYTHON), {QStringLiteral("-c"), script, file});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TstHostileExport : public QObject
{
    Q_OBJECT

private:
    HostileFixture m_fixture;
    int m_cases = 0;

    // Partial files (.NAME.XXXX.part) the exporter writes before it renames them.
    QStringList partialFiles(const QString& folder) const
    {
        return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.init(&error), qPrintable(error));
        QVERIFY(QDir(m_fixture.dir()).mkpath(QStringLiteral("a-folder")));
        QVERIFY(
            QFile::link(m_fixture.path(QStringLiteral("case.sqlite")), m_fixture.path(QStringLiteral("link.sqlite"))));
    }

    void cleanupTestCase() { qInfo("hostile export cases run: %d", m_cases); }

    void refusesOrWrites_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QStringList>("says");
        const auto row = [](const char* tag, const QStringList& extra, Outcome outcome, const QStringList& says = {}) {
            QTest::newRow(tag) << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("{ws}")}
                    + extra << outcome
                               << says;
        };
        const QString out = QStringLiteral("--out");
        const QString segment = QStringLiteral("--segment");
        const QStringList dach{segment, s_segment};
        const QStringList destroy = words({"would destroy the workspace", "Choose another file name"});

        row("the workspace", dach + QStringList{out, QStringLiteral("{ws}")}, Outcome::Failure, destroy);
        row("its -wal", dach + QStringList{out, QStringLiteral("{ws}-wal")}, Outcome::Failure, destroy);
        row("its -shm", dach + QStringList{out, QStringLiteral("{ws}-shm")}, Outcome::Failure, destroy);
        row("its -journal", dach + QStringList{out, QStringLiteral("{ws}-journal")}, Outcome::Failure, destroy);
        row("a symlink to it", dach + QStringList{out, QStringLiteral("{dir}/link.sqlite")}, Outcome::Failure, destroy);
        row("a hard link to it", dach + QStringList{out, QStringLiteral("{dir}/hard.sqlite")}, Outcome::Failure,
            destroy);
        row("the workspace as xlsx",
            dach + QStringList{out, QStringLiteral("{ws}"), QStringLiteral("--format"), QStringLiteral("xlsx")},
            Outcome::Failure, destroy);
        row("/dev/null", dach + QStringList{out, QStringLiteral("/dev/null")}, Outcome::Success);
        row("/dev/full", dach + QStringList{out, QStringLiteral("/dev/full")}, Outcome::Failure,
            words({"disk is full"}));
        // The header row holds the demo file's headers ("Customer ID"; --headers original is the default).
        row("/dev/stdout", dach + QStringList{out, QStringLiteral("/dev/stdout")}, Outcome::Success,
            words({"Customer ID", "Exported"}));
        row("- (standard output)", dach + QStringList{out, QStringLiteral("-")}, Outcome::Success,
            words({"Customer ID", "Exported"}));
        row("/dev/stdout with --json", dach + QStringList{out, QStringLiteral("/dev/stdout"), QStringLiteral("--json")},
            Outcome::Usage, words({"standard output"}));
        row("a folder", dach + QStringList{out, QStringLiteral("{dir}/a-folder")}, Outcome::Failure,
            words({"folder", "choose a file name"}));
        row("a missing folder", dach + QStringList{out, QStringLiteral("{dir}/missing/x.csv")}, Outcome::Failure,
            words({"does not exist", "Create it"}));

        const QStringList toFile = dach + QStringList{out, QStringLiteral("{dir}/out.csv")};
        row("--format doc", toFile + QStringList{QStringLiteral("--format"), QStringLiteral("doc")}, Outcome::Usage,
            words({"\"doc\"", "csv, tsv, xlsx or json"}));
        row("--format empty", toFile + QStringList{QStringLiteral("--format=")}, Outcome::Usage,
            words({"csv, tsv, xlsx or json"}));
        row("--pii scramble", toFile + QStringList{QStringLiteral("--pii"), QStringLiteral("scramble")}, Outcome::Usage,
            words({"scramble", "keep, omit, mask or hash"}));
        row("--formulas strip", toFile + QStringList{QStringLiteral("--formulas"), QStringLiteral("strip")},
            Outcome::Usage, words({"strip", "escape", "keep"}));
        row("--columns unknown", toFile + QStringList{QStringLiteral("--columns"), QStringLiteral("nope,email")},
            Outcome::Failure, words({"\"nope\"", "Columns:"}));
        row("--columns with %1", toFile + QStringList{QStringLiteral("--columns"), QStringLiteral("e%1x")},
            Outcome::Failure, words({"\"e%1x\""}));
        row("unknown segment", {segment, QStringLiteral("nope%1"), out, QStringLiteral("{dir}/out.csv")},
            Outcome::Failure, words({"\"nope%1\"", "swb segment list"}));
        row("neither segment nor filter", {out, QStringLiteral("{dir}/out.csv")}, Outcome::Usage,
            words({"--segment or --filter"}));
        row("a filter that is not JSON",
            {QStringLiteral("--filter"), QStringLiteral("{"), out, QStringLiteral("{dir}/out.csv")}, Outcome::Refused,
            words({"JSON"}));
    }

    void refusesOrWrites()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Outcome, outcome);
        QFETCH(QStringList, says);
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("case.sqlite"));
        const QString hard = m_fixture.path(QStringLiteral("hard.sqlite"));
        QFile::remove(hard);
        QVERIFY(::link(QFile::encodeName(ws).constData(), QFile::encodeName(hard).constData()) == 0);
        const QByteArray before = HostileFixture::contentHash(ws);
        const HostileRun run = HostileFixture::swb(m_fixture.expand(arguments, ws), 60);
        const QString verdict = HostileFixture::judge(run, outcome, says);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QCOMPARE(HostileFixture::contentHash(ws), before);
        // The one change an export makes: a row in the export log when it succeeded, none otherwise.
        QCOMPARE(HostileFixture::sqlite3(ws, QStringLiteral("SELECT count(*) FROM export_log")),
                 QByteArray(outcome == Outcome::Success ? "1" : "0"));
        QCOMPARE(partialFiles(m_fixture.dir()), QStringList());
        if (outcome != Outcome::Success)
            QVERIFY(!QFile::exists(m_fixture.path(QStringLiteral("out.csv"))));
        QVERIFY(!QFile::exists(QStringLiteral("-")));
    }

    // Under a file size limit of 64 KB (RLIMIT_FSIZE, as a full disk): a message, no partial file, no crash.
    void fileSizeLimit_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : {"csv", "tsv", "xlsx", "json"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void fileSizeLimit()
    {
        QFETCH(QString, format);
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("limit.sqlite"));
        const QString target = m_fixture.path(QStringLiteral("limited.") + format);
        const HostileRun run
            = HostileFixture::run(QStringLiteral("prlimit"),
                                  {QStringLiteral("--fsize=65536"), QStringLiteral(SWB_BIN_DIR "/swb"),
                                   QStringLiteral("export"), QStringLiteral("--db"), ws, QStringLiteral("--filter"),
                                   QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}"), QStringLiteral("--out"),
                                   target, QStringLiteral("--format"), format});
        const QString verdict
            = HostileFixture::judge(run, Outcome::Failure, words({"larger than", "No partial file was left"}));
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(partialFiles(m_fixture.dir()), QStringList());
    }

    // A folder and a file its user cannot write (run as nobody: root may write anything).
    void readOnlyTargets()
    {
        ++m_cases;
        if (geteuid() != 0)
            QSKIP("needs root to run swb as another user");
        const QString mine = m_fixture.path(QStringLiteral("nobody"));
        const QString theirs = m_fixture.path(QStringLiteral("root-only"));
        QVERIFY(QDir().mkpath(mine) && QDir().mkpath(theirs));
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("nobody/ws.sqlite"));
        const QString readOnlyFile = m_fixture.writeFile(QStringLiteral("nobody/old.csv"), "kept\n");
        QVERIFY(chown(QFile::encodeName(mine).constData(), 65534, 65534) == 0);
        QVERIFY(chown(QFile::encodeName(ws).constData(), 65534, 65534) == 0);
        chmod(QFile::encodeName(m_fixture.dir()).constData(), 0711);
        chmod(QFile::encodeName(theirs).constData(), 0755);
        chmod(QFile::encodeName(readOnlyFile).constData(), 0644);
        chmod(SWB_BIN_DIR, 0755);
        const auto exportAsNobody = [&](const QString& target) {
            return HostileFixture::run(QStringLiteral("setpriv"),
                                       {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                        QStringLiteral("--clear-groups"), QStringLiteral(SWB_BIN_DIR "/swb"),
                                        QStringLiteral("export"), QStringLiteral("--db"), ws,
                                        QStringLiteral("--segment"), s_segment, QStringLiteral("--out"), target});
        };
        const HostileRun folder = exportAsNobody(theirs + QStringLiteral("/x.csv"));
        const HostileRun file = exportAsNobody(readOnlyFile);
        const HostileRun allowed = exportAsNobody(mine + QStringLiteral("/new.csv"));
        chmod(QFile::encodeName(m_fixture.dir()).constData(), 0700);
        QString verdict
            = HostileFixture::judge(folder, Outcome::Failure, words({"not allowed", "Choose another folder"}));
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        verdict = HostileFixture::judge(file, Outcome::Failure, words({"read-only", "make it writable"}));
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        verdict = HostileFixture::judge(allowed, Outcome::Success);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict)); // the workspace itself was usable
        QFile kept(readOnlyFile);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept\n"));
        QCOMPARE(partialFiles(mine), QStringList());
    }

    // Cells that a spreadsheet would run as formulas get a leading ' (the default --formulas escape) and stay as
    // they are with --formulas keep; read back with Python's csv module.
    void formulaCellsEscaped()
    {
        ++m_cases;
        const QString csv = m_fixture.writeFile(QStringLiteral("formulas.csv"),
                                                "customer_id,first_name,note\nX1,=1+2,\"=HYPERLINK(\"\"http://"
                                                "x\"\")\"\nX2,+SUM(A1),-2+3\nX3,@cmd,\"\t=1\"\n"
                                                "X4,Ann,\"\r=1\"\nX5,Bo,plain\n");
        const QString ws = m_fixture.path(QStringLiteral("formulas.sqlite"));
        const HostileRun import = HostileFixture::swb({QStringLiteral("import"), csv, QStringLiteral("--db"), ws});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QString filter = QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}");
        for (const QString& policy : {QStringLiteral("escape"), QStringLiteral("keep")}) {
            const QString target = m_fixture.path(QStringLiteral("formulas-%1.csv").arg(policy));
            const HostileRun run
                = HostileFixture::swb({QStringLiteral("export"), QStringLiteral("--db"), ws, QStringLiteral("--filter"),
                                       filter, QStringLiteral("--out"), target, QStringLiteral("--formulas"), policy});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QString p = policy == QLatin1String("escape") ? QStringLiteral("'") : QString();
            const QString expected = QStringLiteral("customer_id\tfirst_name\tnote\n"
                                                    "X1\t%1=1+2\t%1=HYPERLINK(\"http://x\")\n"
                                                    "X2\t%1+SUM(A1)\t%1-2+3\n"
                                                    "X3\t%1@cmd\t%1\\t=1\n"
                                                    "X4\tAnn\t%1\\r=1\n"
                                                    "X5\tBo\tplain\n")
                                         .arg(p);
            QCOMPARE(pythonCells(target), expected);
        }
    }

    // The e-mail column lost its role (so it is not flagged as personal data): --pii hash still hashes it, because
    // its values are e-mail addresses, and says how to flag it again.
    void hashesEmailWithoutRole()
    {
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("pii.sqlite"));
        const HostileRun unset = HostileFixture::swb({QStringLiteral("fields"), QStringLiteral("--db"), ws,
                                                      QStringLiteral("--set-role"), QStringLiteral("email=none")});
        QVERIFY2(unset.exitCode == 0, unset.err.constData());
        const QString target = m_fixture.path(QStringLiteral("pii.csv"));
        const HostileRun run = HostileFixture::swb({QStringLiteral("export"), QStringLiteral("--db"), ws,
                                                    QStringLiteral("--segment"), s_segment, QStringLiteral("--out"),
                                                    target, QStringLiteral("--pii"), QStringLiteral("hash"),
                                                    QStringLiteral("--columns"), QStringLiteral("customer_id,email")});
        const QString verdict
            = HostileFixture::judge(run, Outcome::Success, words({"warning", "e-mail", "--set-role email=email"}));
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        const QStringList lines = pythonCells(target).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString email = lines[i].section(QLatin1Char('\t'), 1);
            QVERIFY2(email.isEmpty() || (email.size() == 64 && !email.contains(QLatin1Char('@'))),
                     qPrintable(lines[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TstHostileExport)
#include "tst_hostileexport.moc"
