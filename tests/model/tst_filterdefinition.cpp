// Segment definitions: reading react-querybuilder and jQuery QueryBuilder JSON, round trips, and validation errors
// that name the part at fault.
#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"
#include "model/filter/jqueryquerybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace swb;

namespace {

FieldInfo field(const char* name, FieldType type)
{
    FieldInfo info;
    info.name = QString::fromLatin1(name);
    info.originalHeader = info.name;
    info.type = type;
    return info;
}

FilterContext context()
{
    FilterContext context;
    context.fields = {field("country", FieldType::Text), field("age", FieldType::Integer),
                      field("revenue", FieldType::Real), field("newsletter", FieldType::Boolean),
                      field("signup", FieldType::Date),  field("last_seen", FieldType::DateTime),
                      field("email", FieldType::Text)};
    context.fields[4].originalHeader = QStringLiteral("Signup Date"); // messages name it "Signup Date" (signup)
    context.asOfDate = QDate(2024, 7, 1);
    context.segments = [](const QString& name) -> std::optional<SegmentInfo> {
        SegmentInfo info;
        info.name = name;
        if (name == QLatin1String("vip")) {
            info.id = 1;
            info.kind = SegmentKind::Static;
            return info;
        }
        if (name == QLatin1String("young")) {
            info.id = 2;
            info.definition = R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":30}]})";
            return info;
        }
        if (name == QLatin1String("loop_a")) {
            info.id = 3;
            info.definition = R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":"loop_b"}]})";
            return info;
        }
        if (name == QLatin1String("loop_b")) {
            info.id = 4;
            info.definition = R"({"combinator":"or","rules":[{"field":"age","operator":">","value":1},)"
                              R"({"field":"@segment","operator":"in","value":["young","loop_a"]}]})";
            return info;
        }
        if (name == QLatin1String("broken")) {
            info.id = 5;
            info.definition = R"({"combinator":"and","rules":[{"field":"agee","operator":"=","value":1}]})";
            return info;
        }
        return std::nullopt;
    };
    return context;
}

QByteArray nested(int depth)
{
    QByteArray json = R"({"field":"age","operator":"=","value":1})";
    for (int i = 0; i < depth; ++i)
        json = R"({"combinator":"and","rules":[)" + json + "]}";
    return json;
}

} // namespace

class TstFilterDefinition : public QObject
{
    Q_OBJECT

private slots:
    void parsesTree();
    void roundTripIsLossless_data();
    void roundTripIsLossless();
    void editedTreeIsWrittenBack();
    void structureErrorsNameThePart_data();
    void structureErrorsNameThePart();
    void deepButAllowedNesting();
    void nulInTreeBuiltInMemoryIsRefused();
    void validationErrorsNameTheRule_data();
    void validationErrorsNameTheRule();
    void mutedRulesAreNotChecked();
    void segmentNameBeingSavedIsACycle();
    void operandsAreConverted_data();
    void operandsAreConverted();
    void jqueryShapeIsConverted_data();
    void jqueryShapeIsConverted();
    void jqueryErrorsNameThePart();
};

// Member definitions stay outside the class: moc (Qt 6.4) loses track of a class body holding raw strings with
// an odd number of quotes.

void TstFilterDefinition::parsesTree()
{
    QString error;
    const auto group = FilterDefinition::parse(
        R"({"combinator":"or","not":true,"rules":[{"id":"r1","field":"country","operator":"in","value":["DE","AT"]},)"
        R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30,"disabled":true}]}]})",
        &error);
    QVERIFY2(group, qPrintable(error));
    QCOMPARE(group->combinator, FilterCombinator::Or);
    QVERIFY(group->negated);
    QCOMPARE(group->rules.size(), size_t(2));
    const FilterRule* rule = group->rules[0].rule();
    QVERIFY(rule);
    QCOMPARE(rule->id, QStringLiteral("r1"));
    QCOMPARE(rule->field, QStringLiteral("country"));
    QCOMPARE(rule->operatorName, QStringLiteral("in"));
    QCOMPARE(rule->value.toArray().size(), 2);
    const FilterGroup* inner = group->rules[1].group();
    QVERIFY(inner);
    QVERIFY(inner->rules[0].rule()->disabled);
    QVERIFY(!inner->rules[0].isActive());
}

void TstFilterDefinition::roundTripIsLossless_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("minimal") << QByteArray(R"({"combinator":"and","rules":[]})");
    QTest::newRow("explicit-not-false") << QByteArray(R"({"combinator":"and","not":false,"rules":[]})");
    QTest::newRow("rqb-ids-and-unknown-keys")
        << QByteArray(R"({"id":"g-1","combinator":"or","rules":[{"id":"r-1","field":"country","operator":"in",)"
                      R"("value":"DE,AT","valueSource":"value","x-meta":{"a":[1,2]}}],"custom":42})");
    QTest::newRow("muted-and-disabled") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":3,"muted":true},)"
        R"({"combinator":"or","disabled":true,"rules":[]},{"field":"age","operator":"null",)"
        R"("value":"","disabled":false}]})");
    QTest::newRow("uppercase-combinator") << QByteArray(R"({"combinator":"AND","rules":[]})");
    QTest::newRow("numbers-kept-as-written")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":"between","value":[25,55.5]},)"
                      R"({"field":"age","operator":"=","value":"30"}]})");
    QTest::newRow("deep") << nested(FilterDefinition::maxDepth);
}

void TstFilterDefinition::roundTripIsLossless()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto group = FilterDefinition::parse(json, &error);
    QVERIFY2(group, qPrintable(error));
    QCOMPARE(FilterDefinition::toJson(*group), QJsonDocument::fromJson(json).object());
    // And again from our own output.
    const auto again = FilterDefinition::parse(FilterDefinition::toJsonText(*group), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(FilterDefinition::toJson(*again), QJsonDocument::fromJson(json).object());
}

void TstFilterDefinition::editedTreeIsWrittenBack()
{
    auto group = FilterDefinition::parse(R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":3}]})",
                                         nullptr);
    QVERIFY(group);
    group->negated = true;
    group->rules[0].rule()->disabled = true;
    group->rules[0].rule()->value = QJsonValue(5);
    const QJsonObject json = FilterDefinition::toJson(*group);
    QCOMPARE(json.value(QStringLiteral("not")).toBool(), true);
    const QJsonObject rule = json.value(QStringLiteral("rules")).toArray().at(0).toObject();
    QCOMPARE(rule.value(QStringLiteral("disabled")).toBool(), true);
    QCOMPARE(rule.value(QStringLiteral("value")).toInt(), 5);
}

void TstFilterDefinition::structureErrorsNameThePart_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not-json") << QByteArray("{combinator:") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no-rules") << QByteArray(R"({"combinator":"and"})") << QStringLiteral("needs \"rules\"");
    QTest::newRow("bad-combinator") << QByteArray(R"({"combinator":"xor","rules":[]})")
                                    << QStringLiteral("\"combinator\" must be \"and\" or \"or\"");
    QTest::newRow("bad-not") << QByteArray(R"({"combinator":"and","not":"yes","rules":[]})")
                             << QStringLiteral("\"not\" must be true or false");
    QTest::newRow("rule-not-object") << QByteArray(R"({"combinator":"and","rules":[{"combinator":"or","rules":[1]}]})")
                                     << QStringLiteral("rules[0].rules[0]: A rule must be an object");
    QTest::newRow("independent-combinators") << QByteArray(
        R"({"rules":[{"field":"age","operator":"=","value":1},"and",{"field":"age","operator":"=","value":2}]})")
                                             << QStringLiteral("rules[1]: Combinators between rules");
    QTest::newRow("field-not-string") << QByteArray(R"({"combinator":"and","rules":[{"field":3,"operator":"="}]})")
                                      << QStringLiteral("rules[0]: \"field\" must be");
    QTest::newRow("too-deep") << nested(11) << QStringLiteral("nested more than 10 levels");
    // Qt's JSON parser gives up at 1,024 brackets; the message still speaks of groups, and nothing crashes.
    QTest::newRow("ten-thousand-levels") << nested(10000)
                                         << QStringLiteral("groups can be nested at most 10 levels deep");
    // A NUL would end the text for LIKE ("\u0000" matched everyone) and cut messages off.
    QTest::newRow("nul-in-value") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"email","operator":"contains","value":"\u0000"}]})")
                                  << QStringLiteral("rules[0]: The value contains a NUL character");
    QTest::newRow("nul-in-list") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","A\u0000T"]}]})")
                                 << QStringLiteral("rules[0]: The value contains a NUL character");
    QTest::newRow("nul-in-field") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"ema\u0000il","operator":"=","value":"x"}]})")
                                  << QStringLiteral("rules[0]: The field name contains a NUL character (\\u0000), "
                                                    "which no field name can hold. Remove it.");
    QTest::newRow("nul-in-operator") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"age","operator":"=\u0000","value":1}]})")
                                     << QStringLiteral("rules[0]: The operator contains a NUL character");
    QTest::newRow("nul-in-jquery") << QByteArray(
        R"({"condition":"AND","rules":[{"id":"email","operator":"contains","value":"a\u0000"}]})")
                                   << QStringLiteral("The value contains a NUL character");
}

void TstFilterDefinition::structureErrorsNameThePart()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FilterDefinition::parse(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TstFilterDefinition::deepButAllowedNesting()
{
    QString error;
    const auto group = FilterDefinition::parse(nested(FilterDefinition::maxDepth), &error);
    QVERIFY2(group, qPrintable(error));
    QVERIFY2(FilterResolver::resolve(*group, context(), &error), qPrintable(error));
}

void TstFilterDefinition::nulInTreeBuiltInMemoryIsRefused()
{
    FilterRule rule;
    rule.field = QStringLiteral("email");
    rule.operatorName = QStringLiteral("contains");
    rule.value = QString(QChar(u'\0'));
    FilterGroup group;
    group.rules.push_back(FilterNode{rule});
    QString error;
    QVERIFY(!FilterResolver::resolve(group, context(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("rules[0]: The value contains a NUL character")), qPrintable(error));
    QVERIFY(!error.contains(QChar(u'\0')));
}

void TstFilterDefinition::validationErrorsNameTheRule_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    auto rule = [](const char* r) {
        return QByteArray(R"({"combinator":"and","rules":[)") + r + "]}";
    };
    QTest::newRow("unknown-field-with-suggestion") << QByteArray(
        R"({"combinator":"and","rules":[{"field":"age","operator":"=","value":1},{"combinator":"or",)"
        R"("rules":[{"field":"age","operator":"=","value":1},{"field":"contry","operator":"=","value":"DE"}]}]})")
                                                   << QStringLiteral("rules[1].rules[1]: unknown field \"contry\"; "
                                                                     "did you mean \"country\"?");
    QTest::newRow("unknown-field") << rule(R"({"field":"zzzzzz","operator":"=","value":1})")
                                   << QStringLiteral("rules[0]: unknown field \"zzzzzz\"");
    QTest::newRow("no-field") << rule(R"({"operator":"=","value":1})")
                              << QStringLiteral("rules[0]: the rule has no field");
    QTest::newRow("no-operator") << rule(R"({"field":"age","value":1})") << QStringLiteral("has no operator");
    QTest::newRow("unknown-operator") << rule(R"({"field":"age","operator":"like","value":1})")
                                      << QStringLiteral("unknown operator \"like\"");
    QTest::newRow("contains-on-number") << rule(R"({"field":"age","operator":"contains","value":"3"})")
                                        << QStringLiteral(
                                               "operator \"contains\" is not valid for the number field \"age\"");
    QTest::newRow("pattern-on-boolean") << rule(R"({"field":"newsletter","operator":"beginsWith","value":"1"})")
                                        << QStringLiteral("not valid for the yes/no field \"newsletter\"");
    QTest::newRow("relative-on-text") << rule(R"({"field":"country","operator":"inLastDays","value":3})")
                                      << QStringLiteral("not valid for the text field \"country\"");
    QTest::newRow("relative-on-number") << rule(R"({"field":"age","operator":"moreThanDaysAgo","value":3})")
                                        << QStringLiteral("not valid for the number field \"age\"");
    QTest::newRow("between-one-value") << rule(R"({"field":"age","operator":"between","value":"30"})")
                                       << QStringLiteral("\"between\" needs two values");
    QTest::newRow("between-three-values") << rule(R"({"field":"age","operator":"notBetween","value":[1,2,3]})")
                                          << QStringLiteral("\"notBetween\" needs two values");
    QTest::newRow("in-empty") << rule(R"({"field":"country","operator":"in","value":[]})")
                              << QStringLiteral("\"in\" needs at least one value");
    QTest::newRow("in-blank-text") << rule(R"({"field":"country","operator":"notIn","value":"  "})")
                                   << QStringLiteral("\"notIn\" needs at least one value");
    QTest::newRow("equal-without-value") << rule(R"({"field":"age","operator":"="})")
                                         << QStringLiteral("\"=\" needs a value");
    QTest::newRow("equal-null") << rule(R"({"field":"age","operator":"=","value":null})")
                                << QStringLiteral("\"=\" needs a value");
    QTest::newRow("equal-list") << rule(R"({"field":"age","operator":"=","value":[1]})")
                                << QStringLiteral("\"=\" needs one value, not a list");
    QTest::newRow("number-not-numeric")
        << rule(R"({"field":"age","operator":">","value":"abc"})")
        << QStringLiteral("rules[0]: value \"abc\" is not a number, but \"age\" is a number field");
    QTest::newRow("number-in-list-not-numeric") << rule(R"({"field":"revenue","operator":"in","value":"1, 2, x"})")
                                                << QStringLiteral("value \"x\" is not a number");
    QTest::newRow("number-bool") << rule(R"({"field":"age","operator":"=","value":true})")
                                 << QStringLiteral("value \"true\" is not a number");
    QTest::newRow("boolean-maybe") << rule(R"({"field":"newsletter","operator":"=","value":"maybe"})")
                                   << QStringLiteral("value \"maybe\" is not yes or no");
    QTest::newRow("boolean-two") << rule(R"({"field":"newsletter","operator":"=","value":2})")
                                 << QStringLiteral("value \"2\" is not yes or no");
    QTest::newRow("date-bad") << rule(R"({"field":"signup","operator":">","value":"2024-13-01"})")
                              << QStringLiteral("value \"2024-13-01\" is not a date");
    QTest::newRow("date-sloppy") << rule(R"({"field":"signup","operator":"=","value":"1.2.2024"})")
                                 << QStringLiteral("the date field \"Signup Date\" (signup) takes dates as YYYY-MM-DD");
    QTest::newRow("datetime-bad-time") << rule(R"({"field":"last_seen","operator":"<","value":"2024-01-01 25:00"})")
                                       << QStringLiteral("YYYY-MM-DD HH:MM:SS");
    QTest::newRow("text-bool") << rule(R"({"field":"country","operator":"=","value":false})")
                               << QStringLiteral("put the value in quotes");
    QTest::newRow("days-negative") << rule(R"({"field":"signup","operator":"inLastDays","value":-3})")
                                   << QStringLiteral("needs a whole number of days");
    QTest::newRow("days-fraction") << rule(R"({"field":"signup","operator":"moreThanDaysAgo","value":1.5})")
                                   << QStringLiteral("needs a whole number of days");
    QTest::newRow("days-text") << rule(R"({"field":"signup","operator":"notInLastDays","value":"week"})")
                               << QStringLiteral("\"notInLastDays\" needs a whole number of days");
    QTest::newRow("pattern-too-long") << rule(QByteArray(R"({"field":"email","operator":"contains","value":")")
                                              + QByteArray(10001, 'x') + R"("})")
                                      << QStringLiteral("longer than 10000 characters");
    QTest::newRow("segment-operator") << rule(R"({"field":"@segment","operator":"=","value":"vip"})")
                                      << QStringLiteral("use \"in\" or \"notIn\"");
    QTest::newRow("segment-unknown") << rule(R"({"field":"@segment","operator":"in","value":"nobody"})")
                                     << QStringLiteral("rules[0]: unknown segment \"nobody\"");
    QTest::newRow("segment-cycle") << rule(R"({"field":"@segment","operator":"in","value":"loop_a"})")
                                   << QStringLiteral("cycle: loop_a → loop_b → loop_a");
    QTest::newRow("segment-broken-definition")
        << rule(R"({"field":"@segment","operator":"in","value":"broken"})")
        << QStringLiteral("segment \"broken\": rules[0]: unknown field \"agee\"");
}

void TstFilterDefinition::validationErrorsNameTheRule()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!FilterResolver::resolve(json, context(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TstFilterDefinition::mutedRulesAreNotChecked()
{
    QString error;
    const auto resolved = FilterResolver::resolve(
        R"({"combinator":"and","rules":[{"field":"nonsense","operator":"??","disabled":true},)"
        R"({"combinator":"or","muted":true,"rules":[{"field":"age","operator":"contains","value":1}]},)"
        R"({"field":"age","operator":">","value":"18"}]})",
        context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    QCOMPARE(resolved->children.size(), size_t(1));
    QCOMPARE(resolved->children[0].rule()->path, QStringLiteral("rules[2]"));
    // A muted root is a definition without rules.
    const auto mutedRoot = FilterResolver::resolve(
        R"({"combinator":"and","not":true,"muted":true,"rules":[{"field":"age","operator":">","value":"18"}]})",
        context(), &error);
    QVERIFY2(mutedRoot, qPrintable(error));
    QVERIFY(mutedRoot->children.empty());
    QVERIFY(!mutedRoot->negated);
}

void TstFilterDefinition::segmentNameBeingSavedIsACycle()
{
    FilterContext ctx = context();
    ctx.definingSegment = QStringLiteral("young");
    QString error;
    QVERIFY(!FilterResolver::resolve(
        R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":"young"}]})", ctx, &error));
    QVERIFY2(error.contains(QStringLiteral("cycle: young → young")), qPrintable(error));
}

void TstFilterDefinition::operandsAreConverted_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("expected"); // the rule's canonical key lists the typed operands
    QTest::newRow("comma-text-trimmed") << QByteArray(R"({"field":"country","operator":"in","value":" DE , AT,CH "})")
                                        << QStringLiteral("s2:DE,s2:AT,s2:CH");
    QTest::newRow("escaped-comma") << QByteArray(R"({"field":"country","operator":"in","value":"a\\,b,c"})")
                                   << QStringLiteral("s3:a,b,s1:c");
    QTest::newRow("number-to-text") << QByteArray(R"({"field":"country","operator":"=","value":1234})")
                                    << QStringLiteral("s4:1234");
    QTest::newRow("integer-from-text") << QByteArray(R"({"field":"age","operator":"in","value":"1, 2.0, 2.5"})")
                                       << QStringLiteral("i:1,i:2,d:2.5");
    QTest::newRow("real-from-integer") << QByteArray(R"({"field":"revenue","operator":">","value":500})")
                                       << QStringLiteral("d:500");
    QTest::newRow("big-integer-exact") << QByteArray(R"({"field":"age","operator":"=","value":"9007199254740993"})")
                                       << QStringLiteral("i:9007199254740993");
    QTest::newRow("boolean-words") << QByteArray(
        R"({"field":"newsletter","operator":"in","value":["Yes","no",true,0]})")
                                   << QStringLiteral("i:1,i:0,i:1,i:0");
    QTest::newRow("datetime-normalised") << QByteArray(
        R"({"field":"last_seen","operator":"between","value":["2024-01-02T10:30","2024-02-01"]})")
                                         << QStringLiteral("s19:2024-01-02 10:30:00,s10:2024-02-01");
    QTest::newRow("date-pattern-free-text")
        << QByteArray(R"({"field":"signup","operator":"beginsWith","value":"2023-"})") << QStringLiteral("s5:2023-");
    QTest::newRow("in-last-days-bounds") << QByteArray(R"({"field":"signup","operator":"inLastDays","value":"30"})")
                                         << QStringLiteral("s10:2024-06-01,s10:2024-07-02");
    QTest::newRow("not-in-last-days-bounds") << QByteArray(R"({"field":"signup","operator":"notInLastDays","value":0})")
                                             << QStringLiteral("s10:2024-07-01,s10:2024-07-02");
    QTest::newRow("more-than-days-ago") << QByteArray(
        R"({"field":"last_seen","operator":"moreThanDaysAgo","value":365})")
                                        << QStringLiteral("s10:2023-07-02");
}

void TstFilterDefinition::operandsAreConverted()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, expected);
    QString error;
    const auto resolved
        = FilterResolver::resolve(QByteArray(R"({"combinator":"and","rules":[)") + rule + "]}", context(), &error);
    QVERIFY2(resolved, qPrintable(error));
    const QString key = resolved->children[0].rule()->key;
    QVERIFY2(key.endsWith(QLatin1Char(' ') + expected), qPrintable(key));
}

void TstFilterDefinition::jqueryShapeIsConverted_data()
{
    QTest::addColumn<QByteArray>("jquery");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("doc-example")
        << QByteArray(R"({"condition":"AND","not":false,"rules":[{"id":"age","field":"age","type":"integer",)"
                      R"("input":"number","operator":"less_or_equal","value":30}],"valid":true})")
        << QByteArray(R"({"combinator":"and","not":false,"rules":[{"field":"age","operator":"<=","value":30}]})");
    QTest::newRow("nested-or-with-lists")
        << QByteArray(R"({"condition":"OR","rules":[{"id":"country","operator":"in","value":["DE","AT"]},)"
                      R"({"condition":"AND","not":true,"rules":[{"id":"age","field":"age","operator":"not_between",)"
                      R"("value":[20,30]},{"id":"email","operator":"not_ends_with","value":"@x.org"}]}]})")
        << QByteArray(
               R"({"combinator":"or","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
               R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"notBetween","value":[20,30]},)"
               R"({"field":"email","operator":"doesNotEndWith","value":"@x.org"}]}]})");
    QTest::newRow("empty-and-null")
        << QByteArray(R"({"condition":"AND","rules":[{"id":"email","operator":"is_empty","value":null},)"
                      R"({"id":"email","operator":"is_not_empty"},{"id":"age","operator":"is_null","value":null},)"
                      R"({"id":"age","operator":"is_not_null"}]})")
        << QByteArray(R"({"combinator":"and","rules":[{"field":"email","operator":"=","value":""},)"
                      R"({"field":"email","operator":"!=","value":""},{"field":"age","operator":"null"},)"
                      R"({"field":"age","operator":"notNull"}]})");
    QTest::newRow("all-patterns")
        << QByteArray(
               R"({"condition":"AND","rules":[{"id":"email","operator":"begins_with","value":"a"},)"
               R"({"id":"email","operator":"not_begins_with","value":"b"},{"id":"email","operator":"contains","value":"c"},)"
               R"({"id":"email","operator":"not_contains","value":"d"},{"id":"email","operator":"ends_with","value":"e"},)"
               R"({"id":"age","operator":"equal","value":1},{"id":"age","operator":"not_equal","value":2},)"
               R"({"id":"age","operator":"less","value":3},{"id":"age","operator":"greater","value":4},)"
               R"({"id":"age","operator":"greater_or_equal","value":5},{"id":"age","operator":"not_in","value":[6]},)"
               R"({"id":"age","operator":"between","value":[7,8]}]})")
        << QByteArray(
               R"({"combinator":"and","rules":[{"field":"email","operator":"beginsWith","value":"a"},)"
               R"({"field":"email","operator":"doesNotBeginWith","value":"b"},{"field":"email","operator":"contains","value":"c"},)"
               R"({"field":"email","operator":"doesNotContain","value":"d"},{"field":"email","operator":"endsWith","value":"e"},)"
               R"({"field":"age","operator":"=","value":1},{"field":"age","operator":"!=","value":2},)"
               R"({"field":"age","operator":"<","value":3},{"field":"age","operator":">","value":4},)"
               R"({"field":"age","operator":">=","value":5},{"field":"age","operator":"notIn","value":[6]},)"
               R"({"field":"age","operator":"between","value":[7,8]}]})");
}

void TstFilterDefinition::jqueryShapeIsConverted()
{
    QFETCH(QByteArray, jquery);
    QFETCH(QByteArray, expected);
    QString error;
    const auto group = FilterDefinition::parse(jquery, &error);
    QVERIFY2(group, qPrintable(error));
    QCOMPARE(FilterDefinition::toJson(*group), QJsonDocument::fromJson(expected).object());
    QVERIFY2(FilterResolver::resolve(*group, context(), &error), qPrintable(error));
}

void TstFilterDefinition::jqueryErrorsNameThePart()
{
    QString error;
    QVERIFY(!FilterDefinition::parse(
        R"({"condition":"AND","rules":[{"id":"age","operator":"equal","value":1},{"id":"age","operator":"regex","value":1}]})",
        &error));
    QVERIFY2(error.contains(QStringLiteral("rules[1]: Unknown jQuery QueryBuilder operator \"regex\"")),
             qPrintable(error));
    QVERIFY(!FilterDefinition::parse(R"({"condition":"XOR","rules":[]})", &error));
    QVERIFY2(error.contains(QStringLiteral("\"condition\" must be \"AND\" or \"OR\"")), qPrintable(error));
    // is_empty means = '' and "" is not a number: refused on a number field.
    const auto group
        = FilterDefinition::parse(R"({"condition":"AND","rules":[{"id":"age","operator":"is_empty"}]})", &error);
    QVERIFY(group);
    QVERIFY(!FilterResolver::resolve(*group, context(), &error));
    QVERIFY2(error.contains(QStringLiteral("is not a number")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstFilterDefinition)
#include "tst_filterdefinition.moc"
