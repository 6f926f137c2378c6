#include "ui/filter/definition/filtertree.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace swb::FilterTree {

namespace {

void visitRules(const FilterGroup& group, NodePath& path,
                const std::function<void(const NodePath&, const FilterRule&)>& visit)
{
    for (size_t i = 0; i < group.rules.size(); ++i) {
        path.append(int(i));
        const FilterNode& node = group.rules[i];
        if (node.isGroup())
            visitRules(*node.group(), path, visit);
        else
            visit(path, *node.rule());
        path.removeLast();
    }
}

} // namespace

const FilterNode* nodeAt(const FilterGroup& root, const NodePath& path)
{
    if (path.isEmpty())
        return nullptr;
    const FilterGroup* group = &root;
    const FilterNode* node = nullptr;
    for (int index : path) {
        if (!group || index < 0 || size_t(index) >= group->rules.size())
            return nullptr;
        node = &group->rules[size_t(index)];
        group = node->group();
    }
    return node;
}

FilterNode* nodeAt(FilterGroup& root, const NodePath& path)
{
    return const_cast<FilterNode*>(nodeAt(std::as_const(root), path));
}

const FilterGroup* groupAt(const FilterGroup& root, const NodePath& path)
{
    if (path.isEmpty())
        return &root;
    const FilterNode* node = nodeAt(root, path);
    return node ? node->group() : nullptr;
}

FilterGroup* groupAt(FilterGroup& root, const NodePath& path)
{
    return const_cast<FilterGroup*>(groupAt(std::as_const(root), path));
}

const FilterRule* ruleAt(const FilterGroup& root, const NodePath& path)
{
    const FilterNode* node = nodeAt(root, path);
    return node ? node->rule() : nullptr;
}

FilterRule* ruleAt(FilterGroup& root, const NodePath& path)
{
    return const_cast<FilterRule*>(ruleAt(std::as_const(root), path));
}

std::optional<NodePath> insert(FilterGroup& root, const NodePath& groupPath, int index, FilterNode node)
{
    FilterGroup* group = groupAt(root, groupPath);
    if (!group)
        return std::nullopt;
    const int at = std::clamp(index, 0, int(group->rules.size()));
    group->rules.insert(group->rules.begin() + at, std::move(node));
    NodePath path = groupPath;
    path.append(at);
    return path;
}

std::optional<FilterNode> take(FilterGroup& root, const NodePath& path)
{
    if (path.isEmpty())
        return std::nullopt;
    FilterGroup* parent = groupAt(root, path.first(path.size() - 1));
    const int index = path.last();
    if (!parent || index < 0 || size_t(index) >= parent->rules.size())
        return std::nullopt;
    FilterNode node = std::move(parent->rules[size_t(index)]);
    parent->rules.erase(parent->rules.begin() + index);
    return node;
}

std::optional<NodePath> move(FilterGroup& root, const NodePath& from, const NodePath& toGroup, int index)
{
    if (from.isEmpty() || isAncestorOrSelf(from, toGroup) || !nodeAt(root, from) || !groupAt(root, toGroup))
        return std::nullopt;
    // Removing `from` shifts later siblings, and the target group's path when it lies after `from`.
    NodePath target = toGroup;
    const NodePath parent = from.first(from.size() - 1);
    const int depth = int(parent.size());
    if (target.size() > depth && target.first(depth) == parent && target.at(depth) > from.last())
        --target[depth];
    int at = index;
    if (toGroup == parent && index > from.last())
        --at;
    auto node = take(root, from);
    if (!node)
        return std::nullopt;
    return insert(root, target, at, std::move(*node));
}

bool isAncestorOrSelf(const NodePath& ancestor, const NodePath& path)
{
    return path.size() >= ancestor.size() && path.first(ancestor.size()) == ancestor;
}

QString pathText(const NodePath& path)
{
    QString text;
    for (int index : path)
        text = FilterDefinition::childPath(text, index);
    return text;
}

QString pathKey(const NodePath& path)
{
    QStringList parts;
    for (int index : path)
        parts << QString::number(index);
    return parts.join(QLatin1Char('.'));
}

void forEachRule(const FilterGroup& root, const std::function<void(const NodePath&, const FilterRule&)>& visit)
{
    NodePath path;
    visitRules(root, path, visit);
}

int ruleCount(const FilterGroup& root)
{
    int count = 0;
    forEachRule(root, [&](const NodePath&, const FilterRule&) { ++count; });
    return count;
}

QByteArray nodeJsonText(const FilterNode& node)
{
    FilterGroup holder;
    holder.rules.push_back(node);
    const QJsonObject object
        = FilterDefinition::toJson(holder).value(QStringLiteral("rules")).toArray().first().toObject();
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool equal(const FilterGroup& a, const FilterGroup& b)
{
    return FilterDefinition::toJson(a) == FilterDefinition::toJson(b);
}

} // namespace swb::FilterTree
