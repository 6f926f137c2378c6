#include "model/browse/namedselection.h"

#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

namespace swb {

SegmentSelections NamedSelections::loadSegments(const QString& workspacePath)
{
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::segmentSelections(workspacePath);
    SegmentSelections result;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &result.error);
    if (!workspace)
        return result;
    SelectionSql sql(*workspace);
    for (const Segment& segment : SegmentRepository(*workspace).list()) {
        QString error;
        const Selection selection = Selection::segment(segment.name);
        if (!sql.condition(selection, &error)) {
            result.error = tr("Cannot read the segment \"%1\": %2").arg(segment.name, error);
            return result;
        }
        result.segments.append(NamedSelection{segment.name, selection, true});
    }
    result.ok = true;
    return result;
}

SegmentSelections NamedSelections::loadSegment(const QString& workspacePath, const QString& name)
{
    if (PgWorkspace::isUri(workspacePath))
        return PgTasks::segmentSelections(workspacePath, name);
    SegmentSelections result;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &result.error);
    if (!workspace)
        return result;
    QString error;
    const Selection selection = Selection::segment(name);
    if (!SelectionSql(*workspace).condition(selection, &error)) {
        result.error = tr("Cannot read the segment \"%1\": %2").arg(name, error);
        return result;
    }
    result.segments.append(NamedSelection{name, selection, true});
    result.ok = true;
    return result;
}

Selection NamedSelections::unite(const QList<Selection>& selections)
{
    // No selection at all selects nobody, not everyone.
    if (selections.isEmpty())
        return Selection::nobody();
    Selection united = selections.first();
    for (qsizetype i = 1; i < selections.size(); ++i)
        united = Selection::either(united, selections.at(i));
    return united;
}

} // namespace swb
