#include "model/filter/orderrules.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/operandconverter.h"
#include "model/import/ordersaggregator.h"

#include <QJsonObject>

namespace swb {

namespace {

const QString s_distinctPrefix = QStringLiteral("distinct:");

QString q(const QString& text)
{
    return OrderRules::tr("\"%1\"").arg(text);
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderRules)

public:
    Checker(const QList<FieldInfo>& orderFields, const QDate& asOfDate, ResolvedOrders* orders)
        : m_fields(orderFields)
        , m_asOf(asOfDate)
        , m_orders(orders)
    { }

    QString error;

    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    bool measure(const QJsonValue& value)
    {
        if (value.isUndefined() || value.isNull()) {
            m_orders->measure = OrderMeasure::Count;
            return true;
        }
        const QString name = value.isString() ? value.toString() : OperandConverter::displayText(value);
        if (name == QLatin1String("count")) {
            m_orders->measure = OrderMeasure::Count;
        } else if (name == QLatin1String("sum")) {
            m_orders->measure = OrderMeasure::Sum;
            if (m_orders->amount.isEmpty())
                return fail(tr("measure \"sum\" needs the amount of each order line, but the orders have no amount "
                               "column and no quantity and unit price columns; set their roles with swb fields"));
        } else if (name == QLatin1String("first_date") || name == QLatin1String("last_date")) {
            m_orders->measure = name == QLatin1String("first_date") ? OrderMeasure::FirstDate : OrderMeasure::LastDate;
            if (m_orders->orderDate.isEmpty())
                return fail(tr("measure %1 needs the order date, but the orders have no order date column; set its "
                               "role with swb fields")
                                .arg(q(name)));
        } else if (value.isString() && name.startsWith(s_distinctPrefix)) {
            m_orders->measure = OrderMeasure::Distinct;
            const QString column = name.mid(s_distinctPrefix.size());
            const auto field = FieldCatalog::findByName(m_fields, column);
            if (!field)
                return fail(tr("measure %1: the orders have no column %2; use one of %3")
                                .arg(q(name), q(column), columnNames()));
            m_orders->distinctField = *field;
        } else {
            return fail(tr("unknown measure %1; use \"count\", \"sum\", \"distinct:COLUMN\", \"first_date\" or "
                           "\"last_date\"")
                            .arg(q(name)));
        }
        return true;
    }

    bool window(const QJsonValue& value)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(tr("\"window\" must be an object: {\"inLastDays\": N}, {\"from\": \"YYYY-MM-DD\"}, "
                           "{\"to\": \"YYYY-MM-DD\"} or both dates"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("inLastDays") && it.key() != QLatin1String("from")
                && it.key() != QLatin1String("to"))
                return fail(tr("\"window\" has the unknown key %1; use \"inLastDays\", or \"from\" and \"to\"")
                                .arg(q(it.key())));
        }
        if (object.isEmpty())
            return true; // no bounds: every date
        if (m_orders->orderDate.isEmpty())
            return fail(tr("\"window\" needs the order date, but the orders have no order date column; set its role "
                           "with swb fields"));
        if (object.contains(QLatin1String("inLastDays")))
            return lastDays(object);
        return day(object, QStringLiteral("from"), &m_orders->firstDay)
            && day(object, QStringLiteral("to"), &m_orders->lastDay) && ordered();
    }

private:
    const QList<FieldInfo>& m_fields;
    QDate m_asOf;
    ResolvedOrders* m_orders;

    QString columnNames() const
    {
        QStringList names;
        for (const FieldInfo& field : m_fields)
            names << field.name;
        return names.join(QStringLiteral(", "));
    }

    bool lastDays(const QJsonObject& object)
    {
        if (object.size() != 1)
            return fail(tr("\"window\" takes either \"inLastDays\" or \"from\"/\"to\", not both"));
        const QJsonValue written = object.value(QLatin1String("inLastDays"));
        const auto days = OperandConverter::days(written);
        if (!days)
            return fail(tr("\"window\": \"inLastDays\" needs a whole number of days from 0 to %1, not \"%2\"")
                            .arg(QString::number(OperandConverter::maxDays), OperandConverter::displayText(written)));
        if (!m_asOf.isValid())
            return fail(tr("\"window\": \"inLastDays\" needs the workspace's as-of date, which is not set"));
        m_orders->lastDays = *days;
        m_orders->firstDay = m_asOf.addDays(-*days);
        m_orders->lastDay = m_asOf; // as inLastDays on a date field: up to the as-of date, included
        return true;
    }

    bool day(const QJsonObject& object, const QString& key, QDate* date)
    {
        const QJsonValue written = object.value(key);
        if (written.isUndefined())
            return true;
        const QString text = written.isString() ? written.toString().trimmed() : QString();
        *date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date->isValid())
            return fail(tr("\"window\": %1 must be a date YYYY-MM-DD, not \"%2\"")
                            .arg(q(key), OperandConverter::displayText(written)));
        return true;
    }

    bool ordered()
    {
        if (m_orders->firstDay.isValid() && m_orders->lastDay.isValid() && m_orders->firstDay > m_orders->lastDay)
            return fail(tr("\"window\": \"from\" (%1) is after \"to\" (%2); swap them")
                            .arg(m_orders->firstDay.toString(Qt::ISODate), m_orders->lastDay.toString(Qt::ISODate)));
        return true;
    }
};

// What the rule's number or date is converted as, and how messages name it.
FieldInfo measureOperandField(OrderMeasure measure)
{
    FieldInfo field;
    field.name = FilterDefinition::ordersField();
    switch (measure) {
    case OrderMeasure::Count:
        field.type = FieldType::Integer;
        field.originalHeader = OrderRules::tr("number of orders");
        break;
    case OrderMeasure::Sum:
        field.type = FieldType::Real;
        field.originalHeader = OrderRules::tr("amount spent");
        break;
    case OrderMeasure::Distinct:
        field.type = FieldType::Integer;
        field.originalHeader = OrderRules::tr("number of distinct values");
        break;
    case OrderMeasure::FirstDate:
    case OrderMeasure::LastDate:
        field.type = FieldType::Date;
        field.originalHeader = measure == OrderMeasure::FirstDate ? OrderRules::tr("first order date")
                                                                  : OrderRules::tr("last order date");
        break;
    }
    return field;
}

double asDouble(const FilterValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return double(*i);
    return std::get<double>(value);
}

// Whether "0 op value(s)" holds: a customer without matching lines has 0 orders, 0 spent and 0 distinct values.
bool holdsForZero(FilterOperator op, const QList<FilterValue>& values)
{
    const double a = asDouble(values.at(0));
    switch (op) {
    case FilterOperator::Equal:
        return a == 0;
    case FilterOperator::NotEqual:
        return a != 0;
    case FilterOperator::Less:
        return 0 < a;
    case FilterOperator::Greater:
        return 0 > a;
    case FilterOperator::LessOrEqual:
        return 0 <= a;
    case FilterOperator::GreaterOrEqual:
        return 0 >= a;
    case FilterOperator::Between:
        return a <= 0 && 0 <= asDouble(values.at(1));
    case FilterOperator::NotBetween:
        return !(a <= 0 && 0 <= asDouble(values.at(1)));
    default:
        return false;
    }
}

bool operands(const FilterRule& in, FilterOperator op, ResolvedRule* out, QString* error)
{
    const FieldInfo field = measureOperandField(out->orders->measure);
    QList<QJsonValue> items;
    if (operandShape(op) == OperandShape::Pair) {
        items = OperandConverter::list(in.value);
        if (items.size() != 2) {
            *error = OrderRules::tr("\"%1\" needs two values").arg(in.operatorName);
            return false;
        }
    } else {
        if (in.value.isUndefined() || in.value.isNull() || in.value.isArray() || in.value.isObject()) {
            *error = OrderRules::tr("\"%1\" needs one value: a number, or a date YYYY-MM-DD for \"first_date\" and "
                                    "\"last_date\"")
                         .arg(in.operatorName);
            return false;
        }
        items << in.value;
    }
    for (const QJsonValue& item : std::as_const(items)) {
        const auto converted = OperandConverter::convert(item, field, op, error);
        if (!converted)
            return false;
        // The date measures are whole days: "2011-12-09 12:50" would never equal one.
        if (field.type == FieldType::Date && std::get<QString>(*converted).size() != 10) {
            *error = OrderRules::tr("value \"%1\" is not a date; %2 takes a date as YYYY-MM-DD, without a time")
                         .arg(OperandConverter::displayText(item), fieldMention(field));
            return false;
        }
        out->values << *converted;
    }
    return true;
}

} // namespace

bool OrderRules::isValidOperator(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Equal:
    case FilterOperator::NotEqual:
    case FilterOperator::Less:
    case FilterOperator::Greater:
    case FilterOperator::LessOrEqual:
    case FilterOperator::GreaterOrEqual:
    case FilterOperator::Between:
    case FilterOperator::NotBetween:
        return true;
    default:
        return false;
    }
}

bool OrderRules::resolve(const FilterRule& in, FilterOperator op, const QList<FieldInfo>& customerFields,
                         const QList<FieldInfo>& orderFields, const QDate& asOfDate, ResolvedRule* out, QString* error)
{
    if (!isValidOperator(op)) {
        *error = tr("operator \"%1\" is not valid for \"@orders\"; use =, !=, <, >, <=, >=, between or notBetween")
                     .arg(in.operatorName);
        return false;
    }
    const auto orderKey = FieldCatalog::findByRole(orderFields, FieldRole::CustomerKey);
    if (orderFields.isEmpty() || !orderKey) {
        *error = orderFields.isEmpty()
            ? tr("the workspace has no orders; import an orders file before using \"@orders\"")
            : tr("the orders have no customer key column, so they cannot be matched to customers; set its role "
                 "with swb fields");
        return false;
    }
    if (!FieldCatalog::findByRole(customerFields, FieldRole::CustomerKey)) {
        *error = tr("the customers have no customer key column, so orders cannot be matched to them; set its role "
                    "with swb fields");
        return false;
    }
    auto orders = std::make_shared<ResolvedOrders>();
    orders->customerKey = orderKey->name;
    if (const auto id = FieldCatalog::findByRole(orderFields, FieldRole::OrderId))
        orders->orderId = id->name;
    if (const auto date = FieldCatalog::findByRole(orderFields, FieldRole::OrderDate); date && isTemporal(date->type))
        orders->orderDate = date->name;
    orders->amount = OrdersAggregator::amountExpression(orderFields);
    Checker checker(orderFields, asOfDate, orders.get());
    if (!checker.measure(in.measure) || !checker.window(in.window)) {
        *error = checker.error;
        return false;
    }
    out->orders = orders;
    if (!operands(in, op, out, error))
        return false;
    const bool dates = orders->measure == OrderMeasure::FirstDate || orders->measure == OrderMeasure::LastDate;
    orders->matchesWithoutLines = !dates && holdsForZero(op, out->values);
    return true;
}

QString OrderRules::measureName(const ResolvedOrders& orders)
{
    switch (orders.measure) {
    case OrderMeasure::Count:
        return QStringLiteral("count");
    case OrderMeasure::Sum:
        return QStringLiteral("sum");
    case OrderMeasure::Distinct:
        return s_distinctPrefix + orders.distinctField.name;
    case OrderMeasure::FirstDate:
        return QStringLiteral("first_date");
    case OrderMeasure::LastDate:
        return QStringLiteral("last_date");
    }
    return {};
}

QString OrderRules::key(const ResolvedOrders& orders)
{
    return QStringLiteral("%1 [%2..%3] k=%4 id=%5 d=%6 a=%7")
        .arg(measureName(orders), orders.firstDay.toString(Qt::ISODate), orders.lastDay.toString(Qt::ISODate),
             quoteIdentifier(orders.customerKey), quoteIdentifier(orders.orderId), quoteIdentifier(orders.orderDate),
             orders.amount);
}

} // namespace swb
