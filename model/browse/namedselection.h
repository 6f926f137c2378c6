// Named customer selections a user can pick from (everyone, the table's current view, saved segments), read off
// the GUI thread, and how several of them combine into one.
#pragma once

#include "model/selection/selection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb {

struct NamedSelection
{
    QString name;
    Selection selection;
    bool isSegment = false;
};

struct SegmentSelections
{
    bool ok = false;
    QString error;
    QList<NamedSelection> segments; // one per saved segment, in the repository's order
};

class NamedSelections
{
    Q_DECLARE_TR_FUNCTIONS(swb::NamedSelections)

public:
    // The saved segments of the workspace (a worker-thread function).
    static SegmentSelections loadSegments(const QString& workspacePath);
    // One saved segment (a worker-thread function); `segments` holds it alone when it exists and resolves.
    static SegmentSelections loadSegment(const QString& workspacePath, const QString& name);

    // Customers in any of `selections` (their union); one that selects everyone makes the union everyone.
    static Selection unite(const QList<Selection>& selections);
};

} // namespace swb
