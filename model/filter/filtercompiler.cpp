#include "model/filter/filtercompiler.h"

#include "model/database.h"

namespace swb {

namespace {

class Writer
{
public:
    explicit Writer(const QString& keyExpression)
        : m_key(keyExpression)
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
        if (rule.isSegment())
            return segment(rule);
        const QString f = quoteIdentifier(rule.field.name);
        switch (rule.op) {
        case FilterOperator::Equal:
            return comparison(f, QStringLiteral("="), rule);
        case FilterOperator::NotEqual:
            return comparison(f, QStringLiteral("!="), rule);
        case FilterOperator::Less:
            return comparison(f, QStringLiteral("<"), rule);
        case FilterOperator::Greater:
            return comparison(f, QStringLiteral(">"), rule);
        case FilterOperator::LessOrEqual:
            return comparison(f, QStringLiteral("<="), rule);
        case FilterOperator::GreaterOrEqual:
            return comparison(f, QStringLiteral(">="), rule);
        case FilterOperator::Contains:
        case FilterOperator::BeginsWith:
        case FilterOperator::EndsWith:
            bindings << FilterValue(FilterCompiler::likePattern(rule.op, std::get<QString>(rule.values.at(0))));
            return f + QStringLiteral(" LIKE ? ESCAPE '\\'");
        case FilterOperator::DoesNotContain:
        case FilterOperator::DoesNotBeginWith:
        case FilterOperator::DoesNotEndWith:
            bindings << FilterValue(FilterCompiler::likePattern(rule.op, std::get<QString>(rule.values.at(0))));
            return f + QStringLiteral(" NOT LIKE ? ESCAPE '\\'");
        case FilterOperator::Null:
            return f + QStringLiteral(" IS NULL");
        case FilterOperator::NotNull:
            return f + QStringLiteral(" IS NOT NULL");
        case FilterOperator::In:
        case FilterOperator::NotIn: {
            QStringList marks;
            for (const FilterValue& value : rule.values) {
                bindings << value;
                marks << QStringLiteral("?");
            }
            return f + (rule.op == FilterOperator::In ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN ("))
                + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        case FilterOperator::Between:
        case FilterOperator::NotBetween:
            bindings << rule.values.at(0) << rule.values.at(1);
            return f
                + (rule.op == FilterOperator::Between ? QStringLiteral(" BETWEEN ? AND ?")
                                                      : QStringLiteral(" NOT BETWEEN ? AND ?"));
        case FilterOperator::InLastDays:
        case FilterOperator::NotInLastDays:
            bindings << rule.values.at(0) << rule.values.at(1);
            return (rule.op == FilterOperator::NotInLastDays ? QStringLiteral("NOT (") : QStringLiteral("("))
                + QStringLiteral("%1 >= ? AND %1 < ?)").arg(f);
        case FilterOperator::MoreThanDaysAgo:
            bindings << rule.values.at(0);
            return f + QStringLiteral(" < ?");
        }
        return {};
    }

private:
    QString m_key;

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

    QString comparison(const QString& f, const QString& op, const ResolvedRule& rule)
    {
        bindings << rule.values.at(0);
        return f + QLatin1Char(' ') + op + QStringLiteral(" ?");
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
            members << QStringLiteral("COALESCE(%1, 0)").arg(member);
        }
        const QString any = members.size() == 1
            ? members.first()
            : QLatin1Char('(') + members.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        return rule.op == FilterOperator::NotIn ? QStringLiteral("NOT ") + any : any;
    }
};

} // namespace

CompiledFilter FilterCompiler::compile(const ResolvedGroup& group, const QString& keyExpression)
{
    Writer writer(keyExpression);
    CompiledFilter compiled;
    compiled.where = writer.group(group);
    if (compiled.where.isEmpty())
        compiled.where = QStringLiteral("(1 = 1)"); // no rules: everyone
    compiled.bindings = std::move(writer.bindings);
    return compiled;
}

CompiledFilter FilterCompiler::compileRule(const ResolvedRule& rule, const QString& keyExpression)
{
    Writer writer(keyExpression);
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
