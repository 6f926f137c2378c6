#include "model/filter/filterresolver.h"

#include "model/filter/operandconverter.h"
#include "model/filter/orderrules.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb {

namespace {

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

QString valueKey(const FilterValue& value)
{
    if (const auto* i = std::get_if<qint64>(&value))
        return QStringLiteral("i:%1").arg(*i);
    if (const auto* d = std::get_if<double>(&value))
        return QStringLiteral("d:%1").arg(*d, 0, 'g', 17);
    const QString& s = std::get<QString>(value);
    return QStringLiteral("s%1:%2").arg(s.size()).arg(s);
}

class Resolver
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterResolver)

public:
    explicit Resolver(const FilterContext& context)
        : m_context(context)
        , m_fields(&context.fields)
    {
        if (!context.definingSegment.isEmpty())
            m_segmentStack << context.definingSegment;
    }

    QString error;

    std::optional<ResolvedGroup> group(const FilterGroup& in, const QString& path, int depth)
    {
        if (depth >= FilterDefinition::maxDepth) {
            fail(path,
                 tr("groups are nested more than %1 levels deep; flatten the definition")
                     .arg(FilterDefinition::maxDepth));
            return std::nullopt;
        }
        ResolvedGroup out;
        out.path = path;
        out.combinator = in.combinator;
        out.negated = in.negated;
        for (size_t i = 0; i < in.rules.size(); ++i) {
            const FilterNode& node = in.rules[i];
            if (!node.isActive())
                continue;
            const QString childPath = FilterDefinition::childPath(path, int(i));
            if (node.isGroup()) {
                auto child = group(*node.group(), childPath, depth + 1);
                if (!child)
                    return std::nullopt;
                // A group without active rules (all muted, or still being filled in) is left out as a whole:
                // "not" on nothing must not turn into "nobody".
                if (!child->children.empty())
                    out.children.push_back(ResolvedNode{std::move(*child)});
            } else {
                auto child = rule(*node.rule(), childPath, depth);
                if (!child)
                    return std::nullopt;
                out.children.push_back(ResolvedNode{std::move(*child)});
            }
        }
        return out;
    }

private:
    const FilterContext& m_context;
    const QList<FieldInfo>* m_fields; // what rules are on: the customers' columns, or the orders' in a "where"
    bool m_inWhere = false; // resolving the "where" of an `@orders` rule
    QStringList m_segmentStack; // names being expanded, outermost first

    bool fail(const QString& path, const QString& message)
    {
        error = FilterDefinition::atPath(path, message);
        return false;
    }

    std::optional<ResolvedRule> rule(const FilterRule& in, const QString& path, int depth)
    {
        ResolvedRule out;
        out.path = path;
        if (const QString nul = FilterDefinition::nulCharacterProblem(in); !nul.isEmpty()) {
            fail(path, nul);
            return std::nullopt;
        }
        if (in.field.isEmpty()) {
            fail(path, tr("the rule has no field; choose a field"));
            return std::nullopt;
        }
        if (in.operatorName.isEmpty()) {
            fail(path, tr("the rule on \"%1\" has no operator; choose an operator").arg(in.field));
            return std::nullopt;
        }
        const auto op = filterOperatorFromName(in.operatorName);
        if (!op) {
            QStringList names;
            for (const FilterOperator known : allFilterOperators())
                names << filterOperatorName(known);
            fail(path,
                 tr("unknown operator \"%1\"; use one of %2").arg(in.operatorName, names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        out.op = *op;
        if (m_inWhere && (in.field == FilterResolver::segmentField() || in.isOrders())) {
            fail(path,
                 tr("a condition on order lines cannot hold \"%1\" rules; move the rule out of \"where\"")
                     .arg(in.field));
            return std::nullopt;
        }
        if (in.isOrders()) {
            if (!ordersRule(in, path, depth, &out))
                return std::nullopt;
            return out;
        }
        if (in.field == FilterResolver::segmentField()) {
            if (!segmentRule(in, path, depth, &out))
                return std::nullopt;
            return out;
        }
        const auto field = findField(in.field, path);
        if (!field)
            return std::nullopt;
        out.field = *field;
        if (!isOperatorValidFor(out.op, field->type)) {
            fail(path, invalidOperatorMessage(in.operatorName, *field));
            return std::nullopt;
        }
        if (!operands(in, path, &out))
            return std::nullopt;
        QStringList parts;
        for (const FilterValue& value : std::as_const(out.values))
            parts << valueKey(value);
        out.key = QStringLiteral("%1 %2 %3 %4")
                      .arg(quoteIdentifier(field->name), fieldTypeName(field->type), filterOperatorName(out.op),
                           parts.join(QLatin1Char(',')));
        return out;
    }

    bool ordersRule(const FilterRule& in, const QString& path, int depth, ResolvedRule* out)
    {
        QString why;
        if (!OrderRules::resolve(in, out->op, m_context.fields, m_context.orderFields, m_context.asOfDate, out, &why))
            return fail(path, why);
        QString whereKey;
        if (in.where && in.where->isActive()) {
            m_fields = &m_context.orderFields;
            m_inWhere = true;
            auto where = group(*in.where, path + QStringLiteral(".where"), depth + 1);
            m_fields = &m_context.fields;
            m_inWhere = false;
            if (!where)
                return false;
            if (!where->children.empty()) { // a condition without active rules: every line
                whereKey = resolvedGroupKey(*where);
                auto orders = std::make_shared<ResolvedOrders>(*out->orders);
                orders->where = std::make_shared<const ResolvedGroup>(std::move(*where));
                out->orders = std::move(orders);
            }
        }
        QStringList parts;
        for (const FilterValue& value : std::as_const(out->values))
            parts << valueKey(value);
        out->key = QStringLiteral("@orders %1 %2 %3 where %4")
                       .arg(OrderRules::key(*out->orders), filterOperatorName(out->op), parts.join(QLatin1Char(',')),
                            whereKey);
        return true;
    }

    std::optional<FieldInfo> findField(const QString& name, const QString& path)
    {
        for (const FieldInfo& field : *m_fields) {
            if (field.name == name)
                return field;
        }
        QString best;
        int bestDistance = 3;
        for (const FieldInfo& field : *m_fields) {
            const int distance = editDistance(name, field.name);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = field.name;
            }
        }
        if (m_inWhere && !best.isEmpty())
            fail(path, tr("unknown order column \"%1\"; did you mean \"%2\"?").arg(name, best));
        else if (m_inWhere)
            fail(path, tr("unknown order column \"%1\"; use one of the columns of the orders").arg(name));
        else if (!best.isEmpty())
            fail(path, tr("unknown field \"%1\"; did you mean \"%2\"?").arg(name, best));
        else
            fail(path, tr("unknown field \"%1\"; use one of the workspace's fields").arg(name));
        return std::nullopt;
    }

    QString invalidOperatorMessage(const QString& op, const FieldInfo& field)
    {
        switch (field.type) {
        case FieldType::Integer:
        case FieldType::Real:
            return tr("operator \"%1\" is not valid for the number field %2").arg(op, fieldMention(field));
        case FieldType::Boolean:
            return tr("operator \"%1\" is not valid for the yes/no field %2").arg(op, fieldMention(field));
        case FieldType::Text:
            return tr("operator \"%1\" is not valid for the text field %2; relative dates need a date field")
                .arg(op, fieldMention(field));
        case FieldType::Date:
        case FieldType::DateTime:
            break;
        }
        return tr("operator \"%1\" is not valid for the date field %2").arg(op, fieldMention(field));
    }

    bool operands(const FilterRule& in, const QString& path, ResolvedRule* out)
    {
        const QString& op = in.operatorName;
        switch (operandShape(out->op)) {
        case OperandShape::None:
            return true;
        case OperandShape::One: {
            if (in.value.isUndefined() || in.value.isNull())
                return fail(path, tr("\"%1\" needs a value").arg(op));
            if (in.value.isArray() || in.value.isObject())
                return fail(path, tr("\"%1\" needs one value, not a list").arg(op));
            return convert(in.value, out, path);
        }
        case OperandShape::List: {
            const QList<QJsonValue> items = OperandConverter::list(in.value);
            if (items.isEmpty())
                return fail(path, tr("\"%1\" needs at least one value").arg(op));
            for (const QJsonValue& item : items) {
                if (!convert(item, out, path))
                    return false;
            }
            return true;
        }
        case OperandShape::Pair: {
            const QList<QJsonValue> items = OperandConverter::list(in.value);
            if (items.size() != 2)
                return fail(path, tr("\"%1\" needs two values").arg(op));
            return convert(items.at(0), out, path) && convert(items.at(1), out, path);
        }
        case OperandShape::Days:
            return relativeBounds(in, path, out);
        }
        return false;
    }

    bool relativeBounds(const FilterRule& in, const QString& path, ResolvedRule* out)
    {
        const auto days = OperandConverter::days(in.value);
        if (!days)
            return fail(path,
                        tr("\"%1\" needs a whole number of days from 0 to %2, not \"%3\"")
                            .arg(in.operatorName, QString::number(OperandConverter::maxDays),
                                 OperandConverter::displayText(in.value)));
        if (!m_context.asOfDate.isValid())
            return fail(path, tr("\"%1\" needs the workspace's as-of date, which is not set").arg(in.operatorName));
        out->days = *days;
        const QString from = m_context.asOfDate.addDays(-*days).toString(Qt::ISODate);
        out->values << FilterValue(from);
        if (out->op != FilterOperator::MoreThanDaysAgo)
            out->values << FilterValue(m_context.asOfDate.addDays(1).toString(Qt::ISODate));
        return true;
    }

    bool convert(const QJsonValue& value, ResolvedRule* out, const QString& path)
    {
        QString why;
        const auto converted = OperandConverter::convert(value, out->field, out->op, &why);
        if (!converted)
            return fail(path, why);
        out->values << *converted;
        return true;
    }

    bool segmentRule(const FilterRule& in, const QString& path, int depth, ResolvedRule* out)
    {
        if (!isOperatorValidForSegment(out->op))
            return fail(
                path,
                tr("operator \"%1\" is not valid for \"@segment\"; use \"in\" or \"notIn\"").arg(in.operatorName));
        const QList<QJsonValue> names = OperandConverter::list(in.value);
        if (names.isEmpty())
            return fail(path, tr("\"%1\" needs at least one segment name").arg(in.operatorName));
        QStringList keys;
        for (const QJsonValue& nameValue : names) {
            const QString name = OperandConverter::displayText(nameValue);
            if (m_segmentStack.contains(name)) {
                QStringList cycle = m_segmentStack.mid(m_segmentStack.indexOf(name));
                cycle << name;
                return fail(path,
                            tr("segments refer to each other in a cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
            }
            const std::optional<SegmentInfo> info = m_context.segments ? m_context.segments(name) : std::nullopt;
            if (!info)
                return fail(path, tr("unknown segment \"%1\"").arg(name));
            ResolvedSegment segment;
            segment.id = info->id;
            segment.name = info->name;
            segment.kind = info->kind;
            segment.updatedAt = info->updatedAt;
            if (info->kind == SegmentKind::Static) {
                keys << QStringLiteral("static:%1@%2").arg(info->id).arg(info->updatedAt);
            } else {
                QString parseError;
                const auto definition = FilterDefinition::parse(info->definition, &parseError);
                if (!definition)
                    return fail(path, tr("segment \"%1\": %2").arg(name, parseError));
                if (depth + m_segmentStack.size() > FilterDefinition::maxDepth)
                    return fail(path,
                                tr("segments are nested more than %1 levels deep").arg(FilterDefinition::maxDepth));
                m_segmentStack << name;
                auto expanded = group(*definition, QString(), depth + 1);
                m_segmentStack.removeLast();
                if (!expanded)
                    return fail(path, tr("segment \"%1\": %2").arg(name, error));
                keys << QStringLiteral("dynamic:%1:%2").arg(info->id).arg(resolvedGroupKey(*expanded));
                segment.definition = std::make_shared<const ResolvedGroup>(std::move(*expanded));
            }
            out->segments << segment;
        }
        out->key = QStringLiteral("@segment %1 %2").arg(filterOperatorName(out->op), keys.join(QLatin1Char(',')));
        return true;
    }
};

} // namespace

void collectRules(const ResolvedGroup& group, std::vector<const ResolvedRule*>* rules)
{
    for (const ResolvedNode& node : group.children) {
        if (node.isGroup())
            collectRules(*node.group(), rules);
        else
            rules->push_back(node.rule());
    }
}

QString resolvedGroupKey(const ResolvedGroup& group)
{
    QString key = filterCombinatorName(group.combinator);
    if (group.negated)
        key.prepend(QLatin1Char('!'));
    key += QLatin1Char('(');
    for (const ResolvedNode& node : group.children) {
        key += node.isGroup() ? resolvedGroupKey(*node.group()) : node.rule()->key;
        key += QLatin1Char(';');
    }
    key += QLatin1Char(')');
    return key;
}

FilterContext FilterContext::fromWorkspace(Workspace& workspace)
{
    FilterContext context;
    context.fields = workspace.fields();
    context.orderFields = workspace.fields(QStringLiteral("orders"));
    context.asOfDate = workspace.asOfDate();
    context.segments = databaseSegmentLookup(workspace.db());
    return context;
}

std::optional<ResolvedGroup> FilterResolver::resolve(const FilterGroup& definition, const FilterContext& context,
                                                     QString* error)
{
    if (!definition.isActive())
        return ResolvedGroup(); // a muted definition selects everyone, as one without rules
    Resolver resolver(context);
    auto result = resolver.group(definition, QString(), 0);
    if (!result && error)
        *error = resolver.error;
    if (result && result->children.empty())
        result->negated = false; // left out as a whole: no condition, everyone
    return result;
}

std::optional<ResolvedGroup> FilterResolver::resolve(const QByteArray& json, const FilterContext& context,
                                                     QString* error)
{
    const auto definition = FilterDefinition::parse(json, error);
    if (!definition)
        return std::nullopt;
    return resolve(*definition, context, error);
}

QByteArray FilterResolver::segmentReference(const QString& name)
{
    const QJsonObject rule{{QStringLiteral("field"), segmentField()},
                           {QStringLiteral("operator"), QStringLiteral("in")},
                           {QStringLiteral("value"), QJsonArray{name}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")},
                                     {QStringLiteral("rules"), QJsonArray{rule}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace swb
