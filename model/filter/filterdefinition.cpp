#include "model/filter/filterdefinition.h"

#include "model/filter/jqueryquerybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace swb {

namespace {

const QString s_rules = QStringLiteral("rules");
const QString s_combinator = QStringLiteral("combinator");
const QString s_not = QStringLiteral("not");
const QString s_disabled = QStringLiteral("disabled");
const QString s_muted = QStringLiteral("muted");
const QString s_id = QStringLiteral("id");
const QString s_field = QStringLiteral("field");
const QString s_operator = QStringLiteral("operator");
const QString s_value = QStringLiteral("value");
const QString s_where = QStringLiteral("where");
const QString s_measure = QStringLiteral("measure");
const QString s_window = QStringLiteral("window");

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(swb::FilterDefinition)

public:
    QString error;

    bool fail(const QString& path, const QString& message)
    {
        error = FilterDefinition::atPath(path, message);
        return false;
    }

    bool readFlag(const QJsonObject& object, const QString& key, const QString& path, bool* flag)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            *flag = false;
            return true;
        }
        if (!value.isBool())
            return fail(path, tr("\"%1\" must be true or false.").arg(key));
        *flag = value.toBool();
        return true;
    }

    bool readId(const QJsonObject& object, QString* id)
    {
        const QJsonValue value = object.value(s_id);
        if (value.isString())
            *id = value.toString();
        return true;
    }

    bool readRule(const QJsonObject& object, const QString& path, int depth, FilterRule* rule)
    {
        rule->json = object;
        readId(object, &rule->id);
        const QJsonValue field = object.value(s_field);
        if (!field.isUndefined() && !field.isString())
            return fail(path, tr("\"field\" must be a field name in quotes."));
        const QJsonValue op = object.value(s_operator);
        if (!op.isUndefined() && !op.isString())
            return fail(path, tr("\"operator\" must be an operator name in quotes, such as \"=\" or \"in\"."));
        rule->field = field.toString();
        rule->operatorName = op.toString();
        rule->value = object.value(s_value);
        if (const QString nul = FilterDefinition::nulCharacterProblem(*rule); !nul.isEmpty())
            return fail(path, nul);
        if (rule->isOrders() && !readOrderParts(object, path, depth, rule))
            return false;
        return readFlag(object, s_disabled, path, &rule->disabled) && readFlag(object, s_muted, path, &rule->muted);
    }

    // "where" is read as a group one level below the rule's group; "measure" and "window" are kept as written.
    bool readOrderParts(const QJsonObject& object, const QString& path, int depth, FilterRule* rule)
    {
        rule->measure = object.value(s_measure);
        rule->window = object.value(s_window);
        const QJsonValue where = object.value(s_where);
        if (where.isUndefined() || where.isNull())
            return true;
        const QString wherePath = path + QStringLiteral(".where");
        if (!where.isObject())
            return fail(wherePath,
                        tr("\"where\" must be a group of conditions on order columns, such as "
                           "{\"combinator\":\"and\",\"rules\":[…]}."));
        auto group = std::make_shared<FilterGroup>();
        if (!readGroup(where.toObject(), wherePath, depth + 1, group.get()))
            return false;
        rule->where = std::move(group);
        return true;
    }

    bool readGroup(const QJsonObject& object, const QString& path, int depth, FilterGroup* group)
    {
        if (depth >= FilterDefinition::maxDepth)
            return fail(path,
                        tr("Groups are nested more than %1 levels deep. Flatten the definition.")
                            .arg(FilterDefinition::maxDepth));
        group->json = object;
        group->json.remove(s_rules);
        readId(object, &group->id);
        const QJsonValue combinator = object.value(s_combinator);
        if (!combinator.isUndefined()) {
            const auto parsed = filterCombinatorFromName(combinator.toString());
            if (!combinator.isString() || !parsed)
                return fail(path, tr("\"combinator\" must be \"and\" or \"or\"."));
            group->combinator = *parsed;
        }
        if (!readFlag(object, s_not, path, &group->negated) || !readFlag(object, s_disabled, path, &group->disabled)
            || !readFlag(object, s_muted, path, &group->muted))
            return false;
        const QJsonValue rules = object.value(s_rules);
        if (!rules.isArray())
            return fail(path, tr("A group needs \"rules\": a list of rules and groups."));
        const QJsonArray array = rules.toArray();
        group->rules.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString childPath = FilterDefinition::childPath(path, int(i));
            const QJsonValue child = array.at(i);
            if (child.isString())
                return fail(childPath,
                            tr("Combinators between rules (\"independent combinators\") are not "
                               "supported: set \"combinator\" on the group instead."));
            if (!child.isObject())
                return fail(childPath, tr("A rule must be an object with \"field\", \"operator\" and \"value\"."));
            const QJsonObject childObject = child.toObject();
            if (childObject.contains(s_rules)) {
                FilterGroup nested;
                if (!readGroup(childObject, childPath, depth + 1, &nested))
                    return false;
                group->rules.push_back(FilterNode{std::move(nested)});
            } else {
                FilterRule rule;
                if (!readRule(childObject, childPath, depth, &rule))
                    return false;
                group->rules.push_back(FilterNode{std::move(rule)});
            }
        }
        return true;
    }
};

bool containsNul(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().contains(QChar(u'\0'));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue& item) { return containsNul(item); });
    }
    return false;
}

void writeFlag(QJsonObject& object, const QString& key, bool value)
{
    if (value || object.contains(key))
        object.insert(key, value);
}

void writeId(QJsonObject& object, const QString& id)
{
    if (!id.isEmpty())
        object.insert(s_id, id);
    else if (object.value(s_id).isString())
        object.remove(s_id);
}

QJsonObject writeGroup(const FilterGroup& group);

void writeOptional(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
}

QJsonObject writeRule(const FilterRule& rule)
{
    QJsonObject object = rule.json;
    writeId(object, rule.id);
    object.insert(s_field, rule.field);
    object.insert(s_operator, rule.operatorName);
    if (rule.value.isUndefined())
        object.remove(s_value);
    else
        object.insert(s_value, rule.value);
    writeFlag(object, s_disabled, rule.disabled);
    writeFlag(object, s_muted, rule.muted);
    if (rule.isOrders()) {
        if (rule.where)
            object.insert(s_where, writeGroup(*rule.where));
        else if (!object.value(s_where).isNull()) // an explicit null stays
            object.remove(s_where);
        writeOptional(object, s_measure, rule.measure);
        writeOptional(object, s_window, rule.window);
    } else if (rule.where || !rule.measure.isUndefined() || !rule.window.isUndefined()) {
        // Read as an `@orders` rule, since given another field: its order parts no longer apply.
        for (const QString& key : {s_where, s_measure, s_window})
            object.remove(key);
    }
    return object;
}

QJsonObject writeGroup(const FilterGroup& group)
{
    QJsonObject object = group.json;
    writeId(object, group.id);
    // Keep the spelling that was read ("AND") when it still means the same.
    if (filterCombinatorFromName(object.value(s_combinator).toString()) != group.combinator)
        object.insert(s_combinator, filterCombinatorName(group.combinator));
    writeFlag(object, s_not, group.negated);
    writeFlag(object, s_disabled, group.disabled);
    writeFlag(object, s_muted, group.muted);
    QJsonArray rules;
    for (const FilterNode& node : group.rules)
        rules.append(node.isGroup() ? writeGroup(*node.group()) : writeRule(*node.rule()));
    object.insert(s_rules, rules);
    return object;
}

} // namespace

bool FilterRule::isOrders() const
{
    return field == FilterDefinition::ordersField();
}

std::optional<FilterGroup> FilterDefinition::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting) {
        // Qt's parser stops at 1,024 levels of brackets, long before the stack is at risk.
        if (error)
            *error
                = tr("The definition is nested too deeply: groups can be nested at most %1 levels deep.").arg(maxDepth);
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The definition is not valid JSON (%1 at character %2).")
                         .arg(parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("The definition must be a JSON object such as {\"combinator\":\"and\",\"rules\":[…]}.");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

std::optional<FilterGroup> FilterDefinition::fromJson(const QJsonObject& object, QString* error)
{
    QJsonObject source = object;
    if (JQueryQueryBuilder::looksLikeJQuery(object)) {
        auto converted = JQueryQueryBuilder::toReactQueryBuilder(object, error);
        if (!converted)
            return std::nullopt;
        source = *converted;
    }
    Reader reader;
    FilterGroup group;
    if (!reader.readGroup(source, QString(), 0, &group)) {
        if (error)
            *error = reader.error;
        return std::nullopt;
    }
    return group;
}

QJsonObject FilterDefinition::toJson(const FilterGroup& group)
{
    return writeGroup(group);
}

QByteArray FilterDefinition::toJsonText(const FilterGroup& group)
{
    return QJsonDocument(writeGroup(group)).toJson(QJsonDocument::Compact);
}

QString FilterDefinition::childPath(const QString& parentPath, int index)
{
    const QString child = QStringLiteral("rules[%1]").arg(index);
    return parentPath.isEmpty() ? child : parentPath + QLatin1Char('.') + child;
}

QList<int> FilterDefinition::pathIndexes(const QString& path)
{
    QList<int> indexes;
    const QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.startsWith(QLatin1String("rules[")))
            break; // "rules[1].where.rules[0]": the `@orders` rule holding the condition
        indexes << part.mid(6, part.size() - 7).toInt(); // "rules[" index "]"
    }
    return indexes;
}

QString FilterDefinition::nulCharacterProblem(const FilterRule& rule)
{
    // Text ends at a NUL for SQLite's LIKE and for C strings: "a\0b" would be searched for as "a", and messages
    // naming the field would be cut off there.
    if (rule.field.contains(QChar(u'\0')))
        return tr("The field name contains a NUL character (\\u0000), which no field name can hold. Remove it.");
    if (rule.operatorName.contains(QChar(u'\0')))
        return tr("The operator contains a NUL character (\\u0000). Remove it.");
    if (containsNul(rule.value))
        return tr("The value contains a NUL character (\\u0000), which a filter value cannot hold. Remove it.");
    return {};
}

QString FilterDefinition::atPath(const QString& path, const QString& message)
{
    return path.isEmpty() ? message : tr("%1: %2").arg(path, message);
}

} // namespace swb
