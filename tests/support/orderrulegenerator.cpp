#include "tests/support/orderrulegenerator.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "tests/support/definitiongenerator.h"

#include <QStringList>

#include <algorithm>

namespace swb::test {

OrderRuleGenerator::OrderRuleGenerator(Database& db, quint32 seed)
    : m_random(seed)
{
    for (const FieldInfo& field : FieldCatalog::load(db, QStringLiteral("orders"))) {
        if (field.role == FieldRole::CustomerKey)
            continue;
        m_fields << field;
        Statement values = db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM orders WHERE %1 IS NOT NULL LIMIT 200")
                                          .arg(quoteIdentifier(field.name)));
        QJsonArray samples;
        while (values.next())
            samples << QJsonValue::fromVariant(values.value(0));
        m_samples.insert(field.name, samples);
        if (field.role == FieldRole::OrderDate) {
            m_dateField = field.name;
            m_firstDay = QDate::fromString(
                db.scalar(QStringLiteral("SELECT substr(min(%1), 1, 10) FROM orders").arg(quoteIdentifier(field.name)))
                    .toString(),
                Qt::ISODate);
            m_lastDay = QDate::fromString(
                db.scalar(QStringLiteral("SELECT substr(max(%1), 1, 10) FROM orders").arg(quoteIdentifier(field.name)))
                    .toString(),
                Qt::ISODate);
        }
    }
}

QJsonObject OrderRuleGenerator::rule()
{
    static const QStringList operators{QStringLiteral("="),       QStringLiteral("!="),        QStringLiteral("<"),
                                       QStringLiteral(">"),       QStringLiteral("<="),        QStringLiteral(">="),
                                       QStringLiteral("between"), QStringLiteral("notBetween")};
    QJsonObject rule{{QStringLiteral("field"), QStringLiteral("@orders")}};
    const QString op = operators.at(below(int(operators.size())));
    rule.insert(QStringLiteral("operator"), op);
    const int measure = below(5);
    QJsonValue low;
    QJsonValue high;
    if (measure == 3 || measure == 4) {
        rule.insert(QStringLiteral("measure"),
                    measure == 3 ? QStringLiteral("first_date") : QStringLiteral("last_date"));
        QDate a = randomDay();
        QDate b = randomDay();
        if (b < a)
            std::swap(a, b);
        low = a.toString(Qt::ISODate);
        high = b.toString(Qt::ISODate);
    } else if (measure == 1) {
        rule.insert(QStringLiteral("measure"), QStringLiteral("sum"));
        const double a = chance(20) ? 0.0 : double(below(40000)) / 100.0 - 50.0;
        low = a;
        high = a + double(below(50000)) / 100.0;
    } else {
        if (measure == 2) {
            const FieldInfo& field = m_fields.at(below(int(m_fields.size())));
            rule.insert(QStringLiteral("measure"), QStringLiteral("distinct:") + field.name);
        } else if (chance(50)) {
            rule.insert(QStringLiteral("measure"), QStringLiteral("count"));
        }
        const int a = below(4);
        low = a;
        high = a + below(4);
    }
    if (op.endsWith(QLatin1String("etween")))
        rule.insert(QStringLiteral("value"), QJsonArray{low, high});
    else
        rule.insert(QStringLiteral("value"), low);
    if (chance(60))
        rule.insert(QStringLiteral("where"), where());
    if (!m_dateField.isEmpty() && chance(50))
        rule.insert(QStringLiteral("window"), window());
    return rule;
}

QJsonObject OrderRuleGenerator::definition(DefinitionGenerator& customers, QRandomGenerator& random)
{
    QJsonArray rules{rule()};
    if (random.bounded(100) < 60)
        rules << customers.group(1);
    if (random.bounded(100) < 40)
        rules << QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")},
                             {QStringLiteral("not"), random.bounded(2) == 0},
                             {QStringLiteral("rules"), QJsonArray{rule(), rule()}}};
    return QJsonObject{
        {QStringLiteral("combinator"), random.bounded(2) == 0 ? QStringLiteral("and") : QStringLiteral("or")},
        {QStringLiteral("not"), random.bounded(100) < 20},
        {QStringLiteral("rules"), rules}};
}

QDate OrderRuleGenerator::randomDay()
{
    const qint64 days = std::max<qint64>(1, m_firstDay.daysTo(m_lastDay));
    return m_firstDay.addDays(below(int(days) + 20) - 10);
}

QJsonValue OrderRuleGenerator::sample(const FieldInfo& field)
{
    const QJsonArray values = m_samples.value(field.name);
    return values.isEmpty() ? QJsonValue(QStringLiteral("x")) : values.at(below(int(values.size())));
}

QJsonObject OrderRuleGenerator::condition()
{
    const FieldInfo& field = m_fields.at(below(int(m_fields.size())));
    QStringList operators{QStringLiteral("="),  QStringLiteral("!="),   QStringLiteral("<"),
                          QStringLiteral(">="), QStringLiteral("null"), QStringLiteral("notNull")};
    if (field.type == FieldType::Text)
        operators << QStringLiteral("beginsWith") << QStringLiteral("contains") << QStringLiteral("in");
    const QString op = operators.at(below(int(operators.size())));
    QJsonObject rule{{QStringLiteral("field"), field.name}, {QStringLiteral("operator"), op}};
    QJsonValue value = sample(field);
    if (op == QLatin1String("beginsWith") || op == QLatin1String("contains"))
        value = value.toString().left(1 + below(3));
    else if (op == QLatin1String("in"))
        value = QJsonArray{sample(field), sample(field)};
    if (op != QLatin1String("null") && op != QLatin1String("notNull"))
        rule.insert(QStringLiteral("value"), value);
    return rule;
}

QJsonObject OrderRuleGenerator::where()
{
    QJsonArray rules;
    const int n = 1 + below(3);
    for (int i = 0; i < n; ++i)
        rules << condition();
    QJsonObject group{{QStringLiteral("combinator"), chance(50) ? QStringLiteral("and") : QStringLiteral("or")},
                      {QStringLiteral("rules"), rules}};
    if (chance(20))
        group.insert(QStringLiteral("not"), true);
    return group;
}

QJsonObject OrderRuleGenerator::window()
{
    switch (below(4)) {
    case 0:
        return {{QStringLiteral("inLastDays"), 1 + below(400)}};
    case 1:
        return {{QStringLiteral("from"), randomDay().toString(Qt::ISODate)}};
    case 2:
        return {{QStringLiteral("to"), randomDay().toString(Qt::ISODate)}};
    default: {
        QDate a = randomDay();
        QDate b = randomDay();
        if (b < a)
            std::swap(a, b);
        return {{QStringLiteral("from"), a.toString(Qt::ISODate)}, {QStringLiteral("to"), b.toString(Qt::ISODate)}};
    }
    }
}

} // namespace swb::test
