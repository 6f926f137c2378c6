#include "model/filter/jqueryquerybuilder.h"

#include "model/filter/filterdefinition.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace swb {

namespace {

constexpr std::array s_operators{
    std::pair{"equal", "="},
    std::pair{"not_equal", "!="},
    std::pair{"less", "<"},
    std::pair{"less_or_equal", "<="},
    std::pair{"greater", ">"},
    std::pair{"greater_or_equal", ">="},
    std::pair{"between", "between"},
    std::pair{"not_between", "notBetween"},
    std::pair{"in", "in"},
    std::pair{"not_in", "notIn"},
    std::pair{"begins_with", "beginsWith"},
    std::pair{"not_begins_with", "doesNotBeginWith"},
    std::pair{"contains", "contains"},
    std::pair{"not_contains", "doesNotContain"},
    std::pair{"ends_with", "endsWith"},
    std::pair{"not_ends_with", "doesNotEndWith"},
    std::pair{"is_null", "null"},
    std::pair{"is_not_null", "notNull"},
    std::pair{"is_empty", "="},
    std::pair{"is_not_empty", "!="},
};

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(swb::JQueryQueryBuilder)

public:
    QString error;

    std::optional<QJsonObject> fail(const QString& path, const QString& message)
    {
        error = FilterDefinition::atPath(path, message);
        return std::nullopt;
    }

    std::optional<QJsonObject> rule(const QJsonObject& in, const QString& path)
    {
        QJsonObject out;
        const QJsonValue field
            = in.contains(QLatin1String("field")) ? in.value(QLatin1String("field")) : in.value(QLatin1String("id"));
        if (!field.isString())
            return fail(path, tr("A jQuery QueryBuilder rule needs a \"field\" (or \"id\")."));
        const QString name = in.value(QLatin1String("operator")).toString();
        const char* converted = nullptr;
        for (const auto& [jquery, ours] : s_operators) {
            if (name == QLatin1String(jquery))
                converted = ours;
        }
        if (!converted)
            return fail(path, tr("Unknown jQuery QueryBuilder operator \"%1\".").arg(name));
        out.insert(QLatin1String("field"), field);
        out.insert(QLatin1String("operator"), QLatin1String(converted));
        if (name == QLatin1String("is_empty") || name == QLatin1String("is_not_empty"))
            out.insert(QLatin1String("value"), QString(QLatin1String("")));
        else if (name != QLatin1String("is_null") && name != QLatin1String("is_not_null")
                 && in.contains(QLatin1String("value")))
            out.insert(QLatin1String("value"), in.value(QLatin1String("value")));
        return out;
    }

    std::optional<QJsonObject> group(const QJsonObject& in, const QString& path, int depth)
    {
        if (depth >= FilterDefinition::maxDepth)
            return fail(path,
                        tr("Groups are nested more than %1 levels deep. Flatten the definition.")
                            .arg(FilterDefinition::maxDepth));
        const QString condition = in.value(QLatin1String("condition")).toString();
        const auto combinator = filterCombinatorFromName(condition);
        if (!combinator)
            return fail(path, tr("\"condition\" must be \"AND\" or \"OR\"."));
        QJsonObject out;
        out.insert(QLatin1String("combinator"), filterCombinatorName(*combinator));
        if (in.contains(QLatin1String("not")))
            out.insert(QLatin1String("not"), in.value(QLatin1String("not")));
        const QJsonValue rulesValue = in.value(QLatin1String("rules"));
        if (!rulesValue.isArray())
            return fail(path, tr("A group needs \"rules\": a list of rules and groups."));
        const QJsonArray rules = rulesValue.toArray();
        QJsonArray converted;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString childPath = FilterDefinition::childPath(path, int(i));
            if (!rules.at(i).isObject())
                return fail(childPath, tr("A rule must be an object with \"field\", \"operator\" and \"value\"."));
            const QJsonObject child = rules.at(i).toObject();
            const auto node
                = child.contains(QLatin1String("rules")) ? group(child, childPath, depth + 1) : rule(child, childPath);
            if (!node)
                return std::nullopt;
            converted.append(*node);
        }
        out.insert(QLatin1String("rules"), converted);
        return out;
    }
};

} // namespace

bool JQueryQueryBuilder::looksLikeJQuery(const QJsonObject& object)
{
    return object.contains(QLatin1String("condition")) && !object.contains(QLatin1String("combinator"));
}

std::optional<QJsonObject> JQueryQueryBuilder::toReactQueryBuilder(const QJsonObject& group, QString* error)
{
    Converter converter;
    auto result = converter.group(group, QString(), 0);
    if (!result && error)
        *error = converter.error;
    return result;
}

} // namespace swb
