// Drag and drop of rules and groups inside the builder: the MIME payload and where a drop inserts.
#pragma once

#include "ui/filter/definition/filtertree.h"

#include <QList>
#include <QMimeData>
#include <QWidget>

#include <memory>
#include <optional>

namespace swb::FilterDragAndDrop {

QString mimeType(); // "application/x-swb-filter-node"

// The payload of a drag of the node at `path` (its path, and the definition's JSON for other applications).
std::unique_ptr<QMimeData> mimeData(const NodePath& path, const QByteArray& nodeJson);
std::optional<NodePath> sourcePath(const QMimeData* mime);

// The index a drop at `y` (in the coordinates of the children's parent) inserts at, given the children in order:
// before the first child whose vertical middle is below `y`.
int insertionIndex(const QList<QWidget*>& children, int y);

} // namespace swb::FilterDragAndDrop
