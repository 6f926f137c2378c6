// The SQL compiler: exact SQL text per operator, every operator on every field type against hand-computed rows
// (NULLs included, through SQLite and through the in-memory evaluator), nested NOT, relative dates, @segment,
// injection attempts, and the plain-language rendering.
#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdescriber.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

const QString s_evilField = QStringLiteral("\"; DROP TABLE customers; --");

QVariant text(const char* value)
{
    return QVariant(QString::fromUtf8(value));
}

} // namespace

class TstFilterCompiler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<const ColumnStore> m_store;
    std::unique_ptr<FilterEvaluator> m_evaluator;
    static QByteArray one(const QByteArray& rule);
    std::optional<ResolvedGroup> resolve(const QByteArray& json, QString* error);
    QStringList sqlKeys(const ResolvedGroup& resolved);
    QStringList memoryKeys(const ResolvedGroup& resolved);

private slots:
    void initTestCase();
    void sqlText_data();
    void sqlText();
    void bindingsAreTypedAndEscaped();
    void selectsRows_data();
    void selectsRows();
    void injectionLeavesTablesIntact();
    void describesInPlainLanguage_data();
    void describesInPlainLanguage();
    void countQueryTextListsParameters_data();
    void countQueryTextListsParameters();
    void groupsWithoutRulesAreLeftOutOfTreesBuiltByHand();
    void manyFlatRulesAndDeepGroupsCount();
    void placeholdersInUserTextStayAsWritten();
};

// Definitions stay outside the class: moc (Qt 6.4) loses track of a class body that holds raw strings with
// quotes.

QByteArray TstFilterCompiler::one(const QByteArray& rule)
{
    return R"({"combinator":"and","rules":[)" + rule + "]}";
}

std::optional<ResolvedGroup> TstFilterCompiler::resolve(const QByteArray& json, QString* error)
{
    return FilterResolver::resolve(json, FilterContext::fromWorkspace(*m_workspace), error);
}

QStringList TstFilterCompiler::sqlKeys(const ResolvedGroup& resolved)
{
    return test::keysSelectedBySql(*m_workspace, resolved, QStringLiteral("id"));
}

QStringList TstFilterCompiler::memoryKeys(const ResolvedGroup& resolved)
{
    return test::keysSelectedInMemory(*m_evaluator, resolved, QStringLiteral("id"));
}

void TstFilterCompiler::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("compiler.sqlite")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QList<FieldInfo> fields{test::makeField(QStringLiteral("id"), FieldType::Text, FieldRole::CustomerKey),
                            test::makeField(QStringLiteral("name"), FieldType::Text),
                            test::makeField(QStringLiteral("age"), FieldType::Integer),
                            test::makeField(QStringLiteral("score"), FieldType::Real),
                            test::makeField(QStringLiteral("vip"), FieldType::Boolean),
                            test::makeField(QStringLiteral("joined"), FieldType::Date),
                            test::makeField(QStringLiteral("seen"), FieldType::DateTime),
                            test::makeField(s_evilField, FieldType::Text)};
    fields[1].originalHeader = QStringLiteral("Full Name");
    fields[2].originalHeader = QStringLiteral("Age (years)");
    const QVariant null;
    const QList<QVariantList> rows{
        {text("a"), text("Anna"), 30, 1.5, 1, text("2024-06-30"), text("2024-06-30 10:00:00"), text("x")},
        {text("b"), text("anna"), -5, -2.25, 0, text("2024-01-15"), text("2024-07-01 00:00:00"), text("O'Brien")},
        {text("c"), text("Émile"), null, 100.0, null, null, null, null},
        {text("d"), null, 0, null, 1, text("2023-12-31"), text("2023-12-31 23:59:59"), text("'); DROP TABLE x; --")},
        {text("e"), text(""), 45, 0.0, 0, text("2024-07-01"), text("2024-05-01 08:00:00"), text("y")},
        {text("f"), text("50%_off\\"), 30, 1e10, 1, text("2024-07-02"), text("2024-07-02 00:00:01"), text("z")},
        {text("g"), text("O'Brien"), 99, 7.25, 0, text("2022-02-28"), text("2024-06-01 12:00:00"), text("x")},
    };
    QVERIFY2(test::createCustomers(m_workspace->db(), fields, rows, &error), qPrintable(error));
    QVERIFY2(m_workspace->setAsOfDateOverride(QDate(2024, 7, 1), &error), qPrintable(error));
    QVERIFY2(test::saveSegment(m_workspace->db(), QStringLiteral("vip_static"), true, {},
                               {text("a"), text("c"), text("zz")}, &error),
             qPrintable(error));
    QVERIFY2(test::saveSegment(m_workspace->db(), QStringLiteral("adults"), false,
                               one(R"({"field":"age","operator":">=","value":18})"), {}, &error),
             qPrintable(error));
    QVERIFY2(test::saveSegment(m_workspace->db(), QStringLiteral("adult_vips"), false,
                               one(R"({"field":"@segment","operator":"in","value":"adults"},)"
                                   R"({"field":"vip","operator":"=","value":true})"),
                               {}, &error),
             qPrintable(error));
    m_store = std::shared_ptr<const ColumnStore>(
        ColumnStore::load(m_workspace->db(), m_workspace->fields(), QStringLiteral("id"), &error));
    QVERIFY2(m_store, qPrintable(error));
    m_evaluator = std::make_unique<FilterEvaluator>(m_store);
    m_evaluator->setDatabase(&m_workspace->db(), m_workspace->customerKeyExpression());
}

void TstFilterCompiler::sqlText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("sql");
    QTest::newRow("in-list") << one(R"({"field":"name","operator":"in","value":"DE,AT"})")
                             << QStringLiteral(R"(("name" IN (?, ?)))");
    QTest::newRow("not-in") << one(R"({"field":"age","operator":"notIn","value":[1,2,3]})")
                            << QStringLiteral(R"(("age" NOT IN (?, ?, ?)))");
    QTest::newRow("equal") << one(R"({"field":"age","operator":"=","value":1})") << QStringLiteral(R"(("age" = ?))");
    QTest::newRow("not-equal") << one(R"({"field":"age","operator":"!=","value":1})")
                               << QStringLiteral(R"(("age" != ?))");
    QTest::newRow("less") << one(R"({"field":"age","operator":"<","value":1})") << QStringLiteral(R"(("age" < ?))");
    QTest::newRow("greater") << one(R"({"field":"age","operator":">","value":1})") << QStringLiteral(R"(("age" > ?))");
    QTest::newRow("less-or-equal") << one(R"({"field":"age","operator":"<=","value":1})")
                                   << QStringLiteral(R"(("age" <= ?))");
    QTest::newRow("greater-or-equal") << one(R"({"field":"age","operator":">=","value":1})")
                                      << QStringLiteral(R"(("age" >= ?))");
    for (const char* op : {"contains", "beginsWith", "endsWith"})
        QTest::newRow(op) << one(QByteArray(R"({"field":"name","operator":")") + op + R"(","value":"x"})")
                          << QStringLiteral(R"(("name" LIKE ? ESCAPE '\'))");
    for (const char* op : {"doesNotContain", "doesNotBeginWith", "doesNotEndWith"})
        QTest::newRow(op) << one(QByteArray(R"({"field":"name","operator":")") + op + R"(","value":"x"})")
                          << QStringLiteral(R"(("name" NOT LIKE ? ESCAPE '\'))");
    QTest::newRow("null") << one(R"({"field":"age","operator":"null"})") << QStringLiteral(R"(("age" IS NULL))");
    QTest::newRow("not-null") << one(R"({"field":"age","operator":"notNull","value":""})")
                              << QStringLiteral(R"(("age" IS NOT NULL))");
    QTest::newRow("between") << one(R"({"field":"age","operator":"between","value":"1,2"})")
                             << QStringLiteral(R"(("age" BETWEEN ? AND ?))");
    QTest::newRow("not-between") << one(R"({"field":"age","operator":"notBetween","value":[1,2]})")
                                 << QStringLiteral(R"(("age" NOT BETWEEN ? AND ?))");
    QTest::newRow("in-last-days") << one(R"({"field":"joined","operator":"inLastDays","value":7})")
                                  << QStringLiteral(R"((("joined" >= ? AND "joined" < ?)))");
    QTest::newRow("not-in-last-days") << one(R"({"field":"joined","operator":"notInLastDays","value":7})")
                                      << QStringLiteral(R"((NOT ("joined" >= ? AND "joined" < ?)))");
    QTest::newRow("more-than-days-ago") << one(R"({"field":"seen","operator":"moreThanDaysAgo","value":7})")
                                        << QStringLiteral(R"(("seen" < ?))");
    QTest::newRow("nested-or") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":1},)"
        R"({"combinator":"or","rules":[{"field":"score","operator":">","value":2},)"
        R"({"field":"vip","operator":"=","value":true}]}]})")
                               << QStringLiteral(R"(("age" = ? AND ("score" > ? OR "vip" = ?)))");
    QTest::newRow("not-group") << QByteArray(
        R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":"=","value":1},)"
        R"({"field":"age","operator":"=","value":2}]})")
                               << QStringLiteral(R"(NOT ("age" = ? OR "age" = ?))");
    QTest::newRow("empty") << QByteArray(R"({"combinator":"and","rules":[]})") << QStringLiteral("(1 = 1)");
    // A group without rules is left out as a whole, "not" or not.
    QTest::newRow("empty-not") << QByteArray(R"({"combinator":"and","not":true,"rules":[]})")
                               << QStringLiteral("(1 = 1)");
    QTest::newRow("empty-not-group-inside")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":1},)"
                      R"({"combinator":"and","not":true,"rules":[]}]})")
        << QStringLiteral(R"(("age" = ?))");
    QTest::newRow("muted-rule-in-not-group") << QByteArray(
        R"({"combinator":"or","rules":[{"field":"age","operator":"=","value":1},)"
        R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"=","value":2,"muted":true}]}]})")
                                             << QStringLiteral(R"(("age" = ?))");
    QTest::newRow("only-empty-groups") << QByteArray(
        R"({"combinator":"and","rules":[{"combinator":"or","not":true,"rules":[{"combinator":"and","not":true,)"
        R"("rules":[]}]}]})") << QStringLiteral("(1 = 1)");
    QTest::newRow("long-chain-nested") << QByteArray(
        R"({"combinator":"or","rules":[{"field":"age","operator":"=","value":1},{"field":"age","operator":"=","value":2},)"
        R"({"field":"age","operator":"=","value":3},{"field":"age","operator":"=","value":4},)"
        R"({"field":"age","operator":"=","value":5},{"field":"age","operator":"=","value":6},)"
        R"({"field":"age","operator":"=","value":7},{"field":"age","operator":"=","value":8},)"
        R"({"field":"age","operator":"=","value":9}]})")
                                       << QStringLiteral(R"((("age" = ? OR "age" = ? OR "age" = ? OR "age" = ? OR )"
                                                         R"("age" = ? OR "age" = ? OR "age" = ? OR "age" = ?) OR )"
                                                         R"(("age" = ?)))");
    QTest::newRow("all-muted") << one(R"({"field":"age","operator":"=","value":1,"disabled":true})")
                               << QStringLiteral("(1 = 1)");
    QTest::newRow("segment-static")
        << one(R"({"field":"@segment","operator":"in","value":"vip_static"})")
        << QStringLiteral(
               R"((COALESCE("id" IN (SELECT "customer_key" FROM "segment_members" WHERE "segment_id" = ?), 0)))");
    QTest::newRow("segment-dynamic-not-in") << one(R"({"field":"@segment","operator":"notIn","value":["adults"]})")
                                            << QStringLiteral(R"((NOT COALESCE(("age" >= ?), 0)))");
    QTest::newRow("segment-two")
        << one(R"({"field":"@segment","operator":"in","value":"adults, vip_static"})")
        << QStringLiteral(
               R"(((COALESCE(("age" >= ?), 0) OR COALESCE("id" IN (SELECT "customer_key" FROM "segment_members" WHERE "segment_id" = ?), 0))))");
    QTest::newRow("evil-field") << one(R"({"field":"\"; DROP TABLE customers; --","operator":"=","value":"x"})")
                                << QStringLiteral(R"(("""; DROP TABLE customers; --" = ?))");
}

void TstFilterCompiler::sqlText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, sql);
    QString error;
    const auto resolved = resolve(json, &error);
    QVERIFY2(resolved, qPrintable(error));
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    QCOMPARE(compiled.where, sql);
    QCOMPARE(compiled.bindings.size(), compiled.where.count(QLatin1Char('?')));
}

void TstFilterCompiler::bindingsAreTypedAndEscaped()
{
    QString error;
    const auto resolved = resolve(
        one(R"({"field":"name","operator":"contains","value":"50%_off\\"},{"field":"age","operator":"between","value":"1, 2.5"},)"
            R"({"field":"score","operator":"=","value":3},{"field":"vip","operator":"=","value":"yes"},)"
            R"({"field":"joined","operator":"inLastDays","value":30},{"field":"name","operator":"beginsWith","value":"O'B"},)"
            R"({"field":"name","operator":"doesNotEndWith","value":"_"})"),
        &error);
    QVERIFY2(resolved, qPrintable(error));
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    const QList<FilterValue> expected{FilterValue(QStringLiteral("%50\\%\\_off\\\\%")),
                                      FilterValue(qint64(1)),
                                      FilterValue(2.5),
                                      FilterValue(3.0),
                                      FilterValue(qint64(1)),
                                      FilterValue(QStringLiteral("2024-06-01")),
                                      FilterValue(QStringLiteral("2024-07-02")),
                                      FilterValue(QStringLiteral("O'B%")),
                                      FilterValue(QStringLiteral("%\\_"))};
    QCOMPARE(compiled.bindings.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(compiled.bindings.at(i) == expected.at(i), qPrintable(QString::number(i)));
}

void TstFilterCompiler::selectsRows_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // keys of the selected customers
    auto add = [](const char* name, const QByteArray& rule, const char* keys) {
        QTest::newRow(name) << one(rule) << QString::fromLatin1(keys);
    };
    // Text, BINARY order: "" < "50%_off\" < "Anna" < "O'Brien" < "anna" < "Émile"; d is NULL.
    add("text-equal", R"({"field":"name","operator":"=","value":"Anna"})", "a");
    add("text-equal-empty", R"({"field":"name","operator":"=","value":""})", "e");
    add("text-not-equal", R"({"field":"name","operator":"!=","value":"Anna"})", "b,c,e,f,g");
    add("text-less", R"({"field":"name","operator":"<","value":"O"})", "a,e,f");
    add("text-greater", R"({"field":"name","operator":">","value":"anna"})", "c");
    add("text-less-or-equal", R"({"field":"name","operator":"<=","value":"Anna"})", "a,e,f");
    add("text-greater-or-equal", R"({"field":"name","operator":">=","value":"anna"})", "b,c");
    add("text-contains", R"({"field":"name","operator":"contains","value":"nn"})", "a,b");
    add("text-contains-ascii-case", R"({"field":"name","operator":"contains","value":"NN"})", "a,b");
    add("text-contains-non-ascii-case", R"({"field":"name","operator":"contains","value":"é"})", "");
    add("text-contains-non-ascii", R"({"field":"name","operator":"contains","value":"É"})", "c");
    add("text-contains-percent", R"({"field":"name","operator":"contains","value":"%"})", "f");
    add("text-contains-underscore", R"({"field":"name","operator":"contains","value":"_"})", "f");
    add("text-contains-backslash", R"({"field":"name","operator":"contains","value":"\\"})", "f");
    add("text-contains-quote", R"({"field":"name","operator":"contains","value":"'"})", "g");
    add("text-contains-empty", R"({"field":"name","operator":"contains","value":""})", "a,b,c,e,f,g");
    add("text-begins", R"({"field":"name","operator":"beginsWith","value":"an"})", "a,b");
    add("text-begins-wildcards", R"({"field":"name","operator":"beginsWith","value":"50%_"})", "f");
    add("text-ends", R"({"field":"name","operator":"endsWith","value":"N"})", "g");
    add("text-not-contains", R"({"field":"name","operator":"doesNotContain","value":"nn"})", "c,e,f,g");
    add("text-not-begins", R"({"field":"name","operator":"doesNotBeginWith","value":"a"})", "c,e,f,g");
    add("text-not-ends", R"({"field":"name","operator":"doesNotEndWith","value":"n"})", "a,b,c,e,f");
    add("text-null", R"({"field":"name","operator":"null"})", "d");
    add("text-not-null", R"({"field":"name","operator":"notNull"})", "a,b,c,e,f,g");
    add("text-in", R"({"field":"name","operator":"in","value":["Anna","Émile","zzz"]})", "a,c");
    add("text-not-in", R"({"field":"name","operator":"notIn","value":"Anna, anna"})", "c,e,f,g");
    add("text-between", R"({"field":"name","operator":"between","value":["A","O"]})", "a");
    add("text-not-between", R"({"field":"name","operator":"notBetween","value":["A","O"]})", "b,c,e,f,g");
    // Integers: a 30, b -5, c NULL, d 0, e 45, f 30, g 99.
    add("int-equal", R"({"field":"age","operator":"=","value":30})", "a,f");
    add("int-equal-text", R"({"field":"age","operator":"=","value":"30"})", "a,f");
    add("int-equal-fraction", R"({"field":"age","operator":"=","value":30.5})", "");
    add("int-not-equal", R"({"field":"age","operator":"!=","value":30})", "b,d,e,g");
    add("int-less", R"({"field":"age","operator":"<","value":0})", "b");
    add("int-less-fraction", R"({"field":"age","operator":"<","value":0.5})", "b,d");
    add("int-greater-fraction", R"({"field":"age","operator":">","value":44.9})", "e,g");
    add("int-less-or-equal", R"({"field":"age","operator":"<=","value":30})", "a,b,d,f");
    add("int-greater-or-equal", R"({"field":"age","operator":">=","value":45})", "e,g");
    add("int-between", R"({"field":"age","operator":"between","value":[0,30]})", "a,d,f");
    add("int-between-reversed", R"({"field":"age","operator":"between","value":"30,0"})", "");
    add("int-not-between", R"({"field":"age","operator":"notBetween","value":[0,30]})", "b,e,g");
    add("int-in", R"({"field":"age","operator":"in","value":"30, 99"})", "a,f,g");
    add("int-not-in", R"({"field":"age","operator":"notIn","value":[30]})", "b,d,e,g");
    add("int-null", R"({"field":"age","operator":"null"})", "c");
    add("int-not-null", R"({"field":"age","operator":"notNull"})", "a,b,d,e,f,g");
    add("int-huge-bound", R"({"field":"age","operator":">","value":-9.3e18})", "a,b,d,e,f,g");
    // Reals: a 1.5, b -2.25, c 100, d NULL, e 0, f 1e10, g 7.25.
    add("real-equal", R"({"field":"score","operator":"=","value":1.5})", "a");
    add("real-equal-integer", R"({"field":"score","operator":"=","value":100})", "c");
    add("real-greater", R"({"field":"score","operator":">","value":7})", "c,f,g");
    add("real-less", R"({"field":"score","operator":"<","value":"0"})", "b");
    add("real-between", R"({"field":"score","operator":"between","value":[0,2]})", "a,e");
    add("real-in", R"({"field":"score","operator":"in","value":[100,7.25]})", "c,g");
    add("real-not-in", R"({"field":"score","operator":"notIn","value":[100]})", "a,b,e,f,g");
    add("real-exponent", R"({"field":"score","operator":">=","value":"1e10"})", "f");
    add("real-null", R"({"field":"score","operator":"null"})", "d");
    // Booleans: a 1, b 0, c NULL, d 1, e 0, f 1, g 0.
    add("bool-true", R"({"field":"vip","operator":"=","value":true})", "a,d,f");
    add("bool-no", R"({"field":"vip","operator":"=","value":"no"})", "b,e,g");
    add("bool-not-yes", R"({"field":"vip","operator":"!=","value":"yes"})", "b,e,g");
    add("bool-in", R"({"field":"vip","operator":"in","value":[1,0]})", "a,b,d,e,f,g");
    add("bool-null", R"({"field":"vip","operator":"null"})", "c");
    add("bool-between", R"({"field":"vip","operator":"between","value":"0,1"})", "a,b,d,e,f,g");
    // Dates (as-of 2024-07-01): a 06-30, b 2024-01-15, c NULL, d 2023-12-31, e 07-01, f 07-02, g 2022-02-28.
    add("date-equal", R"({"field":"joined","operator":"=","value":"2024-01-15"})", "b");
    add("date-less", R"({"field":"joined","operator":"<","value":"2024-01-01"})", "d,g");
    add("date-between", R"({"field":"joined","operator":"between","value":["2024-01-01","2024-06-30"]})", "a,b");
    add("date-in", R"({"field":"joined","operator":"in","value":["2022-02-28","2024-07-02"]})", "f,g");
    add("date-begins", R"({"field":"joined","operator":"beginsWith","value":"2024-0"})", "a,b,e,f");
    add("date-ends", R"({"field":"joined","operator":"endsWith","value":"-31"})", "d");
    add("date-contains", R"({"field":"joined","operator":"contains","value":"-02-"})", "g");
    add("date-null", R"({"field":"joined","operator":"null"})", "c");
    add("date-in-last-0-days", R"({"field":"joined","operator":"inLastDays","value":0})", "e");
    add("date-in-last-1-day", R"({"field":"joined","operator":"inLastDays","value":1})", "a,e");
    add("date-in-last-200-days", R"({"field":"joined","operator":"inLastDays","value":200})", "a,b,d,e");
    add("date-not-in-last-1-day", R"({"field":"joined","operator":"notInLastDays","value":1})", "b,d,f,g");
    add("date-more-than-365-days-ago", R"({"field":"joined","operator":"moreThanDaysAgo","value":365})", "g");
    add("date-more-than-0-days-ago", R"({"field":"joined","operator":"moreThanDaysAgo","value":0})", "a,b,d,g");
    // Datetimes: a 06-30 10:00, b 07-01 00:00, c NULL, d 2023-12-31 23:59:59, e 05-01 08:00, f 07-02 00:00:01,
    // g 06-01 12:00.
    add("datetime-in-last-0-days", R"({"field":"seen","operator":"inLastDays","value":0})", "b");
    add("datetime-in-last-30-days", R"({"field":"seen","operator":"inLastDays","value":30})", "a,b,g");
    add("datetime-not-in-last-30-days", R"({"field":"seen","operator":"notInLastDays","value":30})", "d,e,f");
    add("datetime-more-than-60-days-ago", R"({"field":"seen","operator":"moreThanDaysAgo","value":60})", "d,e");
    add("datetime-greater-or-equal-t", R"({"field":"seen","operator":">=","value":"2024-06-30T10:00"})", "a,b,f");
    add("datetime-less-or-equal-date", R"({"field":"seen","operator":"<=","value":"2024-06-30"})", "d,e,g");
    add("datetime-equal", R"({"field":"seen","operator":"=","value":"2024-07-01 00:00"})", "b");
    // Injection attempts select like any other value.
    add("evil-field-equal", R"({"field":"\"; DROP TABLE customers; --","operator":"=","value":"O'Brien"})", "b");
    add("evil-value",
        R"({"field":"\"; DROP TABLE customers; --","operator":"in","value":["'); DROP TABLE x; --","x"]})", "a,d,g");
    add("evil-value-like", R"({"field":"\"; DROP TABLE customers; --","operator":"contains","value":"'); DROP"})", "d");
    // Segments.
    add("segment-static", R"({"field":"@segment","operator":"in","value":"vip_static"})", "a,c");
    add("segment-static-not-in", R"({"field":"@segment","operator":"notIn","value":"vip_static"})", "b,d,e,f,g");
    add("segment-dynamic", R"({"field":"@segment","operator":"in","value":"adults"})", "a,e,f,g");
    add("segment-dynamic-not-in-includes-unknown", R"({"field":"@segment","operator":"notIn","value":"adults"})",
        "b,c,d");
    add("segment-nested", R"({"field":"@segment","operator":"in","value":"adult_vips"})", "a,f");
    add("segment-any-of-two", R"({"field":"@segment","operator":"in","value":["vip_static","adults"]})", "a,c,e,f,g");
    add("segment-none-of-two", R"({"field":"@segment","operator":"notIn","value":["vip_static","adults"]})", "b,d");
    // Groups and three-valued logic.
    QTest::newRow("not-group") << QByteArray(
        R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":">","value":40}]})")
                               << QStringLiteral("a,b,d,f");
    QTest::newRow("not-or-with-nulls") << QByteArray(
        R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":">","value":40},)"
        R"({"field":"name","operator":"=","value":"Anna"}]})")
                                       << QStringLiteral("b,f");
    QTest::newRow("not-and-with-nulls") << QByteArray(
        R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":">","value":40},)"
        R"({"field":"vip","operator":"=","value":1}]})")
                                        << QStringLiteral("a,b,d,e,f,g");
    QTest::newRow("double-not") << QByteArray(
        R"({"combinator":"and","not":true,"rules":[{"combinator":"and","not":true,"rules":[)"
        R"({"field":"age","operator":"=","value":30}]}]})")
                                << QStringLiteral("a,f");
    QTest::newRow("nested-mixed") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"name","operator":"notNull"},{"combinator":"or","rules":[)"
        R"({"field":"score","operator":">","value":50},{"combinator":"and","not":true,"rules":[)"
        R"({"field":"vip","operator":"=","value":0}]}]}]})")
                                  << QStringLiteral("a,c,f");
    QTest::newRow("empty-group") << QByteArray(R"({"combinator":"and","rules":[]})") << QStringLiteral("a,b,c,d,e,f,g");
    QTest::newRow("empty-group-not") << QByteArray(R"({"combinator":"or","not":true,"rules":[]})")
                                     << QStringLiteral("a,b,c,d,e,f,g");
    QTest::newRow("empty-not-group-left-out")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":30},)"
                      R"({"combinator":"and","not":true,"rules":[]}]})")
        << QStringLiteral("a,f");
    QTest::newRow("not-group-of-muted-rule-left-out") << QByteArray(
        R"({"combinator":"or","rules":[{"field":"age","operator":"=","value":30},)"
        R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"=","value":99,"disabled":true}]}]})")
                                                      << QStringLiteral("a,f");
    QTest::newRow("muted-group-ignored") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":30},)"
        R"({"combinator":"and","disabled":true,"rules":[{"field":"age","operator":"=","value":99}]}]})")
                                         << QStringLiteral("a,f");
}

void TstFilterCompiler::selectsRows()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto resolved = resolve(json, &error);
    QVERIFY2(resolved, qPrintable(error));
    const QStringList keys = expected.isEmpty() ? QStringList() : expected.split(QLatin1Char(','));
    QCOMPARE(sqlKeys(*resolved), keys);
    QCOMPARE(memoryKeys(*resolved), keys);
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    QCOMPARE(FilterCompiler::count(m_workspace->db(), compiled, &error), std::optional<qint64>(keys.size()));
}

void TstFilterCompiler::injectionLeavesTablesIntact()
{
    QString error;
    QCOMPARE(m_workspace->customerCount(), 7);
    QVERIFY(m_workspace->db().tableExists(QStringLiteral("customers")));
    QVERIFY(m_workspace->db().tableExists(QStringLiteral("segments")));
    // A segment name with quotes is a bound value too.
    QVERIFY(!resolve(one(R"({"field":"@segment","operator":"in","value":"x'); DROP TABLE segments; --"})"), &error));
    QVERIFY2(error.contains(QStringLiteral("unknown segment")), qPrintable(error));
    QVERIFY(m_workspace->db().tableExists(QStringLiteral("segments")));
}

void TstFilterCompiler::describesInPlainLanguage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("in-and-number")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"name","operator":"in","value":"Anna,Bob"},)"
                      R"({"field":"age","operator":">=","value":30}]})")
        << QStringLiteral("Customers where Full Name is one of “Anna” and “Bob” and Age (years) is at least 30.");
    QTest::newRow("nested-not-or")
        << QByteArray(
               R"({"combinator":"or","rules":[{"field":"vip","operator":"=","value":true},)"
               R"({"combinator":"and","not":true,"rules":[{"field":"name","operator":"endsWith","value":"@x.org"}]},)"
               R"({"combinator":"and","rules":[{"field":"score","operator":"between","value":[1,2.5]},)"
               R"({"field":"score","operator":"null"}]}]})")
        << QStringLiteral("Customers where vip is yes or not (Full Name ends with “@x.org”) or (score is between 1 "
                          "and 2.5 and score has no value).");
    QTest::newRow("relative-and-segment")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"joined","operator":"inLastDays","value":1},)"
                      R"({"field":"seen","operator":"moreThanDaysAgo","value":90},)"
                      R"({"field":"@segment","operator":"notIn","value":"adults"}]})")
        << QStringLiteral("Customers where joined is within the last 1 day(s) and seen is more than 90 day(s) ago and "
                          "the customer is not in the segment “adults”.");
    QTest::newRow("dates") << one(R"({"field":"joined","operator":"<","value":"2024-01-01"})")
                           << QStringLiteral("Customers where joined is before “2024-01-01”.");
    QTest::newRow("empty") << QByteArray(R"({"combinator":"and","rules":[]})") << QStringLiteral("All customers.");
    QTest::newRow("empty-not") << QByteArray(R"({"combinator":"and","not":true,"rules":[]})")
                               << QStringLiteral("All customers.");
    QTest::newRow("not-group-of-muted-rule")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30},)"
                      R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"=","value":99,)"
                      R"("muted":true}]}]})")
        << QStringLiteral("Customers where Age (years) is at least 30.");
    // Placeholders in values stay as written.
    QTest::newRow("percent-placeholders")
        << one(R"({"field":"name","operator":"in","value":["%2","x%1"]},{"field":"age","operator":"=","value":1})")
        << QStringLiteral("Customers where Full Name is one of “%2” and “x%1” and Age (years) is 1.");
}

void TstFilterCompiler::describesInPlainLanguage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QString error;
    const auto resolved = resolve(json, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(FilterDescriber::describe(*resolved, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

void TstFilterCompiler::countQueryTextListsParameters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("quote-in-text") << one(R"({"field":"name","operator":"=","value":"O'Neil"})")
                                   << QStringLiteral(
                                          "SELECT count(*) FROM customers\nWHERE (\"name\" = ?)\n-- ?1 = 'O''Neil'");
    QTest::newRow("numbers") << QByteArray(R"({"combinator":"or","rules":[{"field":"age","operator":">","value":30},)"
                                           R"({"field":"score","operator":"<","value":2.5}]})")
                             << QStringLiteral("SELECT count(*) FROM customers\nWHERE (\"age\" > ? OR \"score\" < ?)\n"
                                               "-- ?1 = 30\n-- ?2 = 2.5");
    QTest::newRow("no-parameters") << QByteArray(R"({"combinator":"and","rules":[]})")
                                   << QStringLiteral("SELECT count(*) FROM customers\nWHERE (1 = 1)");
}

void TstFilterCompiler::countQueryTextListsParameters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QString error;
    const auto resolved = resolve(json, &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(FilterCompiler::countQueryText(FilterCompiler::compile(*resolved, QStringLiteral("\"id\""))), text);
}

void TstFilterCompiler::groupsWithoutRulesAreLeftOutOfTreesBuiltByHand()
{
    QString error;
    const auto age = resolve(one(R"({"field":"age","operator":"=","value":30})"), &error);
    QVERIFY2(age, qPrintable(error));
    // and(age = 30, not(), not(or())) as a caller might build it without the resolver.
    ResolvedGroup root = *age;
    ResolvedGroup emptyNot;
    emptyNot.negated = true;
    ResolvedGroup nestedEmpty;
    nestedEmpty.negated = true;
    nestedEmpty.combinator = FilterCombinator::Or;
    nestedEmpty.children.push_back(ResolvedNode{ResolvedGroup()});
    root.children.push_back(ResolvedNode{emptyNot});
    root.children.push_back(ResolvedNode{nestedEmpty});
    QCOMPARE(FilterCompiler::compile(root, m_workspace->customerKeyExpression()).where,
             QStringLiteral(R"(("age" = ?))"));
    QCOMPARE(sqlKeys(root), QStringList({QStringLiteral("a"), QStringLiteral("f")}));
    QCOMPARE(memoryKeys(root), QStringList({QStringLiteral("a"), QStringLiteral("f")}));
    QCOMPARE(FilterDescriber::describe(root, QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("Customers where Age (years) is 30."));
    const auto funnel = m_evaluator->funnel(root, &error);
    QVERIFY2(funnel, qPrintable(error));
    QCOMPARE(funnel->count, 2);
    QCOMPARE(funnel->steps.size(), 1);
    QCOMPARE(funnel->steps.at(0).countWithout, 7); // nothing left: everyone
    QCOMPARE(funnel->steps.at(0).change, -5);
    // A negated root without rules is left out too.
    ResolvedGroup emptyRoot;
    emptyRoot.negated = true;
    QCOMPARE(FilterCompiler::compile(emptyRoot, {}).where, QStringLiteral("(1 = 1)"));
    QCOMPARE(m_evaluator->count(emptyRoot, &error), std::optional<qint64>(7));
}

// SQLite refuses expressions more than 1,000 levels deep, and a chain of ANDs is as deep as it is long: 5,000 flat
// rules said "maximum depth 1000" before long chains were nested.
void TstFilterCompiler::manyFlatRulesAndDeepGroupsCount()
{
    for (const char* combinator : {"and", "or"}) {
        QByteArray rules;
        for (int i = 0; i < 5000; ++i) {
            rules += (i ? "," : "") + QByteArray(R"({"field":"age","operator":")")
                + (qstrcmp(combinator, "and") == 0 ? "!=" : "=") + R"(","value":)" + QByteArray::number(1000 + i)
                + (i == 4999 ? QByteArray(R"(},{"field":"age","operator":"=","value":30})") : QByteArray("}"));
        }
        const QByteArray json = R"({"combinator":")" + QByteArray(combinator) + R"(","rules":[)" + rules + "]}";
        QString error;
        const auto resolved = resolve(json, &error);
        QVERIFY2(resolved, qPrintable(error));
        const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
        QCOMPARE(FilterCompiler::count(m_workspace->db(), compiled, &error), std::optional<qint64>(2));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_evaluator->count(*resolved, &error), std::optional<qint64>(2));
        // The funnel is left out beyond its limit; the count stays.
        const auto funnel = m_evaluator->funnel(*resolved, &error);
        QVERIFY2(funnel, qPrintable(error));
        QCOMPARE(funnel->count, 2);
        QVERIFY(!funnel->hasSteps());
        QCOMPARE(funnel->ruleCount, 5001);
    }
    // The deepest nesting allowed, in SQLite's worst case (each group negated, 65 children, the nested group
    // last), still fits SQLite's parser stack and expression depth.
    QByteArray json = R"({"field":"age","operator":"=","value":30})";
    for (int level = 0; level < FilterDefinition::maxDepth; ++level) {
        QByteArray siblings;
        for (int i = 0; i < 64; ++i)
            siblings += R"({"field":"age","operator":"!=","value":)" + QByteArray::number(1000 + i) + "},";
        json = R"({"combinator":"and","not":true,"rules":[)" + siblings + json + "]}";
    }
    QString error;
    const auto resolved = resolve(json, &error);
    QVERIFY2(resolved, qPrintable(error));
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    const auto sqlCount = FilterCompiler::count(m_workspace->db(), compiled, &error);
    QVERIFY2(sqlCount, qPrintable(error));
    QCOMPARE(m_evaluator->count(*resolved, &error), sqlCount);
}

// Headers, values and segment names with %1 … %9 go through QString::arg() once, so they stay as written.
void TstFilterCompiler::placeholdersInUserTextStayAsWritten()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    ResolvedRule between;
    between.op = FilterOperator::Between;
    between.field = test::makeField(QStringLiteral("rate"), FieldType::Text);
    between.field.originalHeader = QStringLiteral("Rate %1 (%2)");
    between.values = {FilterValue(QStringLiteral("a%2")), FilterValue(QStringLiteral("b%1"))};
    QCOMPARE(FilterDescriber::describeRule(between, english),
             QStringLiteral("Rate %1 (%2) is between “a%2” and “b%1”"));
    ResolvedRule days;
    days.op = FilterOperator::InLastDays;
    days.days = 3;
    days.field = test::makeField(QStringLiteral("seen"), FieldType::Date);
    days.field.originalHeader = QStringLiteral("Seen %1%2");
    QCOMPARE(FilterDescriber::describeRule(days, english), QStringLiteral("Seen %1%2 is within the last 3 day(s)"));
    ResolvedRule segment;
    segment.op = FilterOperator::NotIn;
    ResolvedSegment named;
    named.name = QStringLiteral("%1 and %2");
    segment.segments = {named, named};
    QCOMPARE(FilterDescriber::describeRule(segment, english),
             QStringLiteral("the customer is in none of the segments “%1 and %2” and “%1 and %2”"));
    CompiledFilter filter;
    filter.where = QStringLiteral("(\"%1\" = ? AND \"b\" = ?)");
    filter.bindings = {FilterValue(QStringLiteral("x%1")), FilterValue(qint64(2))};
    QCOMPARE(
        FilterCompiler::countQueryText(filter),
        QStringLiteral("SELECT count(*) FROM customers\nWHERE (\"%1\" = ? AND \"b\" = ?)\n-- ?1 = 'x%1'\n-- ?2 = 2"));
}

QTEST_GUILESS_MAIN(TstFilterCompiler)
#include "tst_filtercompiler.moc"
