#include "ui/filter/definition/filterdocument.h"

#include "ui/filter/definition/filtercommands.h"

namespace swb {

FilterDocument::FilterDocument(QObject* parent)
    : QObject(parent)
{ }

void FilterDocument::reset(FilterGroup root)
{
    m_undoStack.clear();
    m_root = std::move(root);
    emit changed({});
}

NodePath FilterDocument::addRule(const NodePath& groupPath, int index, FilterRule rule)
{
    // A default QJsonValue is null, which would be written as "value": null.
    if (rule.value.isNull())
        rule.value = QJsonValue(QJsonValue::Undefined);
    FilterGroup after = m_root;
    const FilterGroup* group = FilterTree::groupAt(after, groupPath);
    if (!group)
        return {};
    const int at = index < 0 ? int(group->rules.size()) : index;
    const auto path = FilterTree::insert(after, groupPath, at, FilterNode{std::move(rule)});
    if (!path)
        return {};
    push(std::move(after), tr("Add rule"), {}, *path, groupPath);
    return *path;
}

NodePath FilterDocument::addGroup(const NodePath& groupPath, int index)
{
    FilterGroup after = m_root;
    const FilterGroup* parent = FilterTree::groupAt(after, groupPath);
    if (!parent)
        return {};
    FilterGroup group;
    FilterRule rule;
    rule.value = QJsonValue(QJsonValue::Undefined);
    group.rules.push_back(FilterNode{rule});
    const int at = index < 0 ? int(parent->rules.size()) : index;
    const auto path = FilterTree::insert(after, groupPath, at, FilterNode{std::move(group)});
    if (!path)
        return {};
    push(std::move(after), tr("Add group"), {}, *path + NodePath{0}, groupPath);
    return *path;
}

void FilterDocument::remove(const NodePath& path)
{
    FilterGroup after = m_root;
    const auto node = FilterTree::take(after, path);
    if (!node)
        return;
    const QString text = node->isGroup() ? tr("Remove group") : tr("Remove rule");
    // Focus what took the removed node's place: the next sibling, else the previous, else the parent group.
    NodePath focus = path;
    const FilterGroup* parent = FilterTree::groupAt(after, path.first(path.size() - 1));
    if (parent && size_t(focus.last()) >= parent->rules.size())
        --focus.last();
    if (focus.last() < 0)
        focus.removeLast();
    push(std::move(after), text, {}, focus, path);
}

std::optional<NodePath> FilterDocument::move(const NodePath& from, const NodePath& toGroup, int index)
{
    FilterGroup after = m_root;
    const auto path = FilterTree::move(after, from, toGroup, index);
    if (!path || FilterTree::equal(after, m_root))
        return path;
    push(std::move(after), tr("Move"), {}, *path, from);
    return path;
}

void FilterDocument::setCombinator(const NodePath& groupPath, FilterCombinator combinator)
{
    FilterGroup after = m_root;
    FilterGroup* group = FilterTree::groupAt(after, groupPath);
    if (!group || group->combinator == combinator)
        return;
    group->combinator = combinator;
    push(std::move(after), combinator == FilterCombinator::And ? tr("Match all") : tr("Match any"), {}, groupPath);
}

void FilterDocument::setNegated(const NodePath& groupPath, bool negated)
{
    FilterGroup after = m_root;
    FilterGroup* group = FilterTree::groupAt(after, groupPath);
    if (!group || group->negated == negated)
        return;
    group->negated = negated;
    push(std::move(after), negated ? tr("Negate group") : tr("Stop negating group"), {}, groupPath);
}

void FilterDocument::setMuted(const NodePath& path, bool muted)
{
    FilterGroup after = m_root;
    FilterNode* node = FilterTree::nodeAt(after, path);
    if (!node || !node->isActive() == muted)
        return;
    // react-querybuilder has two spellings of "leave this out": unmuting clears both.
    if (FilterGroup* group = node->group()) {
        group->muted = muted;
        group->disabled = group->disabled && muted;
    } else {
        node->rule()->muted = muted;
        node->rule()->disabled = node->rule()->disabled && muted;
    }
    push(std::move(after), muted ? tr("Mute") : tr("Unmute"), {}, path);
}

void FilterDocument::setRoot(const FilterGroup& root, const QString& undoText)
{
    if (!FilterTree::equal(root, m_root))
        push(root, undoText);
}

void FilterDocument::setRule(const NodePath& path, const FilterRule& rule, const QString& undoText,
                             const QString& mergeKey)
{
    FilterGroup after = m_root;
    FilterRule* target = FilterTree::ruleAt(after, path);
    if (!target)
        return;
    *target = rule;
    if (FilterTree::equal(after, m_root))
        return;
    push(std::move(after), undoText,
         mergeKey.isEmpty() ? QString() : mergeKey + QLatin1Char('@') + FilterTree::pathKey(path), path);
}

void FilterDocument::replaceRoot(const FilterGroup& root, const NodePath& focus)
{
    m_root = root;
    emit changed(focus);
}

void FilterDocument::push(FilterGroup after, const QString& text, const QString& mergeKey, const NodePath& focus,
                          const NodePath& undoFocus)
{
    m_undoStack.push(new FilterEditCommand(this, m_root, std::move(after), text, mergeKey, focus, undoFocus));
}

} // namespace swb
