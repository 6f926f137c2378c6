// Addresses and edits nodes of a FilterGroup tree by index path; the builder's undo commands are made of these.
#pragma once

#include "model/filter/filterdefinition.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace swb {

// Child indices from the root group: {} is the root, {2, 0} is rule 0 of the group at index 2.
using NodePath = QList<int>;

namespace FilterTree {

const FilterNode* nodeAt(const FilterGroup& root, const NodePath& path); // nullptr for {} or a bad path
FilterNode* nodeAt(FilterGroup& root, const NodePath& path);
const FilterGroup* groupAt(const FilterGroup& root, const NodePath& path); // {} gives the root
FilterGroup* groupAt(FilterGroup& root, const NodePath& path);
const FilterRule* ruleAt(const FilterGroup& root, const NodePath& path);
FilterRule* ruleAt(FilterGroup& root, const NodePath& path);

// Inserts `node` into the group at `groupPath` before `index` (clamped); returns the new node's path.
std::optional<NodePath> insert(FilterGroup& root, const NodePath& groupPath, int index, FilterNode node);
// Removes and returns the node at `path`.
std::optional<FilterNode> take(FilterGroup& root, const NodePath& path);
// Moves the node at `from` into the group at `toGroup` before `index` (an index in that group as it is before the
// move). Refuses to move a group into itself or its descendants. Returns the node's new path.
std::optional<NodePath> move(FilterGroup& root, const NodePath& from, const NodePath& toGroup, int index);

bool isAncestorOrSelf(const NodePath& ancestor, const NodePath& path);
// "rules[2].rules[0]", as the resolver and the funnel name paths ("" for the root).
QString pathText(const NodePath& path);
QString pathKey(const NodePath& path); // "2.0": a compact key for merging edits and finding widgets

// Calls `visit` for every rule, depth first in document order.
void forEachRule(const FilterGroup& root, const std::function<void(const NodePath&, const FilterRule&)>& visit);
int ruleCount(const FilterGroup& root);
// The JSON of one rule or group, as it appears inside "rules".
QByteArray nodeJsonText(const FilterNode& node);
bool equal(const FilterGroup& a, const FilterGroup& b);

} // namespace FilterTree
} // namespace swb
