#include "model/filter/filtercompiler.h"

#include "model/database.h"

namespace swb {

namespace {

class Writer
{
public:
    Writer(const QString& keyExpression, SqlDialect dialect)
        : m_key(keyExpression)
        , m_postgres(dialect == SqlDialect::PostgreSQL)
    { }

    QList<FilterValue> bindings;

    // The group's condition, or an empty text when it has no rules and is left out as a whole.
    QString group(const ResolvedGroup& group)
    {
        QStringList parts;
        for (const ResolvedNode& node : group.children) {
            QString part = node.isGroup() ? this->group(*node.group()) : rule(*node.rule());
            if (!part.isEmpty())
                parts << std::move(part);
        }
        if (parts.isEmpty())
            return {};
        const QString joiner
            = group.combinator == FilterCombinator::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        const QString text = join(parts, joiner);
        return group.negated ? QStringLiteral("NOT ") + text : text;
    }

    QString rule(const ResolvedRule& rule)
    {
        if (rule.isOrders())
            return orders(rule);
        if (rule.isSegment())
            return segment(rule);
        const QString f = quoteIdentifier(rule.field.name);
        const QString ordered = orderedText(f, rule.field.type);
        switch (rule.op) {
        case FilterOperator::Equal:
        case FilterOperator::NotEqual:
        case FilterOperator::Less:
        case FilterOperator::Greater:
        case FilterOperator::LessOrEqual:
        case FilterOperator::GreaterOrEqual:
        case FilterOperator::Between:
        case FilterOperator::NotBetween:
            return comparison(ordered, rule, isWhole(rule.field.type));
        case FilterOperator::Contains:
        case FilterOperator::BeginsWith:
        case FilterOperator::EndsWith:
            bindings << FilterValue(FilterCompiler::likePattern(rule.op, std::get<QString>(rule.values.at(0))));
            return pattern(f, false);
        case FilterOperator::DoesNotContain:
        case FilterOperator::DoesNotBeginWith:
        case FilterOperator::DoesNotEndWith:
            bindings << FilterValue(FilterCompiler::likePattern(rule.op, std::get<QString>(rule.values.at(0))));
            return pattern(f, true);
        case FilterOperator::Null:
            return f + QStringLiteral(" IS NULL");
        case FilterOperator::NotNull:
            return f + QStringLiteral(" IS NOT NULL");
        case FilterOperator::In:
        case FilterOperator::NotIn: {
            QStringList marks;
            for (const FilterValue& value : rule.values)
                marks << mark(value, isWhole(rule.field.type));
            return f + (rule.op == FilterOperator::In ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN ("))
                + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        case FilterOperator::InLastDays:
        case FilterOperator::NotInLastDays:
            bindings << rule.values.at(0) << rule.values.at(1);
            return (rule.op == FilterOperator::NotInLastDays ? QStringLiteral("NOT (") : QStringLiteral("("))
                + QStringLiteral("%1 >= ? AND %1 < ?)").arg(ordered);
        case FilterOperator::MoreThanDaysAgo:
            bindings << rule.values.at(0);
            return ordered + QStringLiteral(" < ?");
        }
        return {};
    }

private:
    QString m_key;
    bool m_postgres = false;

    // "f LIKE ? ESCAPE '\'"; PostgreSQL's LIKE is case-sensitive, its ILIKE under the C collation folds ASCII only.
    QString pattern(const QString& f, bool negated) const
    {
        if (m_postgres)
            return f
                + (negated ? QStringLiteral(" COLLATE \"C\" NOT ILIKE ? ESCAPE '\\'")
                           : QStringLiteral(" COLLATE \"C\" ILIKE ? ESCAPE '\\'"));
        return f + (negated ? QStringLiteral(" NOT LIKE ? ESCAPE '\\'") : QStringLiteral(" LIKE ? ESCAPE '\\'"));
    }

    // A text column compared by order: bytewise in both (SQLite's BINARY collation; PostgreSQL's "C").
    QString orderedText(const QString& f, FieldType type) const
    {
        const bool text = type == FieldType::Text || type == FieldType::Date || type == FieldType::DateTime;
        return m_postgres && text ? f + QStringLiteral(" COLLATE \"C\"") : f;
    }

    QString falseValue() const { return m_postgres ? QStringLiteral("FALSE") : QStringLiteral("0"); }

    // "(a AND b AND c)". SQLite parses a chain of n ANDs as an expression n levels deep and refuses more than
    // 1,000 levels, so long chains are nested in parentheses of at most s_chain parts each (depth ~ s_chain · log n).
    static QString join(const QStringList& parts, const QString& joiner)
    {
        static constexpr qsizetype s_chain = 8;
        if (parts.size() <= s_chain)
            return QLatin1Char('(') + parts.join(joiner) + QLatin1Char(')');
        QStringList chunks;
        for (qsizetype i = 0; i < parts.size(); i += s_chain)
            chunks << join(parts.mid(i, s_chain), joiner);
        return join(chunks, joiner);
    }

    // "f >= ?", "f BETWEEN ? AND ?", …: `f` is a column, or the measure of an `@orders` rule. The operators' names
    // are SQL's.
    // `whole`: f is an integer, which SQLite compares with a real exactly.
    QString comparison(const QString& f, const ResolvedRule& rule, bool whole)
    {
        switch (rule.op) {
        case FilterOperator::Between:
        case FilterOperator::NotBetween: {
            const QString low = mark(rule.values.at(0), whole);
            const QString high = mark(rule.values.at(1), whole);
            return QStringLiteral("%1 %2 %3 AND %4")
                .arg(f, rule.op == FilterOperator::Between ? QStringLiteral("BETWEEN") : QStringLiteral("NOT BETWEEN"),
                     low, high);
        }
        default:
            return QStringLiteral("%1 %2 %3").arg(f, filterOperatorName(rule.op), mark(rule.values.at(0), whole));
        }
    }

    static bool isWhole(FieldType type) { return type == FieldType::Integer || type == FieldType::Boolean; }

    // Binds `value` and returns its placeholder. PostgreSQL compares a bigint with a double precision as two doubles
    // (9007199254740993 < 2^53 + 0.0 is false there, true in SQLite): a real compared with an integer is bound as
    // its exact decimal expansion and compared as numeric.
    QString mark(const FilterValue& value, bool whole)
    {
        const auto* real = std::get_if<double>(&value);
        if (!m_postgres || !whole || !real) {
            bindings << value;
            return QStringLiteral("?");
        }
        bindings << FilterValue(exactDecimal(*real));
        return QStringLiteral("CAST(? AS numeric)");
    }

    // Every finite double is a finite decimal fraction; glibc prints it exactly when asked for enough digits.
    static QString exactDecimal(double value)
    {
        QString text = QString::asprintf("%.1100f", value);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text;
    }

    QString measureAggregate(const ResolvedOrders& orders) const
    {
        const QString date
            = orderedText(QStringLiteral("substr(%1, 1, 10)").arg(quoteIdentifier(orders.orderDate)), FieldType::Date);
        const QString positiveDate
            = orders.amount.isEmpty() ? date : QStringLiteral("CASE WHEN %1 > 0 THEN %2 END").arg(orders.amount, date);
        switch (orders.measure) {
        case OrderMeasure::Count:
            return QStringLiteral("count(*)");
        case OrderMeasure::Sum:
            if (m_postgres)
                return QStringLiteral("CAST(coalesce(sum(%1), 0) AS double precision) / 1000000")
                    .arg(moneyUnits(orders.amount));
            return QStringLiteral("coalesce(sum(%1), 0) / 1000000.0").arg(moneyUnits(orders.amount));
        case OrderMeasure::Distinct:
            return QStringLiteral("count(DISTINCT %1)").arg(quoteIdentifier(orders.distinctField.name));
        case OrderMeasure::FirstDate:
            return QStringLiteral("min(%1)").arg(positiveDate);
        case OrderMeasure::LastDate:
            return QStringLiteral("max(%1)").arg(positiveDate);
        }
        return {};
    }

    // Amounts added up as millionths, as the import adds up revenue (KpiMath::moneyDecimals).
    QString moneyUnits(const QString& amount) const
    {
        if (m_postgres) {
            const QString v = QStringLiteral("(CAST(%1 AS double precision) * 1000000)").arg(amount);
            return QStringLiteral("CAST(trunc(%1 + CASE WHEN %1 < 0 THEN -0.5 ELSE 0.5 END) AS BIGINT)").arg(v);
        }
        return QStringLiteral("CAST(round(%1 * 1000000) AS INTEGER)").arg(amount);
    }

    // KEY IN (the customers whose matching lines satisfy the comparison), or, when a customer without matching lines
    // satisfies it (count = 0, count < 3, sum <= 100), NOT KEY IN (those whose lines fail it). COALESCE: a NULL
    // key has no orders. Counting by order: orders whose matching lines add up to more than 0, as the import counts.
    QString orders(const ResolvedRule& rule)
    {
        const ResolvedOrders& orders = *rule.orders;
        const QString k = quoteIdentifier(orders.customerKey);
        QStringList conditions{k + QStringLiteral(" IS NOT NULL")};
        if (orders.where) {
            if (QString where = group(*orders.where); !where.isEmpty())
                conditions << std::move(where);
        }
        const QString date = quoteIdentifier(orders.orderDate);
        if (orders.firstDay.isValid()) {
            bindings << FilterValue(orders.firstDay.toString(Qt::ISODate));
            conditions << orderedText(date, FieldType::Date) + QStringLiteral(" >= ?");
        }
        if (orders.lastDay.isValid()) {
            bindings << FilterValue(orders.lastDay.addDays(1).toString(Qt::ISODate));
            conditions << orderedText(date, FieldType::Date) + QStringLiteral(" < ?");
        }
        const QString lines = QStringLiteral("FROM \"orders\" WHERE ") + conditions.join(QStringLiteral(" AND "));
        const bool byOrder = orders.measure == OrderMeasure::Count && !orders.orderId.isEmpty();
        const bool whole = orders.measure == OrderMeasure::Count || orders.measure == OrderMeasure::Distinct;
        QString having = comparison(byOrder ? QStringLiteral("count(*)") : measureAggregate(orders), rule, whole);
        if (orders.matchesWithoutLines)
            having = QStringLiteral("NOT (%1)").arg(having);
        QString select;
        if (byOrder) {
            const QString positive = orders.amount.isEmpty()
                ? QString()
                : QStringLiteral(" HAVING sum(%1) > 0").arg(moneyUnits(orders.amount));
            select = QStringLiteral("SELECT customer_key FROM (SELECT %1 AS customer_key %2 GROUP BY %1, %3%4)%6 "
                                    "GROUP BY customer_key HAVING %5")
                         .arg(k, lines, quoteIdentifier(orders.orderId), positive, having,
                              m_postgres ? QStringLiteral(" AS by_order") : QString());
        } else {
            select = QStringLiteral("SELECT %1 %2 GROUP BY %1 HAVING %3").arg(k, lines, having);
        }
        const QString members = QStringLiteral("COALESCE(%1 IN (%2), %3)").arg(m_key, select, falseValue());
        return orders.matchesWithoutLines ? QStringLiteral("NOT ") + members : members;
    }

    QString segment(const ResolvedRule& rule)
    {
        QStringList members;
        for (const ResolvedSegment& segment : rule.segments) {
            QString member;
            if (segment.kind == SegmentKind::Static) {
                bindings.emplace_back(std::in_place_type<qint64>, segment.id);
                member = m_key
                    + QStringLiteral(" IN (SELECT \"customer_key\" FROM \"segment_members\" WHERE \"segment_id\" = ?)");
            } else {
                member = group(*segment.definition);
                if (member.isEmpty())
                    member = QStringLiteral("(1 = 1)"); // a definition without rules: everyone
            }
            members << QStringLiteral("COALESCE(%1, %2)").arg(member, falseValue());
        }
        const QString any = members.size() == 1
            ? members.first()
            : QLatin1Char('(') + members.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        return rule.op == FilterOperator::NotIn ? QStringLiteral("NOT ") + any : any;
    }
};

} // namespace

CompiledFilter FilterCompiler::compile(const ResolvedGroup& group, const QString& keyExpression, SqlDialect dialect)
{
    Writer writer(keyExpression, dialect);
    CompiledFilter compiled;
    compiled.where = writer.group(group);
    if (compiled.where.isEmpty())
        compiled.where = QStringLiteral("(1 = 1)"); // no rules: everyone
    compiled.bindings = std::move(writer.bindings);
    return compiled;
}

CompiledFilter FilterCompiler::compileRule(const ResolvedRule& rule, const QString& keyExpression, SqlDialect dialect)
{
    Writer writer(keyExpression, dialect);
    CompiledFilter compiled;
    compiled.where = writer.rule(rule);
    compiled.bindings = std::move(writer.bindings);
    return compiled;
}

QString FilterCompiler::likePattern(FilterOperator op, const QString& literal)
{
    QString escaped;
    escaped.reserve(literal.size() + 4);
    for (const QChar c : literal) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    switch (op) {
    case FilterOperator::BeginsWith:
    case FilterOperator::DoesNotBeginWith:
        return escaped + QLatin1Char('%');
    case FilterOperator::EndsWith:
    case FilterOperator::DoesNotEndWith:
        return QLatin1Char('%') + escaped;
    default:
        return QLatin1Char('%') + escaped + QLatin1Char('%');
    }
}

void FilterCompiler::bind(Statement& statement, const QList<FilterValue>& values, int first)
{
    int index = first;
    for (const FilterValue& value : values) {
        if (const auto* i = std::get_if<qint64>(&value))
            statement.bind(index, *i);
        else if (const auto* d = std::get_if<double>(&value))
            statement.bind(index, *d);
        else
            statement.bind(index, std::get<QString>(value));
        ++index;
    }
}

std::optional<qint64> FilterCompiler::count(Database& db, const CompiledFilter& filter, QString* error)
{
    Statement statement = db.prepare(QStringLiteral("SELECT count(*) FROM \"customers\" WHERE ") + filter.where, error);
    if (!statement.isValid())
        return std::nullopt;
    bind(statement, filter.bindings);
    if (!statement.next()) {
        if (error)
            *error = statement.errorMessage();
        return std::nullopt;
    }
    return statement.toInt64(0);
}

QString FilterCompiler::countQueryText(const CompiledFilter& filter)
{
    auto literal = [](const FilterValue& value) {
        if (const auto* integer = std::get_if<qint64>(&value))
            return QString::number(*integer);
        if (const auto* real = std::get_if<double>(&value))
            return QString::number(*real, 'g', 17);
        QString text = std::get<QString>(value);
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    QString text = QStringLiteral("SELECT count(*) FROM customers\nWHERE %1").arg(filter.where);
    for (qsizetype i = 0; i < filter.bindings.size(); ++i)
        text += QStringLiteral("\n-- ?%1 = %2").arg(QString::number(i + 1), literal(filter.bindings.at(i)));
    return text;
}

} // namespace swb
