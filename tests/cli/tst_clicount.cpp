// `swb count` against the sqlite3 command-line shell running the same rule written by hand as SQL, plus saved
// segments, errors and `swb bench count`.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

using Run = test::ProcessRun;

Run run(const QString& program, const QStringList& arguments)
{
    return test::runProgram(program, arguments, 120000);
}

FieldInfo field(const char* name, FieldType type, FieldRole role = FieldRole::None)
{
    FieldInfo info;
    info.name = QString::fromLatin1(name);
    info.originalHeader = info.name;
    info.type = type;
    info.role = role;
    return info;
}

} // namespace

class TstCliCount : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_swb;
    QString m_sqlite3;
    qint64 m_total = 0;
    QString swbCount(const QStringList& arguments, int* exitCode = nullptr, QByteArray* err = nullptr);
    QString sqliteCount(const QString& where);

private slots:
    void initTestCase();
    void countEqualsSqlite_data();
    void countEqualsSqlite();
    void filterFromFile();
    void savedSegments();
    void errorsNameThePart_data();
    void errorsNameThePart();
    void missingWorkspaceIsAnError();
    void benchCountReportsFigures();
    void funnelJsonGivesEachRulesChange();
    void asOfDateMovesRelativeDates();
    void nulCharactersAreRefused_data();
    void nulCharactersAreRefused();
    void manyRulesAndDeepNesting();
};

// Member definitions stay outside the class: moc (Qt 6.4) loses track of a class body holding raw strings with
// an odd number of quotes.

QString TstCliCount::swbCount(const QStringList& arguments, int* exitCode, QByteArray* err)
{
    const Run result
        = run(m_swb, QStringList{QStringLiteral("count"), QStringLiteral("--db"), m_workspace} + arguments);
    if (exitCode)
        *exitCode = result.exitCode;
    if (err)
        *err = result.err;
    return QString::fromUtf8(result.out).trimmed();
}

QString TstCliCount::sqliteCount(const QString& where)
{
    const Run result = run(m_sqlite3, {m_workspace, QStringLiteral("SELECT count(*) FROM customers WHERE ") + where});
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed()
                                : QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(result.err);
}

void TstCliCount::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_swb = QStringLiteral(SWB_BIN_DIR "/swb");
    QVERIFY2(QFile::exists(m_swb), qPrintable(m_swb));
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!m_sqlite3.isEmpty(), "the sqlite3 command-line shell is needed (Debian package sqlite3)");

    m_workspace = m_dir.filePath(QStringLiteral("count.sqlite"));
    QString error;
    auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error));
    Database& db = workspace->db();
    QVERIFY2(db.exec("CREATE TABLE customers (customer_id TEXT, name TEXT, country TEXT, age INTEGER, "
                     "revenue REAL, newsletter INTEGER, signup TEXT, email TEXT)",
                     &error),
             qPrintable(error));
    const QList<FieldInfo> fields{field("customer_id", FieldType::Text, FieldRole::CustomerKey),
                                  field("name", FieldType::Text, FieldRole::Name),
                                  field("country", FieldType::Text, FieldRole::Country),
                                  field("age", FieldType::Integer, FieldRole::Age),
                                  field("revenue", FieldType::Real, FieldRole::Revenue),
                                  field("newsletter", FieldType::Boolean),
                                  field("signup", FieldType::Date, FieldRole::SignupDate),
                                  field("email", FieldType::Text, FieldRole::Email)};
    QVERIFY2(FieldCatalog::replace(db, QStringLiteral("customers"), fields, &error), qPrintable(error));

    const QStringList names{QStringLiteral("Anna"),  QStringLiteral("anna"),       QStringLiteral("O'Brien"),
                            QStringLiteral("Émile"), QStringLiteral("50% Müller"), QStringLiteral("")};
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR"),
                                QStringLiteral("de")};
    const QStringList domains{QStringLiteral("example.org"), QStringLiteral("EXAMPLE.org"), QStringLiteral("mail.de")};
    QRandomGenerator random(2024);
    Statement insert = db.prepare(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Transaction transaction(db);
    m_total = 600;
    for (int i = 0; i < m_total; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0')));
        auto maybeNull = [&](int column, const QVariant& value) {
            if (random.bounded(10) == 0)
                insert.bindNull(column);
            else
                insert.bind(column, value);
        };
        maybeNull(2, names.at(random.bounded(int(names.size()))));
        maybeNull(3, countries.at(random.bounded(int(countries.size()))));
        maybeNull(4, qint64(random.bounded(15, 80)));
        maybeNull(5, double(random.bounded(0, 200000)) / 100.0);
        maybeNull(6, qint64(random.bounded(2)));
        maybeNull(7, QDate(2021, 1, 1).addDays(random.bounded(1200)).toString(Qt::ISODate));
        maybeNull(8, QStringLiteral("user%1@%2").arg(i).arg(domains.at(random.bounded(int(domains.size())))));
        QVERIFY(insert.run());
    }
    QVERIFY2(db.exec("INSERT INTO segments(name, kind, definition, created_at, updated_at) VALUES "
                     "('vip', 'static', NULL, '2024-01-01', '2024-01-01'), "
                     "('young', 'dynamic', '{\"combinator\":\"and\",\"rules\":[{\"field\":\"age\",\"operator\":\"<\","
                     "\"value\":30}]}', '2024-01-01', '2024-01-01');"
                     "INSERT INTO segment_members SELECT 1, customer_id FROM customers WHERE rowid % 7 = 0;"
                     "INSERT INTO segment_members VALUES (1, 'NOT-A-CUSTOMER');",
                     &error),
             qPrintable(error));
    QVERIFY(transaction.commit(&error));
}

void TstCliCount::countEqualsSqlite_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("sql"); // the same rule, written by hand
    QTest::newRow("in") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"}]})")
                        << QStringLiteral("country IN ('DE', 'AT')");
    QTest::newRow("six-rules") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]},)"
        R"({"combinator":"or","rules":[{"field":"revenue","operator":">=","value":500},)"
        R"({"field":"age","operator":">","value":60}]},{"field":"age","operator":"between","value":"25,55"},)"
        R"({"combinator":"and","not":true,"rules":[{"field":"email","operator":"endsWith","value":"@example.org"}]},)"
        R"({"field":"newsletter","operator":"=","value":true}]})")
                               << QStringLiteral("country IN ('DE','AT','CH') AND (revenue >= 500 OR age > 60) AND age "
                                                 "BETWEEN 25 AND 55 "
                                                 "AND NOT (email LIKE '%@example.org') AND newsletter = 1");
    QTest::newRow("not-equal") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"country","operator":"!=","value":"DE"}]})")
                               << QStringLiteral("country != 'DE'");
    QTest::newRow("quote-in-value") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"name","operator":"=","value":"O'Brien"}]})")
                                    << QStringLiteral("name = 'O''Brien'");
    QTest::newRow("contains-case-insensitive")
        << QStringLiteral(R"({"combinator":"and","rules":[{"field":"name","operator":"contains","value":"NN"}]})")
        << QStringLiteral("name LIKE '%nn%'");
    QTest::newRow("contains-percent") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"name","operator":"contains","value":"0% m"}]})")
                                      << QStringLiteral(R"(name LIKE '%0\% m%' ESCAPE '\')");
    QTest::newRow("does-not-begin") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"name","operator":"doesNotBeginWith","value":"a"}]})")
                                    << QStringLiteral("name NOT LIKE 'a%'");
    QTest::newRow("null-or-empty") << QStringLiteral(
        R"({"combinator":"or","rules":[{"field":"name","operator":"null"},{"field":"name","operator":"=","value":""}]})")
                                   << QStringLiteral("name IS NULL OR name = ''");
    QTest::newRow("not-null") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"revenue","operator":"notNull"}]})")
                              << QStringLiteral("revenue IS NOT NULL");
    QTest::newRow("not-in") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"age","operator":"notIn","value":[20,30,40]}]})")
                            << QStringLiteral("age NOT IN (20, 30, 40)");
    QTest::newRow("not-between") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"revenue","operator":"notBetween","value":[100.5,900]}]})")
                                 << QStringLiteral("revenue NOT BETWEEN 100.5 AND 900");
    QTest::newRow("date-prefix") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"signup","operator":"beginsWith","value":"2022-"}]})")
                                 << QStringLiteral("signup LIKE '2022-%'");
    QTest::newRow("date-range") << QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"signup","operator":"<","value":"2022-06-01"}]})")
                                << QStringLiteral("signup < '2022-06-01'");
    QTest::newRow("not-or-nested") << QStringLiteral(
        R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":"<","value":30},)"
        R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"de"},)"
        R"({"field":"revenue","operator":"<=","value":250}]}]})")
                                   << QStringLiteral("NOT (age < 30 OR (country = 'de' AND revenue <= 250))");
    QTest::newRow("jquery-shape") << QStringLiteral(
        R"({"condition":"AND","rules":[{"id":"age","field":"age","type":"integer","operator":"less_or_equal","value":30},)"
        R"({"id":"email","operator":"not_ends_with","value":"mail.de"}]})")
                                  << QStringLiteral("age <= 30 AND email NOT LIKE '%mail.de'");
}

void TstCliCount::countEqualsSqlite()
{
    QFETCH(QString, definition);
    QFETCH(QString, sql);
    int exitCode = -1;
    QByteArray err;
    const QString ours = swbCount({QStringLiteral("--filter"), definition}, &exitCode, &err);
    QVERIFY2(exitCode == 0, err.constData());
    const QString theirs = sqliteCount(sql);
    QCOMPARE(ours, theirs);
    // A rule that selects everyone or no one would prove little.
    QVERIFY2(ours.toLongLong() > 0 && ours.toLongLong() < m_total, qPrintable(ours));
}

void TstCliCount::filterFromFile()
{
    const QString file = m_dir.filePath(QStringLiteral("definition.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":"40"}]})");
    out.close();
    QCOMPARE(swbCount({QStringLiteral("--filter"), QLatin1Char('@') + file}), sqliteCount(QStringLiteral("age >= 40")));
}

void TstCliCount::savedSegments()
{
    QCOMPARE(
        swbCount({QStringLiteral("--segment"), QStringLiteral("vip")}),
        sqliteCount(QStringLiteral("customer_id IN (SELECT customer_key FROM segment_members WHERE segment_id = 1)")));
    QCOMPARE(swbCount({QStringLiteral("--segment"), QStringLiteral("young")}), sqliteCount(QStringLiteral("age < 30")));
    QCOMPARE(
        swbCount({QStringLiteral("--filter"),
                  QStringLiteral(
                      R"({"combinator":"and","rules":[{"field":"@segment","operator":"notIn","value":"young"}]})")}),
        sqliteCount(QStringLiteral("NOT COALESCE(age < 30, 0)")));
}

void TstCliCount::errorsNameThePart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-field")
        << QStringList{QStringLiteral("--filter"),
                       QStringLiteral(
                           R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":1},{"field":"contry","operator":"=","value":"DE"}]})")}
        << QStringLiteral("rules[1]: unknown field \"contry\"; did you mean \"country\"?");
    QTest::newRow("bad-value")
        << QStringList{QStringLiteral("--filter"),
                       QStringLiteral(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":"old"}]})")}
        << QStringLiteral("value \"old\" is not a number");
    QTest::newRow("not-json") << QStringList{QStringLiteral("--filter"), QStringLiteral("{oops")}
                              << QStringLiteral("not valid JSON");
    QTest::newRow("missing-file") << QStringList{QStringLiteral("--filter"), QStringLiteral("@/nonexistent/def.json")}
                                  << QStringLiteral("Cannot read /nonexistent/def.json");
    QTest::newRow("unknown-segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("nobody")}
                                     << QStringLiteral("no segment called \"nobody\"");
    QTest::newRow("both-options") << QStringList{QStringLiteral("--segment"), QStringLiteral("vip"),
                                                 QStringLiteral("--filter"), QStringLiteral("{}")}
                                  << QStringLiteral("either --filter or --segment");
}

void TstCliCount::errorsNameThePart()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    int exitCode = 0;
    QByteArray err;
    const QString out = swbCount(arguments, &exitCode, &err);
    QVERIFY(exitCode != 0);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(QString::fromUtf8(err).contains(message), err.constData());
}

void TstCliCount::missingWorkspaceIsAnError()
{
    const Run result
        = run(m_swb,
              {QStringLiteral("count"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
               QStringLiteral("--filter"), QStringLiteral(R"({"combinator":"and","rules":[]})")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("does not exist"), result.err.constData());
}

void TstCliCount::benchCountReportsFigures()
{
    const QString definition
        = QStringLiteral(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"},)"
                         R"({"field":"revenue","operator":">=","value":500}]})");
    const Run result = run(m_swb,
                           {QStringLiteral("bench"), QStringLiteral("count"), QStringLiteral("--db"), m_workspace,
                            QStringLiteral("--filter"), definition, QStringLiteral("--runs"), QStringLiteral("3"),
                            QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    for (const char* key : {"open_ms", "p50_ms", "p95_ms", "funnel_ms", "count"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(QString::number(json.value(QStringLiteral("count")).toInteger()),
             sqliteCount(QStringLiteral("country IN ('DE','AT') AND revenue >= 500")));
    QCOMPARE(json.value(QStringLiteral("sqlite_count")).toInteger(), json.value(QStringLiteral("count")).toInteger());
    QCOMPARE(json.value(QStringLiteral("rules")).toInt(), 2);
    QVERIFY(json.value(QStringLiteral("p95_ms")).toDouble() >= json.value(QStringLiteral("p50_ms")).toDouble());
}

// `--funnel --json`: {"count": n, "rules": [{"path": [...], "change": d}, …]}, each change being the count minus
// the count with that rule muted (sqlite3 counts the definition without it).
void TstCliCount::funnelJsonGivesEachRulesChange()
{
    const QString definition = QStringLiteral(
        R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30},)"
        R"({"combinator":"or","not":true,"rules":[{"field":"email","operator":"endsWith","value":"example.org"}]},)"
        R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"DE"},)"
        R"({"field":"revenue","operator":">","value":1000}]}]})");
    const Run result = run(m_swb,
                           {QStringLiteral("count"), QStringLiteral("--db"), m_workspace, QStringLiteral("--filter"),
                            definition, QStringLiteral("--funnel"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = result.json();
    QCOMPARE(json.keys(), QStringList({QStringLiteral("count"), QStringLiteral("rules")}));
    const QString all = QStringLiteral("age >= 30 AND NOT (email LIKE '%example.org') AND (country = 'DE' OR "
                                       "revenue > 1000)");
    const qint64 count = sqliteCount(all).toLongLong();
    QCOMPARE(json.value(QStringLiteral("count")).toInteger(), count);
    const QStringList withoutEach{
        QStringLiteral("NOT (email LIKE '%example.org') AND (country = 'DE' OR revenue > 1000)"),
        QStringLiteral("age >= 30 AND (country = 'DE' OR revenue > 1000)"), // the "not" group is left out
        QStringLiteral("age >= 30 AND NOT (email LIKE '%example.org') AND (revenue > 1000)"),
        QStringLiteral("age >= 30 AND NOT (email LIKE '%example.org') AND (country = 'DE')")};
    const QList<QJsonArray> paths{{0}, {1, 0}, {2, 0}, {2, 1}};
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        QCOMPARE(rule.keys(), QStringList({QStringLiteral("change"), QStringLiteral("path")}));
        QCOMPARE(rule.value(QStringLiteral("path")).toArray(), paths.at(i));
        QCOMPARE(rule.value(QStringLiteral("change")).toInteger(), count - sqliteCount(withoutEach.at(i)).toLongLong());
    }
    QVERIFY(rules.at(1).toObject().value(QStringLiteral("change")).toInteger() < 0);
    // The compact JSON spells the keys as the contract says.
    QVERIFY2(result.out.startsWith(R"({"count":)"), result.out.constData());
}

void TstCliCount::asOfDateMovesRelativeDates()
{
    const QString definition
        = QStringLiteral(R"({"combinator":"and","rules":[{"field":"signup","operator":"inLastDays","value":30}]})");
    const QString ours
        = swbCount({QStringLiteral("--filter"), definition, QStringLiteral("--as-of"), QStringLiteral("2022-06-30")});
    QCOMPARE(ours, sqliteCount(QStringLiteral("signup >= '2022-05-31' AND signup < '2022-07-01'")));
    QVERIFY(ours.toLongLong() > 0);
    QCOMPARE(swbCount({QStringLiteral("--filter"), definition, QStringLiteral("--as-of"), QStringLiteral("2021-01-31"),
                       QStringLiteral("--funnel"), QStringLiteral("--json")}),
             QStringLiteral(R"({"count":%1,"rules":[{"change":%2,"path":[0]}]})")
                 .arg(sqliteCount(QStringLiteral("signup >= '2021-01-01' AND signup < '2021-02-01'")),
                      QString::number(
                          sqliteCount(QStringLiteral("signup >= '2021-01-01' AND signup < '2021-02-01'")).toLongLong()
                          - m_total)));
    for (const char* bad : {"2022-02-30", "yesterday", ""}) {
        int exitCode = 0;
        QByteArray err;
        const QString out
            = swbCount({QStringLiteral("--filter"), definition, QStringLiteral("--as-of"), QString::fromLatin1(bad)},
                       &exitCode, &err);
        QVERIFY(exitCode != 0);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains("--as-of needs a date as YYYY-MM-DD"), err.constData());
    }
}

void TstCliCount::nulCharactersAreRefused_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("message");
    const QStringList count{QStringLiteral("count")};
    const QStringList save{QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--name"),
                           QStringLiteral("nul")};
    const QString inValue
        = QStringLiteral(R"({"combinator":"and","rules":[{"field":"name","operator":"contains","value":"\u0000"}]})");
    const QString inField
        = QStringLiteral(R"({"combinator":"and","rules":[{"field":"na\u0000me","operator":"=","value":"x"}]})");
    const QString valueMessage = QStringLiteral("rules[0]: The value contains a NUL character");
    const QString fieldMessage = QStringLiteral("rules[0]: The field name contains a NUL character (\\u0000), which "
                                                "no field name can hold. Remove it.");
    QTest::newRow("count-value") << count << inValue << valueMessage;
    QTest::newRow("count-field") << count << inField << fieldMessage;
    QTest::newRow("save-value") << save << inValue << valueMessage;
    QTest::newRow("save-field") << save << inField << fieldMessage;
}

void TstCliCount::nulCharactersAreRefused()
{
    QFETCH(QStringList, command);
    QFETCH(QString, definition);
    QFETCH(QString, message);
    const Run result = run(
        m_swb, command + QStringList{QStringLiteral("--db"), m_workspace, QStringLiteral("--filter"), definition});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY2(!result.err.contains('\0'), result.err.constData());
    QVERIFY(run(m_sqlite3, {m_workspace, QStringLiteral("SELECT count(*) FROM segments WHERE name = 'nul'")}).out
            == "0\n");
}

// 5,000 flat rules count (SQLite refused them as "maximum depth 1000"); the funnel says its limit; 10,000 levels of
// groups get a message about nesting instead of a crash.
void TstCliCount::manyRulesAndDeepNesting()
{
    QByteArray rules;
    for (int i = 0; i < 5000; ++i)
        rules += R"({"field":"age","operator":"!=","value":)" + QByteArray::number(1000 + i) + "},";
    rules += R"({"field":"age","operator":">=","value":40})";
    const QString flat = m_dir.filePath(QStringLiteral("flat.json"));
    QFile flatFile(flat);
    QVERIFY(flatFile.open(QIODevice::WriteOnly));
    flatFile.write(R"({"combinator":"and","rules":[)" + rules + "]}");
    flatFile.close();
    int exitCode = -1;
    QByteArray err;
    QCOMPARE(swbCount({QStringLiteral("--filter"), QLatin1Char('@') + flat}, &exitCode, &err),
             sqliteCount(QStringLiteral("age >= 40")));
    QVERIFY2(exitCode == 0, err.constData());
    QVERIFY(swbCount({QStringLiteral("--filter"), QLatin1Char('@') + flat, QStringLiteral("--funnel")}, &exitCode, &err)
                .isEmpty());
    QVERIFY(exitCode != 0);
    QVERIFY2(err.contains("at most 250 rules; this one has 5"), err.constData());

    QByteArray deep = R"({"field":"age","operator":"=","value":1})";
    for (int i = 0; i < 10000; ++i)
        deep = R"({"combinator":"and","not":true,"rules":[)" + deep + "]}";
    const QString deepPath = m_dir.filePath(QStringLiteral("deep.json"));
    QFile deepFile(deepPath);
    QVERIFY(deepFile.open(QIODevice::WriteOnly));
    deepFile.write(deep);
    deepFile.close();
    QVERIFY(swbCount({QStringLiteral("--filter"), QLatin1Char('@') + deepPath}, &exitCode, &err).isEmpty());
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains("groups can be nested at most 10 levels deep"), err.constData());
}

QTEST_GUILESS_MAIN(TstCliCount)
#include "tst_clicount.moc"
