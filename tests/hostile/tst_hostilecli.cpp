// Hostile and careless input to `swb`: definitions, option values, files the command line reads, workspace files and
// programs running at the same time. Every case must end by itself, without a crash, with the expected outcome and a
// message that says what to do, and leave the workspace as it was (sqlite3's .sha3sum and integrity_check).
#include "testsupport_hostile.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <sys/stat.h>
#include <unistd.h>

using namespace swb::test;

Q_DECLARE_METATYPE(swb::test::Outcome)

namespace {

QString filter(const QByteArray& rules, const char* combinator = "and")
{
    return QStringLiteral("{\"combinator\":\"%1\",\"rules\":[%2]}")
        .arg(QString::fromLatin1(combinator), QString::fromUtf8(rules));
}

QByteArray flatRules(int count)
{
    QByteArray rules;
    for (int i = 0; i < count; ++i)
        rules += (i ? "," : "") + QByteArray("{\"field\":\"age\",\"operator\":\">\",\"value\":")
            + QByteArray::number(i % 90) + "}";
    return "{\"combinator\":\"or\",\"rules\":[" + rules + "]}";
}

QByteArray nestedGroups(int depth)
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += "{\"combinator\":\"and\",\"rules\":[";
    json += "{\"field\":\"age\",\"operator\":\">\",\"value\":30}";
    for (int i = 0; i < depth; ++i)
        json += "]}";
    return json;
}

} // namespace

class TstHostileCli : public QObject
{
    Q_OBJECT

private:
    HostileFixture m_fixture;
    int m_cases = 0;

    // {ws} is a fresh copy of the demo workspace, {dir} the test folder.
    QStringList expand(const QStringList& arguments, const QString& ws) const
    {
        QStringList out;
        for (QString a : arguments)
            out << a.replace(QStringLiteral("{ws}"), ws).replace(QStringLiteral("{dir}"), m_fixture.dir());
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.init(&error), qPrintable(error));
        m_fixture.writeFile(QStringLiteral("flat5000.json"), flatRules(5000));
        m_fixture.writeFile(QStringLiteral("deep10000.json"), nestedGroups(10000));
        m_fixture.writeFile(QStringLiteral("deep100.json"), nestedGroups(100));
        m_fixture.writeFile(QStringLiteral("deep8.json"), nestedGroups(8));
        m_fixture.writeFile(QStringLiteral("keys.txt"), "C0000001\nC0000002\n");
        m_fixture.writeFile(QStringLiteral("notjson.json"), "{\"combinator\":");
        m_fixture.writeFile(QStringLiteral("array.json"), "[1,2,3]");
        m_fixture.writeFile(QStringLiteral("grid-array.json"), "[]");
        QDir(m_fixture.dir()).mkpath(QStringLiteral("a-folder"));
    }

    void cleanupTestCase() { qInfo("hostile command-line cases run: %d", m_cases); }

    void refusesOrHandles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QStringList>("says");
        const auto row = [](const char* name, QStringList arguments, Outcome outcome, QStringList says = {}) {
            QTest::newRow(name) << arguments << outcome << says;
        };
        const QString ws = QStringLiteral("{ws}");
        const QString count = QStringLiteral("count");
        const QString db = QStringLiteral("--db");
        const QString f = QStringLiteral("--filter");

        // Definitions
        row("definition: not JSON", {count, db, ws, f, QStringLiteral("{\"combinator\":")}, Outcome::Refused,
            {QStringLiteral("JSON")});
        row("definition: file not JSON", {count, db, ws, f, QStringLiteral("@{dir}/notjson.json")}, Outcome::Refused);
        row("definition: an array", {count, db, ws, f, QStringLiteral("@{dir}/array.json")}, Outcome::Refused);
        row("definition: missing file", {count, db, ws, f, QStringLiteral("@{dir}/absent.json")}, Outcome::Refused,
            {QStringLiteral("absent.json")});
        row("definition: /dev/zero", {count, db, ws, f, QStringLiteral("@/dev/zero")}, Outcome::Refused,
            {QStringLiteral("larger than")});
        row("definition: a folder", {count, db, ws, f, QStringLiteral("@{dir}/a-folder")}, Outcome::Refused);
        row("definition: unknown field",
            {count, db, ws, f, filter("{\"field\":\"nope\",\"operator\":\"=\",\"value\":1}")}, Outcome::Refused,
            {QStringLiteral("nope")});
        row("definition: unknown operator",
            {count, db, ws, f, filter("{\"field\":\"age\",\"operator\":\"approx\",\"value\":1}")}, Outcome::Refused,
            {QStringLiteral("approx")});
        row("definition: injection in a field name",
            {count, db, ws, f, filter("{\"field\":\"\\\"; DROP TABLE customers; --\",\"operator\":\"=\",\"value\":1}")},
            Outcome::Refused);
        row("definition: quote in a value",
            {count, db, ws, f, filter("{\"field\":\"country\",\"operator\":\"=\",\"value\":\"O'Brien\"}")},
            Outcome::Success);
        row("definition: 5,000 flat rules", {count, db, ws, f, QStringLiteral("@{dir}/flat5000.json")},
            Outcome::Success);
        row("definition: 8 nested groups", {count, db, ws, f, QStringLiteral("@{dir}/deep8.json")}, Outcome::Success);
        row("definition: 100 nested groups", {count, db, ws, f, QStringLiteral("@{dir}/deep100.json")},
            Outcome::Refused, {QStringLiteral("10 levels")});
        row("definition: NUL in a value",
            {count, db, ws, f, filter("{\"field\":\"first_name\",\"operator\":\"contains\",\"value\":\"\\u0000\"}")},
            Outcome::Refused, {QStringLiteral("NUL")});
        row("definition: NUL in a field name",
            {count, db, ws, f, filter("{\"field\":\"first\\u0000name\",\"operator\":\"=\",\"value\":\"x\"}")},
            Outcome::Refused, {QStringLiteral("NUL")});
        row("funnel: 5,000 flat rules",
            {count, db, ws, f, QStringLiteral("@{dir}/flat5000.json"), QStringLiteral("--funnel")}, Outcome::Refused,
            {QStringLiteral("250")});
        row("count: --as-of not a date",
            {count, db, ws, f, filter(""), QStringLiteral("--as-of"), QStringLiteral("yesterday")}, Outcome::Usage);
        row("definition: 10,000 nested groups", {count, db, ws, f, QStringLiteral("@{dir}/deep10000.json")},
            Outcome::Refused);
        row("definition: @segment unknown",
            {count, db, ws, f, filter("{\"field\":\"@segment\",\"operator\":\"in\",\"value\":\"No such\"}")},
            Outcome::Refused, {QStringLiteral("No such")});
        row("count: unknown segment", {count, db, ws, QStringLiteral("--segment"), QStringLiteral("%1 nope")},
            Outcome::Refused, {QStringLiteral("%1 nope")});

        // Files the command line reads whole
        row("keys: /dev/zero",
            {QStringLiteral("segment"), QStringLiteral("save"), db, ws, QStringLiteral("--name"), QStringLiteral("Z"),
             QStringLiteral("--keys"), QStringLiteral("/dev/zero")},
            Outcome::Refused, {QStringLiteral("larger than")});
        row("rfm grid: /dev/zero",
            {QStringLiteral("rfm"), db, ws, QStringLiteral("--grid"), QStringLiteral("/dev/zero")}, Outcome::Refused,
            {QStringLiteral("larger than")});
        row("rfm grid: an array",
            {QStringLiteral("rfm"), db, ws, QStringLiteral("--grid"), QStringLiteral("{dir}/grid-array.json")},
            Outcome::Refused, {QStringLiteral("--print-grid")});

        // Option values
        const QString cluster = QStringLiteral("cluster");
        const QStringList features{QStringLiteral("--features"), QStringLiteral("age,total_revenue")};
        row("cluster: --threads 100000",
            QStringList{cluster, db, ws} + features
                + QStringList{QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--threads"),
                              QStringLiteral("100000")},
            Outcome::Usage, {QStringLiteral("--threads")});
        row("cluster: --k-range 2-100000",
            QStringList{cluster, db, ws} + features
                + QStringList{QStringLiteral("--k-range"), QStringLiteral("2-100000")},
            Outcome::Usage, {QStringLiteral("--k-range")});
        row("cluster: --k 0",
            QStringList{cluster, db, ws} + features + QStringList{QStringLiteral("--k"), QStringLiteral("0")},
            Outcome::Usage);
        row("cluster: --k 1e9",
            QStringList{cluster, db, ws} + features + QStringList{QStringLiteral("--k"), QStringLiteral("1000000000")},
            Outcome::Usage);
        row("cluster: --n-init -1",
            QStringList{cluster, db, ws} + features
                + QStringList{QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--n-init"),
                              QStringLiteral("-1")},
            Outcome::Usage);
        row("cluster: --seed text",
            QStringList{cluster, db, ws} + features
                + QStringList{QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--seed"),
                              QStringLiteral("x")},
            Outcome::Usage);
        row("cluster: text feature",
            {cluster, db, ws, QStringLiteral("--features"), QStringLiteral("country"), QStringLiteral("--k"),
             QStringLiteral("3")},
            Outcome::Refused, {QStringLiteral("country")});
        row("cluster: k above the distinct points",
            {cluster, db, ws, QStringLiteral("--features"), QStringLiteral("age"), QStringLiteral("--k-range"),
             QStringLiteral("2-100")},
            Outcome::Refused, {QStringLiteral("distinct")});
        row("rfm: --levels 7", {QStringLiteral("rfm"), db, ws, QStringLiteral("--levels"), QStringLiteral("7")},
            Outcome::Usage, {QStringLiteral("3, 4 or 5")});
        row("rfm: --levels x", {QStringLiteral("rfm"), db, ws, QStringLiteral("--levels"), QStringLiteral("x")},
            Outcome::Usage);
        row("kpis: --as-of not a date",
            {QStringLiteral("kpis"), db, ws, QStringLiteral("--as-of"), QStringLiteral("2024-13-45")},
            Outcome::Refused);
        row("unknown command", {QStringLiteral("frobnicate")}, Outcome::Refused);
        row("unknown option", {count, db, ws, QStringLiteral("--bogus")}, Outcome::Refused, {QStringLiteral("bogus")});
        row("missing --db", {count, f, filter("")}, Outcome::Refused, {QStringLiteral("--db")});

        // Segment names
        const QString segment = QStringLiteral("segment");
        const QString save = QStringLiteral("save");
        const QString name = QStringLiteral("--name");
        const QString ageFilter = filter("{\"field\":\"age\",\"operator\":\">\",\"value\":40}");
        row("segment name: newline", {segment, save, db, ws, name, QStringLiteral("a\nb"), f, ageFilter},
            Outcome::Refused, {QStringLiteral("line breaks")});
        row("segment name: tab", {segment, save, db, ws, name, QStringLiteral("a\tb"), f, ageFilter}, Outcome::Refused);
        row("segment name: empty", {segment, save, db, ws, name, QStringLiteral(" "), f, ageFilter}, Outcome::Refused);
        row("segment name: 10,000 characters",
            {segment, save, db, ws, name, QString(10000, QLatin1Char('x')), f, ageFilter}, Outcome::Refused,
            {QStringLiteral("200")});
        row("segment name: %1 kept", {segment, save, db, ws, name, QStringLiteral("Promo %1 off"), f, ageFilter},
            Outcome::Success, {QStringLiteral("\"Promo %1 off\"")});
        row("segment name: exists", {segment, save, db, ws, name, QStringLiteral("DACH win-back"), f, ageFilter},
            Outcome::Refused, {QStringLiteral("exists")});
        row("segment delete: unknown", {segment, QStringLiteral("delete"), db, ws, name, QStringLiteral("nope")},
            Outcome::Refused);

        // Workspace files
        row("workspace: missing", {count, db, QStringLiteral("{dir}/absent.sqlite"), f, ageFilter}, Outcome::Refused,
            {QStringLiteral("does not exist")});
        row("workspace: a folder", {count, db, QStringLiteral("{dir}/a-folder"), f, ageFilter}, Outcome::Refused,
            {QStringLiteral("folder")});
        row("workspace: /dev/zero", {count, db, QStringLiteral("/dev/zero"), f, ageFilter}, Outcome::Refused);
        row("workspace: a CSV file", {count, db, QStringLiteral("{dir}/keys.txt"), f, ageFilter}, Outcome::Refused,
            {QStringLiteral("not an SQLite database")});
    }

    void refusesOrHandles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Outcome, outcome);
        QFETCH(QStringList, says);
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("case.sqlite"));
        const QByteArray before = HostileFixture::contentHash(ws);
        const HostileRun run = HostileFixture::swb(expand(arguments, ws), 60);
        const QString verdict = HostileFixture::judge(run, outcome, says);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        if (outcome != Outcome::Success)
            QCOMPARE(HostileFixture::contentHash(ws), before);
        // Checking options is quick: a refusal never first computes for long.
        if (outcome == Outcome::Usage)
            QVERIFY2(run.seconds < 5, qPrintable(QStringLiteral("%1 s").arg(run.seconds)));
    }

    // The %1 in user text survives every message and the segment list stays one line per segment.
    void userTextIsNotRewritten()
    {
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("names.sqlite"));
        for (const QString& name : {QStringLiteral("%1"), QStringLiteral("Promo %1 off %2")}) {
            const HostileRun saved
                = HostileFixture::swb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), ws,
                                       QStringLiteral("--name"), name, QStringLiteral("--filter"),
                                       filter("{\"field\":\"age\",\"operator\":\">\",\"value\":40}")});
            QVERIFY2(saved.exitCode == 0, saved.err.constData());
            QVERIFY2(QString::fromUtf8(saved.out).contains(QLatin1Char('"') + name + QLatin1Char('"')),
                     saved.out.constData());
        }
        const HostileRun kpis = HostileFixture::swb(
            {QStringLiteral("kpis"), QStringLiteral("--db"), ws, QStringLiteral("--segment"), QStringLiteral("%1")});
        QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
        const QStringList lines = QString::fromUtf8(kpis.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool found = false;
        for (const QString& line : lines) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.value(0) == QLatin1String("%1")) {
                found = true;
                QCOMPARE(cells.size(), lines.at(1).split(QLatin1Char('\t')).size()); // as many as the header
            }
        }
        QVERIFY2(found, kpis.out.constData());
        const HostileRun list
            = HostileFixture::swb({QStringLiteral("segment"), QStringLiteral("list"), QStringLiteral("--db"), ws});
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("Promo %1 off %2\t")));
    }

    // A workspace its user cannot write: a message that says so and what to do, not "attempt to write a readonly
    // database". Run as the user nobody (root may write anything).
    void readOnlyWorkspaceSaysSo()
    {
        ++m_cases;
        if (geteuid() != 0)
            QSKIP("needs root to run swb as another user");
        const QString folder = m_fixture.path(QStringLiteral("shared-ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("shared-ro/ws.sqlite"));
        chmod(QFile::encodeName(m_fixture.dir()).constData(), 0711);
        chmod(QFile::encodeName(folder).constData(), 0755);
        chmod(QFile::encodeName(ws).constData(), 0644);
        chmod(SWB_BIN_DIR, 0755);
        const QByteArray before = HostileFixture::contentHash(ws);
        const HostileRun run = HostileFixture::run(
            QStringLiteral("setpriv"),
            {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
             QStringLiteral(SWB_BIN_DIR "/swb"), QStringLiteral("segment"), QStringLiteral("save"),
             QStringLiteral("--db"), ws, QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--filter"),
             filter("{\"field\":\"age\",\"operator\":\">\",\"value\":40}")});
        chmod(QFile::encodeName(m_fixture.dir()).constData(), 0700);
        const QString verdict = HostileFixture::judge(run, Outcome::Failure, {QStringLiteral("read-only")});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
        QCOMPARE(HostileFixture::contentHash(ws), before);
    }

    // Eight first imports into one new workspace at the same moment, five times: all succeed.
    void concurrentFirstImports()
    {
        ++m_cases;
        const QString csv = m_fixture.writeFile(QStringLiteral("few.csv"), "id,name,age\n1,Ana,30\n2,Ben,41\n");
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        for (int round = 0; round < 5; ++round) {
            const QString ws = m_fixture.path(QStringLiteral("parallel%1.sqlite").arg(round));
            QList<QFuture<HostileRun>> runs;
            for (int i = 0; i < 8; ++i)
                runs << QtConcurrent::run(&pool, [csv, ws] {
                    return HostileFixture::swb({QStringLiteral("import"), csv, QStringLiteral("--db"), ws}, 120);
                });
            // Each import either runs or, when the others hold the workspace longer than the 5 s wait (a loaded
            // machine), is refused with a message that says why; never "table meta already exists" or "not a
            // workspace".
            int imported = 0;
            for (auto& run : runs) {
                if (run.result().exitCode == 0) {
                    ++imported;
                    continue;
                }
                const QString verdict = HostileFixture::judge(run.result(), Outcome::Failure,
                                                              {QStringLiteral("being written by another program")});
                QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
            }
            QVERIFY(imported >= 1);
            QCOMPARE(HostileFixture::contentHash(ws).left(3), QByteArray("ok\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TstHostileCli)
#include "tst_hostilecli.moc"
