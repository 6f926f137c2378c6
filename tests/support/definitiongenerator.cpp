#include "tests/support/definitiongenerator.h"

#include "model/database.h"
#include "model/filter/filteroperator.h"
#include "model/workspace.h"

#include <QDate>

namespace swb::test {

DefinitionGenerator::DefinitionGenerator(Workspace& workspace, quint32 seed, const QStringList& segments)
    : m_random(seed)
    , m_segments(segments)
{
    m_fields = workspace.fields();
    for (const FieldInfo& field : std::as_const(m_fields)) {
        Statement statement
            = workspace.db().prepare(QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 IS NOT NULL LIMIT 300")
                                         .arg(quoteIdentifier(field.name)));
        QJsonArray values;
        while (statement.next()) {
            const QVariant value = statement.value(0);
            if (value.typeId() == QMetaType::LongLong)
                values.append(QJsonValue(value.toLongLong()));
            else if (value.typeId() == QMetaType::Double)
                values.append(value.toDouble());
            else if (!isNumeric(field.type))
                values.append(value.toString());
        }
        m_samples.insert(field.name, values);
    }
}

void DefinitionGenerator::setShape(int notPercent, int maxDepth)
{
    m_notPercent = notPercent;
    m_maxDepth = maxDepth;
}

QJsonObject DefinitionGenerator::group(int depth)
{
    QJsonObject group;
    group.insert(QStringLiteral("combinator"), chance(50) ? QStringLiteral("and") : QStringLiteral("or"));
    if (chance(m_notPercent))
        group.insert(QStringLiteral("not"), true);
    else if (chance(20))
        group.insert(QStringLiteral("not"), false);
    if (depth > 0 && chance(4))
        group.insert(QStringLiteral("disabled"), true);
    QJsonArray rules;
    const int count = chance(4) ? 0 : 1 + int(m_random.bounded(4));
    for (int i = 0; i < count; ++i)
        rules.append(depth < m_maxDepth && chance(25) ? this->group(depth + 1) : rule());
    group.insert(QStringLiteral("rules"), rules);
    return group;
}

bool DefinitionGenerator::chance(int percent)
{
    return int(m_random.bounded(100)) < percent;
}

int DefinitionGenerator::below(int n)
{
    return int(m_random.bounded(n));
}

QJsonValue DefinitionGenerator::sample(const FieldInfo& field)
{
    const QJsonArray values = m_samples.value(field.name);
    return values.isEmpty() ? QJsonValue(0) : values.at(below(int(values.size())));
}

QString DefinitionGenerator::mangleCase(QString text)
{
    for (QChar& c : text) {
        if (chance(40))
            c = chance(50) ? c.toUpper() : c.toLower();
    }
    return text;
}

QJsonValue DefinitionGenerator::patternOperand(const FieldInfo& field)
{
    static const QStringList specials{QStringLiteral("%"),     QStringLiteral("_"), QStringLiteral("\\"),
                                      QStringLiteral("'"),     QStringLiteral(""),  QStringLiteral("é"),
                                      QStringLiteral("É"),     QStringLiteral("ß"), QStringLiteral("example.org"),
                                      QStringLiteral("2021-"), QStringLiteral(":3")};
    if (chance(25))
        return specials.at(below(int(specials.size())));
    const QString text = sample(field).toString();
    const int from = text.isEmpty() ? 0 : below(int(text.size()));
    const int length = int(text.size()) - from <= 0 ? 0 : 1 + below(int(text.size()) - from);
    return mangleCase(text.mid(from, length));
}

QJsonValue DefinitionGenerator::operand(const FieldInfo& field)
{
    switch (field.type) {
    case FieldType::Integer:
        if (chance(60))
            return sample(field);
        switch (below(7)) {
        case 5:
            return 9223372036854775808.0; // 2^63: beyond int64, equal to INT64_MAX only when compared as double
        case 0:
            return QString::number(below(120) - 20);
        case 1:
            return double(below(200) - 50) / 2.0;
        case 2:
            return QStringLiteral("9007199254740993");
        case 3:
            return 9.3e18;
        case 4:
            return -9.3e18;
        default:
            return QJsonValue(qint64(below(100) - 20));
        }
    case FieldType::Real:
        if (chance(60))
            return sample(field);
        if (chance(50))
            return QJsonValue(qint64(below(2000) - 200));
        return QString::number(double(below(200000) - 20000) / 100.0, 'f', 2);
    case FieldType::Boolean: {
        static const QJsonArray flags{true,
                                      false,
                                      0,
                                      1,
                                      QStringLiteral("yes"),
                                      QStringLiteral("no"),
                                      QStringLiteral("TRUE"),
                                      QStringLiteral("0")};
        return flags.at(below(int(flags.size())));
    }
    case FieldType::Date:
        if (chance(70))
            return sample(field);
        return QDate(2019, 6, 1).addDays(below(2000)).toString(Qt::ISODate);
    case FieldType::DateTime:
        if (chance(60))
            return sample(field);
        if (chance(50))
            return QDate(2019, 6, 1).addDays(below(2000)).toString(Qt::ISODate);
        return sample(field).toString().left(10) + QStringLiteral("T12:30");
    case FieldType::Text:
        break;
    }
    if (chance(70))
        return sample(field);
    return chance(50) ? QJsonValue(mangleCase(sample(field).toString())) : patternOperand(field);
}

QJsonValue DefinitionGenerator::list(const FieldInfo& field, int count)
{
    QJsonArray items;
    bool commaSafe = true;
    for (int i = 0; i < count; ++i) {
        const QJsonValue item = operand(field);
        const QString text = item.isString() ? item.toString() : QString();
        if (!item.isString() || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\\'))
            || text != text.trimmed() || text.isEmpty())
            commaSafe = false;
        items.append(item);
    }
    if (commaSafe && chance(40)) {
        QStringList texts;
        for (const auto& item : std::as_const(items))
            texts << item.toString();
        return texts.join(chance(50) ? QStringLiteral(",") : QStringLiteral(", "));
    }
    return items;
}

QJsonObject DefinitionGenerator::segmentRule(QJsonObject rule)
{
    QJsonArray names;
    const int count = 1 + below(2);
    for (int i = 0; i < count; ++i)
        names.append(m_segments.at(below(int(m_segments.size()))));
    rule.insert(QStringLiteral("field"), QStringLiteral("@segment"));
    rule.insert(QStringLiteral("operator"), chance(50) ? QStringLiteral("in") : QStringLiteral("notIn"));
    rule.insert(QStringLiteral("value"), names);
    return rule;
}

QJsonObject DefinitionGenerator::rule()
{
    QJsonObject rule;
    if (chance(4))
        rule.insert(QStringLiteral("disabled"), true);
    if (!m_segments.isEmpty() && chance(8))
        return segmentRule(rule);
    const FieldInfo field = m_fields.at(below(int(m_fields.size())));
    QList<FilterOperator> operators;
    for (const FilterOperator op : allFilterOperators()) {
        if (isOperatorValidFor(op, field.type))
            operators << op;
    }
    const FilterOperator op = operators.at(below(int(operators.size())));
    rule.insert(QStringLiteral("id"), QStringLiteral("r%1").arg(m_random.generate()));
    rule.insert(QStringLiteral("field"), field.name);
    rule.insert(QStringLiteral("operator"), filterOperatorName(op));
    switch (operandShape(op)) {
    case OperandShape::None:
        if (chance(50))
            rule.insert(QStringLiteral("value"), QString());
        break;
    case OperandShape::One:
        rule.insert(QStringLiteral("value"), isTextPatternOperator(op) ? patternOperand(field) : operand(field));
        break;
    case OperandShape::List:
        rule.insert(QStringLiteral("value"), list(field, 1 + below(6)));
        break;
    case OperandShape::Pair:
        rule.insert(QStringLiteral("value"), list(field, 2));
        break;
    case OperandShape::Days:
        rule.insert(QStringLiteral("value"),
                    chance(50) ? QJsonValue(below(2000)) : QJsonValue(QString::number(below(2000))));
        break;
    }
    return rule;
}

} // namespace swb::test
