#include "model/segments/segmentreferences.h"

#include "model/filter/filterdefinition.h"
#include "model/filter/filterresolver.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace swb::SegmentReferences {

namespace {

// The names a rule's value lists: a JSON array of strings or a comma-separated text.
QStringList names(const QJsonValue& value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            list << item.toString().trimmed();
    } else {
        for (const QString& item : value.toString().split(QLatin1Char(',')))
            list << item.trimmed();
    }
    return list;
}

// Calls `visit` for every `@segment` rule in the tree.
void forEachSegmentRule(FilterGroup& group, const std::function<void(FilterRule&)>& visit)
{
    for (FilterNode& node : group.rules) {
        if (FilterGroup* child = node.group())
            forEachSegmentRule(*child, visit);
        else if (FilterRule* rule = node.rule(); rule && rule->field == FilterResolver::segmentField())
            visit(*rule);
    }
}

} // namespace

bool mentions(const QByteArray& definition, const QString& segment)
{
    auto tree = FilterDefinition::parse(definition, nullptr);
    if (!tree)
        return false;
    bool found = false;
    forEachSegmentRule(*tree, [&](FilterRule& rule) { found = found || names(rule.value).contains(segment); });
    return found;
}

QByteArray rename(const QByteArray& definition, const QString& from, const QString& to)
{
    auto tree = FilterDefinition::parse(definition, nullptr);
    if (!tree)
        return definition;
    forEachSegmentRule(*tree, [&](FilterRule& rule) {
        QStringList list = names(rule.value);
        if (!list.contains(from))
            return;
        list.replaceInStrings(QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(from))), to);
        rule.value = rule.value.isArray() ? QJsonValue(QJsonArray::fromStringList(list))
                                          : QJsonValue(list.join(QStringLiteral(", ")));
    });
    return FilterDefinition::toJsonText(*tree);
}

} // namespace swb::SegmentReferences
