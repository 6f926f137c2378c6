// `@orders` rules: reading and writing them back, validation errors that name the part at fault, the SQL text, the
// customers selected (through SQLite and through the in-memory evaluator, which asks SQLite for such rules) against
// hand-computed sets on a small orders table with returns, NULL amounts and orders bought and returned, and the
// plain-language rendering.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/countservice.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdescriber.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/import/ordersaggregator.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

QVariant text(const char* value)
{
    return QVariant(QString::fromUtf8(value));
}

QByteArray one(const QByteArray& rule)
{
    return R"({"combinator":"and","rules":[)" + rule + "]}";
}

// An `@orders` rule: `extra` is added inside the rule object (",\"measure\":…").
QByteArray orders(const char* op, const char* value, const QByteArray& extra = {})
{
    return one(QByteArray(R"({"field":"@orders","operator":")") + op + R"(","value":)" + value + extra + "}");
}

QByteArray where(const QByteArray& rules)
{
    return R"(,"where":{"combinator":"and","rules":[)" + rules + "]}";
}

} // namespace

class TstOrderRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<const ColumnStore> m_store;
    std::unique_ptr<FilterEvaluator> m_evaluator;
    FilterContext context();
    QStringList sqlKeys(const ResolvedGroup& resolved);
    QStringList memoryKeys(const ResolvedGroup& resolved);

private slots:
    void initTestCase();
    void parsesOrderParts();
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void editedWhereIsWrittenBack();
    void structureErrorsNameThePart_data();
    void structureErrorsNameThePart();
    void validationErrorsNameThePart_data();
    void validationErrorsNameThePart();
    void withoutOrdersTheRuleIsRefused();
    void deepestNestingRunsInSqlite();
    void sqlText();
    void selectsCustomers_data();
    void selectsCustomers();
    void measuresWithoutConditionsAreTheImportsDerivedFields();
    void liveCountsAskSqliteForOrderRules();
    void describesInPlainLanguage_data();
    void describesInPlainLanguage();
};

// Definitions stay outside the class: moc (Qt 6.4) loses track of a class body that holds raw strings with quotes.

FilterContext TstOrderRules::context()
{
    return FilterContext::fromWorkspace(*m_workspace);
}

QStringList TstOrderRules::sqlKeys(const ResolvedGroup& resolved)
{
    return test::keysSelectedBySql(*m_workspace, resolved, QStringLiteral("id"));
}

QStringList TstOrderRules::memoryKeys(const ResolvedGroup& resolved)
{
    return test::keysSelectedInMemory(*m_evaluator, resolved, QStringLiteral("id"));
}

// Customers a–h; d has no orders. Amounts are quantity × price. As of 2024-07-01.
//   a: O1 2024-06-01 (P1 2 × 10.10 DE, P2 1 × 5.05 DE), O2 2024-06-20 (P1 1 × 10.10 AT): 2 orders, 35.35
//   b: O3 2024-01-10 (P3 1 × 0.10, P3 2 × 0.10), O4 2024-01-11 (P3 −3 × 0.10, a return): 1 order, exactly 0
//   c: O5 2024-06-30 23:59:59 (P2 1 × 5.05, P2 −1 × 5.05 FR): bought and returned, 0 orders, 0
//   e: O6 2024-07-01 (P1 3 × 10.10 DE), O7 2023-06-30 (P4 1 × 100, no country): 2 orders, 130.30
//   f: O8 2024-05-01 (P1, no quantity): 0 orders, 0, no purchase date
//   h: O10 2024-06-15, O11 2024-06-16 (P5 1 × 50 DE each): 2 orders, 100
//   and a line without customer (O9).
void TstOrderRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("orders.sqlite")), Workspace::OpenMode::CreateIfMissing,
                                  &error);
    QVERIFY2(m_workspace, qPrintable(error));
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("id"), FieldType::Text, FieldRole::CustomerKey),
                                  test::makeField(QStringLiteral("name"), FieldType::Text)};
    QList<QVariantList> rows;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "h"})
        rows << QVariantList{text(id), QVariant(QString::fromLatin1(id).toUpper())};
    QVERIFY2(test::createCustomers(m_workspace->db(), fields, rows, &error), qPrintable(error));
    Database& db = m_workspace->db();
    QVERIFY2(db.exec(QStringLiteral(
                         "CREATE TABLE orders (order_id TEXT, customer TEXT, ordered TEXT, product TEXT, quantity "
                         "INTEGER, price REAL, country TEXT);"
                         "INSERT INTO orders VALUES "
                         "('O1','a','2024-06-01 10:00:00','P1',2,10.10,'DE'),"
                         "('O1','a','2024-06-01 10:00:00','P2',1,5.05,'DE'),"
                         "('O2','a','2024-06-20 09:00:00','P1',1,10.10,'AT'),"
                         "('O3','b','2024-01-10 08:00:00','P3',1,0.10,'DE'),"
                         "('O3','b','2024-01-10 08:00:00','P3',2,0.10,'DE'),"
                         "('O4','b','2024-01-11 08:00:00','P3',-3,0.10,'DE'),"
                         "('O5','c','2024-06-30 23:59:59','P2',1,5.05,'FR'),"
                         "('O5','c','2024-06-30 23:59:59','P2',-1,5.05,'FR'),"
                         "('O6','e','2024-07-01 00:00:00','P1',3,10.10,'DE'),"
                         "('O7','e','2023-06-30 12:00:00','P4',1,100,NULL),"
                         "('O8','f','2024-05-01 12:00:00','P1',NULL,10.10,'DE'),"
                         "('O9',NULL,'2024-06-01 12:00:00','P1',5,10.10,'DE'),"
                         "('O10','h','2024-06-15 12:00:00','P5',1,50,'DE'),"
                         "('O11','h','2024-06-16 12:00:00','P5',1,50,'DE');"),
                     &error),
             qPrintable(error));
    QList<FieldInfo> orderFields{test::makeField(QStringLiteral("order_id"), FieldType::Text, FieldRole::OrderId),
                                 test::makeField(QStringLiteral("customer"), FieldType::Text, FieldRole::CustomerKey),
                                 test::makeField(QStringLiteral("ordered"), FieldType::DateTime, FieldRole::OrderDate),
                                 test::makeField(QStringLiteral("product"), FieldType::Text),
                                 test::makeField(QStringLiteral("quantity"), FieldType::Integer, FieldRole::Quantity),
                                 test::makeField(QStringLiteral("price"), FieldType::Real, FieldRole::UnitPrice),
                                 test::makeField(QStringLiteral("country"), FieldType::Text)};
    for (qsizetype i = 0; i < orderFields.size(); ++i) {
        orderFields[i].table = QStringLiteral("orders");
        orderFields[i].position = int(i);
    }
    orderFields[3].originalHeader = QStringLiteral("Product");
    QVERIFY2(FieldCatalog::replace(db, QStringLiteral("orders"), orderFields, &error), qPrintable(error));
    QVERIFY2(m_workspace->setAsOfDateOverride(QDate(2024, 7, 1), &error), qPrintable(error));
    QVERIFY2(test::saveSegment(db, QStringLiteral("big_spenders"), false, orders(">=", "100", R"(,"measure":"sum")"),
                               {}, &error),
             qPrintable(error));
    m_store = std::shared_ptr<const ColumnStore>(
        ColumnStore::load(db, m_workspace->fields(), QStringLiteral("id"), &error));
    QVERIFY2(m_store, qPrintable(error));
    m_evaluator = std::make_unique<FilterEvaluator>(m_store);
    m_evaluator->setDatabase(&db, m_workspace->customerKeyExpression());
}

void TstOrderRules::parsesOrderParts()
{
    QString error;
    const auto group = FilterDefinition::parse(
        orders(">=", "2",
               R"(,"measure":"sum","window":{"inLastDays":90})"
                   + where(R"({"field":"product","operator":"=","value":"P1"},)"
                           R"({"combinator":"or","not":true,"rules":[{"field":"country","operator":"null"}]})")),
        &error);
    QVERIFY2(group, qPrintable(error));
    const FilterRule* rule = group->rules.at(0).rule();
    QVERIFY(rule && rule->isOrders());
    QCOMPARE(rule->measure.toString(), QStringLiteral("sum"));
    QCOMPARE(rule->window.toObject().value(QStringLiteral("inLastDays")).toInt(), 90);
    QVERIFY(rule->where);
    QCOMPARE(rule->where->rules.size(), size_t(2));
    QCOMPARE(rule->where->rules.at(0).rule()->field, QStringLiteral("product"));
    QVERIFY(rule->where->rules.at(1).group()->negated);
    // A customer field's rule keeps such keys as unknown ones, unread.
    const auto other = FilterDefinition::parse(
        one(R"({"field":"name","operator":"=","value":"x","where":{"not":"a group"}})"), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(!other->rules.at(0).rule()->where);
}

void TstOrderRules::roundTripIsLossless_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("count-only") << orders(">=", "2");
    QTest::newRow("all-parts") << orders(
        ">=", "2",
        R"(,"measure":"count","window":{"inLastDays":90})"
            + where(R"({"field":"product","operator":"in","value":["P1","P2"],"id":"r9","custom":1})"));
    QTest::newRow("nested-not-where") << orders(
        "=", "0", where(R"({"combinator":"OR","not":true,"rules":[{"field":"country","operator":"=","value":"DE"}]})"));
    QTest::newRow("dates") << orders("between", R"(["2024-01-01","2024-06-30"])",
                                     R"(,"measure":"first_date","window":{"from":"2023-01-01","to":"2024-12-31"})");
    QTest::newRow("null-where-kept") << orders("<", "3", R"(,"where":null,"measure":"distinct:country")");
    QTest::newRow("muted-with-unknown-keys")
        << orders("!=", "1.5", R"(,"measure":"sum","muted":true,"valueSource":"value","note":{"a":[1,2]})");
    QTest::newRow("bad-parts-kept-as-written") << orders(">", "\"x\"", R"(,"measure":7,"window":"last week")");
}

void TstOrderRules::roundTripIsLossless()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto group = FilterDefinition::parse(json, &error);
    QVERIFY2(group, qPrintable(error));
    const QJsonObject written = FilterDefinition::toJson(*group);
    QCOMPARE(written, QJsonDocument::fromJson(json).object());
    // And again from what was written.
    const auto again = FilterDefinition::parse(FilterDefinition::toJsonText(*group), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(FilterDefinition::toJson(*again), written);
}

void TstOrderRules::editedWhereIsWrittenBack()
{
    QString error;
    auto group = FilterDefinition::parse(orders(">=", "1", where(R"({"field":"product","operator":"=","value":"P1"})")),
                                         &error);
    QVERIFY2(group, qPrintable(error));
    FilterRule* rule = group->rules.at(0).rule();
    FilterGroup edited = *rule->where;
    edited.rules.at(0).rule()->value = QStringLiteral("P2");
    rule->where = std::make_shared<const FilterGroup>(std::move(edited));
    rule->measure = QStringLiteral("distinct:product");
    rule->window = QJsonValue(QJsonValue::Undefined);
    const QByteArray expected = orders(
        ">=", "1", R"(,"measure":"distinct:product")" + where(R"({"field":"product","operator":"=","value":"P2"})"));
    QCOMPARE(FilterDefinition::toJson(*group), QJsonDocument::fromJson(expected).object());
    rule->where.reset();
    // A rule built in memory has no measure or window until one is set.
    FilterRule built;
    built.field = FilterDefinition::ordersField();
    built.operatorName = QStringLiteral("=");
    built.value = 0;
    group->rules.push_back(FilterNode{built});
    QVERIFY(!FilterDefinition::toJson(*group)
                 .value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("where")));
    const QJsonObject builtJson
        = FilterDefinition::toJson(*group).value(QStringLiteral("rules")).toArray().at(1).toObject();
    QCOMPARE(builtJson, QJsonDocument::fromJson(R"({"field":"@orders","operator":"=","value":0})").object());
    // Given a customer field, a rule read as an order rule loses its order parts.
    rule = group->rules.at(0).rule(); // push_back moved it
    rule->where = std::make_shared<const FilterGroup>();
    rule->field = QStringLiteral("name");
    const QJsonObject changed
        = FilterDefinition::toJson(*group).value(QStringLiteral("rules")).toArray().at(0).toObject();
    QCOMPARE(changed, QJsonDocument::fromJson(R"({"field":"name","operator":">=","value":1})").object());
}

void TstOrderRules::structureErrorsNameThePart_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("where-not-object") << orders(">=", "1", R"(,"where":[1])")
                                      << QStringLiteral("rules[0].where: \"where\" must be a group");
    QTest::newRow("where-without-rules") << orders(">=", "1", R"(,"where":{"combinator":"and"})")
                                         << QStringLiteral("rules[0].where: A group needs \"rules\"");
    QTest::newRow("where-child-not-object")
        << orders(">=", "1", where("3")) << QStringLiteral("rules[0].where.rules[0]: A rule must be an object");
    QTest::newRow("where-bad-combinator") << orders(">=", "1", R"(,"where":{"combinator":"xor","rules":[]})")
                                          << QStringLiteral("rules[0].where: \"combinator\" must be");
    QTest::newRow("nul-in-where") << orders(">=", "1", where(R"({"field":"product","operator":"=","value":"a\u0000"})"))
                                  << QStringLiteral("rules[0].where.rules[0]: The value contains a NUL");
    // The "where" group is one level below its rule: 9 more levels of groups in it make 11.
    QByteArray deep = R"({"field":"product","operator":"=","value":"x"})";
    for (int i = 0; i < 9; ++i)
        deep = R"({"combinator":"and","rules":[)" + deep + "]}";
    QTest::newRow("where-too-deep") << orders(">=", "1", where(deep)) << QStringLiteral("nested more than 10 levels");
}

void TstOrderRules::structureErrorsNameThePart()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FilterDefinition::parse(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstOrderRules::validationErrorsNameThePart_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-measure") << orders(">=", "1", R"(,"measure":"avg")")
                                     << QStringLiteral("rules[0]: unknown measure \"avg\"");
    QTest::newRow("measure-not-text") << orders(">=", "1", R"(,"measure":3)")
                                      << QStringLiteral("rules[0]: unknown measure \"3\"");
    QTest::newRow("distinct-unknown-column")
        << orders(">=", "1", R"(,"measure":"distinct:contry")")
        << QStringLiteral("rules[0]: measure \"distinct:contry\": the orders have no column \"contry\"");
    QTest::newRow("window-not-object") << orders(">=", "1", R"(,"window":90)")
                                       << QStringLiteral("rules[0]: \"window\" must be an object");
    QTest::newRow("window-unknown-key") << orders(">=", "1", R"(,"window":{"lastDays":9})")
                                        << QStringLiteral("rules[0]: \"window\" has the unknown key \"lastDays\"");
    QTest::newRow("window-days-and-dates") << orders(">=", "1", R"(,"window":{"inLastDays":9,"from":"2024-01-01"})")
                                           << QStringLiteral("either \"inLastDays\" or \"from\"/\"to\"");
    QTest::newRow("window-negative-days") << orders(">=", "1", R"(,"window":{"inLastDays":-1})")
                                          << QStringLiteral("\"inLastDays\" needs a whole number of days");
    QTest::newRow("window-bad-date") << orders(">=", "1", R"(,"window":{"from":"2024-02-30"})")
                                     << QStringLiteral("\"from\" must be a date YYYY-MM-DD, not \"2024-02-30\"");
    QTest::newRow("window-datetime") << orders(">=", "1", R"(,"window":{"to":"2024-02-03 10:00"})")
                                     << QStringLiteral("\"to\" must be a date YYYY-MM-DD");
    QTest::newRow("window-reversed") << orders(">=", "1", R"(,"window":{"from":"2024-02-03","to":"2024-02-01"})")
                                     << QStringLiteral("\"from\" (2024-02-03) is after \"to\" (2024-02-01)");
    QTest::newRow("where-unknown-column")
        << orders(">=", "1", where(R"({"field":"contry","operator":"=","value":"DE"})"))
        << QStringLiteral("rules[0].where.rules[0]: unknown order column \"contry\"; did you mean \"country\"?");
    QTest::newRow("where-customer-field") << orders(">=", "1", where(R"({"field":"name","operator":"=","value":"A"})"))
                                          << QStringLiteral("rules[0].where.rules[0]: unknown order column \"name\"");
    QTest::newRow("where-bad-operator")
        << orders(">=", "1", where(R"({"field":"quantity","operator":"contains","value":"1"})"))
        << QStringLiteral("rules[0].where.rules[0]: operator \"contains\" is not valid for the number field");
    QTest::newRow("where-value-type") << orders(">=", "1",
                                                where(R"({"field":"quantity","operator":">","value":"many"})"))
                                      << QStringLiteral("rules[0].where.rules[0]: value \"many\"");
    QTest::newRow("where-segment")
        << orders(">=", "1", where(R"({"field":"@segment","operator":"in","value":"x"})"))
        << QStringLiteral("rules[0].where.rules[0]: a condition on order lines cannot hold \"@segment\" rules");
    QTest::newRow("where-orders") << orders(">=", "1", where(R"({"field":"@orders","operator":">","value":1})"))
                                  << QStringLiteral("cannot hold \"@orders\" rules");
    QTest::newRow("operator-in") << orders("in", "[1,2]")
                                 << QStringLiteral("rules[0]: operator \"in\" is not valid for \"@orders\"");
    QTest::newRow("operator-unknown") << orders("atLeast", "1") << QStringLiteral("unknown operator \"atLeast\"");
    QTest::newRow("count-text") << orders(">=", "\"two\"") << QStringLiteral("rules[0]: value \"two\"");
    QTest::newRow("count-missing") << one(R"({"field":"@orders","operator":">="})")
                                   << QStringLiteral("rules[0]: \">=\" needs one value");
    QTest::newRow("between-one-value") << orders("between", "[1]") << QStringLiteral("\"between\" needs two values");
    QTest::newRow("date-measure-number") << orders(">=", "5", R"(,"measure":"last_date")")
                                         << QStringLiteral("rules[0]: value \"5\" is not a date");
    QTest::newRow("date-measure-time") << orders(">=", "\"2024-01-01 10:00\"", R"(,"measure":"first_date")")
                                       << QStringLiteral("without a time");
}

void TstOrderRules::validationErrorsNameThePart()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!FilterResolver::resolve(json, context(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstOrderRules::withoutOrdersTheRuleIsRefused()
{
    FilterContext noOrders = context();
    noOrders.orderFields.clear();
    QString error;
    QVERIFY(!FilterResolver::resolve(orders(">=", "1"), noOrders, &error));
    QVERIFY2(error.contains(QStringLiteral("rules[0]: the workspace has no orders")), qPrintable(error));
    FilterContext noAmounts = context();
    noAmounts.orderFields.removeAt(5); // price
    QVERIFY(!FilterResolver::resolve(orders(">=", "1", R"(,"measure":"sum")"), noAmounts, &error));
    QVERIFY2(error.contains(QStringLiteral("measure \"sum\" needs the amount")), qPrintable(error));
    FilterContext noDates = context();
    noDates.orderFields.removeAt(2); // ordered
    QVERIFY(!FilterResolver::resolve(orders(">=", "1", R"(,"window":{"inLastDays":3})"), noDates, &error));
    QVERIFY2(error.contains(QStringLiteral("\"window\" needs the order date")), qPrintable(error));
    // A muted rule is not checked: the definition selects everyone.
    QVERIFY2(FilterResolver::resolve(orders(">=", "1", R"(,"muted":true,"measure":"avg")"), noOrders, &error),
             qPrintable(error));
}

namespace {

// `levels` negated groups around `leaf`, each holding 64 `filler` rules before the next (SQLite's worst case).
QByteArray nested(int levels, const QByteArray& leaf, const QByteArray& filler)
{
    QByteArray node = leaf;
    for (int i = 0; i < levels; ++i) {
        QByteArray rules;
        for (int j = 0; j < 64; ++j)
            rules += filler + ',';
        node = R"({"combinator":"and","not":true,"rules":[)" + rules + node + "]}";
    }
    return node;
}

} // namespace

// The groups above an `@orders` rule and those of its "where" count together: 10 levels run in SQLite (the rules'
// SQL nests a subquery in the outer expression), 11 are refused with the path of the part too deep.
void TstOrderRules::deepestNestingRunsInSqlite()
{
    for (const int outer : {1, 5, 9}) {
        for (const int extra : {0, 1}) {
            const QByteArray where = nested(10 - outer + extra, R"({"field":"country","operator":"=","value":"x"})",
                                            R"({"field":"quantity","operator":">","value":0})");
            const QByteArray json
                = nested(outer, R"({"field":"@orders","operator":"=","value":0,"where":)" + where + "}",
                         R"({"field":"name","operator":"!=","value":"zz"})");
            QString error;
            const auto resolved = FilterResolver::resolve(json, context(), &error);
            if (extra) {
                QVERIFY(!resolved);
                QVERIFY2(error.contains(QStringLiteral("nested more than 10 levels")), qPrintable(error));
                continue;
            }
            QVERIFY2(resolved, qPrintable(error));
            // SQLite parses and runs it: an error would come back as "<error: …>".
            const QStringList keys = sqlKeys(*resolved);
            QVERIFY2(!keys.join(u' ').contains(QStringLiteral("<error")), qPrintable(keys.join(u' ')));
            QCOMPARE(memoryKeys(*resolved), keys);
        }
    }
}

void TstOrderRules::sqlText()
{
    QString error;
    auto resolved = FilterResolver::resolve(
        orders(">=", "2",
               R"(,"window":{"inLastDays":30})" + where(R"({"field":"product","operator":"=","value":"P1"})")),
        context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    CompiledFilter compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    QCOMPARE(
        compiled.where,
        QStringLiteral("(COALESCE(\"id\" IN (SELECT customer_key FROM (SELECT \"customer\" AS customer_key FROM "
                       "\"orders\" WHERE \"customer\" IS NOT NULL AND (\"product\" = ?) AND \"ordered\" >= ? AND "
                       "\"ordered\" < ? GROUP BY \"customer\", \"order_id\" HAVING sum(CAST(round((\"quantity\" * "
                       "\"price\") * 1000000) AS INTEGER)) > 0) GROUP BY customer_key HAVING count(*) >= ?), 0))"));
    const QList<FilterValue> bindings{FilterValue(QStringLiteral("P1")), FilterValue(QStringLiteral("2024-06-01")),
                                      FilterValue(QStringLiteral("2024-07-02")), FilterValue(qint64(2))};
    QVERIFY(compiled.bindings == bindings);

    resolved = FilterResolver::resolve(orders("<", "100", R"(,"measure":"sum")"), context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    compiled = FilterCompiler::compile(*resolved, m_workspace->customerKeyExpression());
    QCOMPARE(
        compiled.where,
        QStringLiteral("(NOT COALESCE(\"id\" IN (SELECT \"customer\" FROM \"orders\" WHERE \"customer\" IS NOT "
                       "NULL GROUP BY \"customer\" HAVING NOT (coalesce(sum(CAST(round((\"quantity\" * \"price\") * "
                       "1000000) AS INTEGER)), 0) / 1000000.0 < ?)), 0))"));
    QCOMPARE(FilterCompiler::countQueryText(compiled).count(QStringLiteral("\n-- ?")), 1);
}

void TstOrderRules::selectsCustomers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("keys");
    auto keys = [](const char* text) {
        return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    const QByteArray p1 = where(R"({"field":"product","operator":"=","value":"P1"})");
    QTest::newRow("has-orders") << orders(">=", "1") << keys("a,b,e,h");
    QTest::newRow("no-orders") << orders("=", "0") << keys("c,d,f");
    QTest::newRow("fewer-than-two") << orders("<", "2") << keys("b,c,d,f");
    QTest::newRow("not-two") << orders("!=", "2") << keys("b,c,d,f");
    QTest::newRow("count-between-0-1") << orders("between", "[0,1]") << keys("b,c,d,f");
    QTest::newRow("count-not-between-0-1") << orders("notBetween", "[0,1]") << keys("a,e,h");
    QTest::newRow("bought-p1") << orders(">=", "1", p1) << keys("a,e");
    QTest::newRow("bought-p1-up-to-june-1") << orders(">=", "1", p1 + R"(,"window":{"to":"2024-06-01"})") << keys("a");
    QTest::newRow("bought-p1-from-june-21")
        << orders(">=", "1", p1 + R"(,"window":{"from":"2024-06-21"})") << keys("e");
    QTest::newRow("bought-in-june") << orders(">=", "1", R"(,"window":{"from":"2024-06-01","to":"2024-06-30"})")
                                    << keys("a,h");
    QTest::newRow("in-last-30-days") << orders(">=", "2", R"(,"window":{"inLastDays":30})") << keys("a,h");
    QTest::newRow("in-last-0-days") << orders(">=", "1", R"(,"window":{"inLastDays":0})") << keys("e");
    QTest::newRow("no-order-since-june-16")
        << orders("=", "0", R"(,"window":{"from":"2024-06-17"})") << keys("b,c,d,f,h");
    QTest::newRow("spent-100") << orders(">=", "100", R"(,"measure":"sum")") << keys("e,h");
    QTest::newRow("spent-exactly-35.35") << orders("=", "35.35", R"(,"measure":"sum")") << keys("a");
    QTest::newRow("spent-0-returns-net-out") << orders("=", "0", R"(,"measure":"sum")") << keys("b,c,d,f");
    QTest::newRow("spent-more-than-0") << orders(">", "0", R"(,"measure":"sum")") << keys("a,e,h");
    QTest::newRow("spent-on-p-prefix") << orders(
        ">=", "30", R"(,"measure":"sum")" + where(R"({"field":"product","operator":"beginsWith","value":"P1"})"))
                                       << keys("a,e");
    QTest::newRow("two-countries") << orders(">=", "2", R"(,"measure":"distinct:country")") << keys("a");
    QTest::newRow("one-country") << orders("=", "1", R"(,"measure":"distinct:country")") << keys("b,c,e,f,h");
    QTest::newRow("first-before") << orders("<", "\"2024-01-11\"", R"(,"measure":"first_date")") << keys("b,e");
    QTest::newRow("last-since") << orders(">=", "\"2024-06-20\"", R"(,"measure":"last_date")") << keys("a,c,e");
    QTest::newRow("last-between") << orders("between", R"(["2024-06-01","2024-06-30"])", R"(,"measure":"last_date")")
                                  << keys("a,c,h");
    QTest::newRow("not-last-since") << QByteArray(
        R"({"combinator":"and","not":true,"rules":[{"field":"@orders","operator":">=","value":)"
        R"("2024-06-20","measure":"last_date"}]})")
                                    << keys("b,d,f,h");
    QTest::newRow("where-not-p1") << orders(">=", "1",
                                            R"(,"where":{"combinator":"and","not":true,"rules":[{"field":"product",)"
                                            R"("operator":"=","value":"P1"}]})")
                                  << keys("a,b,e,h");
    QTest::newRow("where-relative-date") << orders(">=", "1",
                                                   where(R"({"field":"ordered","operator":"inLastDays","value":10})"))
                                         << keys("e");
    QTest::newRow("where-null-country") << orders(">=", "1", where(R"({"field":"country","operator":"null"})"))
                                        << keys("e");
    QTest::newRow("where-muted-rule-only")
        << orders(">=", "2", where(R"({"field":"country","operator":"=","value":"XX","muted":true})")) << keys("a,e,h");
    QTest::newRow("or-with-customer-rule")
        << QByteArray(R"({"combinator":"or","rules":[{"field":"@orders","operator":">=","value":2},)"
                      R"({"field":"name","operator":"=","value":"D"}]})")
        << keys("a,d,e,h");
    QTest::newRow("nested-not-and") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"name","operator":"!=","value":"B"},)"
        R"({"combinator":"or","not":true,"rules":[{"field":"@orders","operator":"=","value":0},)"
        R"({"field":"@orders","operator":">","value":100,"measure":"sum"}]}]})")
                                    << keys("a,h");
    QTest::newRow("saved-segment-with-order-rule")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"@segment","operator":"notIn","value":)"
                      R"(["big_spenders"]},{"field":"@orders","operator":">=","value":1}]})")
        << keys("a,b");
    QTest::newRow("two-order-rules") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"@orders","operator":">=","value":1,"where":)"
        R"({"combinator":"and","rules":[{"field":"product","operator":"=","value":"P1"}]}},)"
        R"({"field":"@orders","operator":"=","value":0,"where":{"combinator":"and","rules":)"
        R"([{"field":"product","operator":"=","value":"P4"}]}}]})")
                                     << keys("a");
}

void TstOrderRules::selectsCustomers()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, keys);
    QString error;
    const auto resolved = FilterResolver::resolve(json, context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(sqlKeys(*resolved), keys);
    QCOMPARE(memoryKeys(*resolved), keys);
    const auto funnel = m_evaluator->funnel(*resolved, &error);
    QVERIFY2(funnel, qPrintable(error));
    QCOMPARE(funnel->count, qint64(keys.size()));
}

// With neither condition nor window, "count", "sum", "first_date" and "last_date" are what the import derives as
// orders_count, total_revenue, first_purchase_date and last_purchase_date (OrdersAggregator).
void TstOrderRules::measuresWithoutConditionsAreTheImportsDerivedFields()
{
    QTemporaryDir dir;
    QString error;
    auto workspace
        = Workspace::open(dir.filePath(QStringLiteral("w.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY2(workspace->db().exec(QStringLiteral("ATTACH '%1' AS source; CREATE TABLE orders AS SELECT * FROM "
                                                 "source.orders; CREATE TABLE customers AS SELECT * FROM "
                                                 "source.customers; DETACH source;")
                                      .arg(m_workspace->path()),
                                  &error),
             qPrintable(error));
    QVERIFY2(FieldCatalog::replace(workspace->db(), QStringLiteral("orders"),
                                   m_workspace->fields(QStringLiteral("orders")), &error),
             qPrintable(error));
    QVERIFY2(FieldCatalog::replace(workspace->db(), QStringLiteral("customers"), m_workspace->fields(), &error),
             qPrintable(error));
    qint64 created = 0;
    QVERIFY2(OrdersAggregator::recompute(workspace->db(), &created, &error), qPrintable(error));
    QCOMPARE(created, qint64(0));
    // The same customers as the derived column's comparison, for each measure the import also derives.
    struct Case
    {
        QByteArray rule;
        const char* column;
    };
    const QList<Case> cases{
        {orders("=", "0"), "orders_count = 0"},
        {orders("=", "1"), "orders_count = 1"},
        {orders("=", "2"), "orders_count = 2"},
        {orders(">=", "1"), "orders_count >= 1"},
        {orders("=", "0", R"(,"measure":"sum")"), "total_revenue = 0"},
        {orders("=", "35.35", R"(,"measure":"sum")"), "total_revenue = 35.35"},
        {orders(">", "50", R"(,"measure":"sum")"), "total_revenue > 50"},
        {orders(">=", "\"2024-06-20\"", R"(,"measure":"last_date")"), "last_purchase_date >= '2024-06-20'"},
        {orders("<", "\"2024-01-11\"", R"(,"measure":"first_date")"), "first_purchase_date < '2024-01-11'"}};
    const FilterContext ctx = FilterContext::fromWorkspace(*workspace);
    for (const Case& c : cases) {
        const auto resolved = FilterResolver::resolve(c.rule, ctx, &error);
        QVERIFY2(resolved, qPrintable(error));
        const auto count = FilterCompiler::count(
            workspace->db(), FilterCompiler::compile(*resolved, workspace->customerKeyExpression()), &error);
        QVERIFY2(count, qPrintable(error));
        const qint64 expected
            = workspace->db()
                  .scalar(QStringLiteral("SELECT count(*) FROM customers WHERE %1").arg(QLatin1String(c.column)))
                  .toLongLong();
        QVERIFY2(*count == expected, c.column);
        QVERIFY2(expected > 0, c.column); // each case selects someone
    }
}

// The builder's live count (CountService, on the in-memory store) with order rules, the funnel included.
void TstOrderRules::liveCountsAskSqliteForOrderRules()
{
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy ready(&service, &CountService::countReady);
    QSignalSpy failed(&service, &CountService::countFailed);
    service.open(m_workspace->path());
    QTRY_COMPARE(loaded.count(), 1);
    const QByteArray definition
        = R"({"combinator":"or","rules":[{"field":"@orders","operator":">=","value":100,"measure":"sum"},)"
          R"({"combinator":"and","rules":[{"field":"name","operator":"!=","value":"D"},)"
          R"({"field":"@orders","operator":"=","value":0,"window":{"inLastDays":30}}]}]})";
    service.requestCount(definition);
    QTRY_COMPARE(ready.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    // sum >= 100: e, h; not D and no order from 2024-06-01 (a has O1, O2; e O6; h O10, O11): b, c, f.
    QCOMPARE(ready.at(0).at(1).toLongLong(), 5);
    const auto funnel = ready.at(0).at(2).value<FilterFunnel>();
    QCOMPARE(funnel.steps.size(), 3);
    QCOMPARE(funnel.steps.at(0).field, QStringLiteral("@orders"));
    QCOMPARE(funnel.steps.at(0).matching, 2);
    QCOMPARE(funnel.steps.at(2).matching, 4); // b, c, d, f
}

void TstOrderRules::describesInPlainLanguage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("count") << orders(">=", "2")
                           << QStringLiteral("Customers where the number of orders is at least 2.");
    QTest::newRow("no-orders-since")
        << orders("=", "0", R"(,"window":{"from":"2024-06-17"})")
        << QStringLiteral("Customers where the number of orders (ordered on or after “2024-06-17”) is 0.");
    QTest::newRow("sum-where-window")
        << orders(">", "200",
                  R"(,"measure":"sum","window":{"inLastDays":30})"
                      + where(R"({"field":"product","operator":"beginsWith","value":"22"})"))
        << QStringLiteral("Customers where the amount spent (order lines where Product begins with “22”, ordered in "
                          "the last 30 day(s)) is greater than 200."); // %n plurals come from the .qm files
    QTest::newRow("distinct") << orders(">=", "2", R"(,"measure":"distinct:country")")
                              << QStringLiteral("Customers where the number of distinct country is at least 2.");
    QTest::newRow("last-date-between")
        << orders("between", R"(["2024-01-01","2024-02-01"])",
                  R"(,"measure":"last_date","window":{"from":"2023-01-01","to":"2023-12-31"})")
        << QStringLiteral("Customers where the last order date (ordered from “2023-01-01” to “2023-12-31”) is between "
                          "“2024-01-01” and “2024-02-01”.");
    QTest::newRow("first-date-before") << orders("<", "\"2024-01-01\"", R"(,"measure":"first_date")")
                                       << QStringLiteral(
                                              "Customers where the first order date is before “2024-01-01”.");
}

void TstOrderRules::describesInPlainLanguage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QString error;
    const auto resolved = FilterResolver::resolve(json, context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(FilterDescriber::describe(*resolved, QLocale(QLocale::English, QLocale::UnitedStates)), text);
}

QTEST_GUILESS_MAIN(TstOrderRules)
#include "tst_orderrules.moc"
