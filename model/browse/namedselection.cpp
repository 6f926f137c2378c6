#include "model/browse/namedselection.h"

#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

namespace swb {

SegmentSelections NamedSelections::loadSegments(const QString& workspacePath)
{
    SegmentSelections result;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &result.error);
    if (!workspace)
        return result;
    SegmentRepository repository(*workspace);
    for (const Segment& segment : repository.list()) {
        QString error;
        const auto selection = repository.selection(segment.name, &error);
        if (!selection) {
            result.error = tr("Cannot read the segment \"%1\": %2").arg(segment.name, error);
            return result;
        }
        result.segments.append(NamedSelection{segment.name, *selection, true});
    }
    result.ok = true;
    return result;
}

SegmentSelections NamedSelections::loadSegment(const QString& workspacePath, const QString& name)
{
    SegmentSelections result;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &result.error);
    if (!workspace)
        return result;
    QString error;
    const auto selection = SegmentRepository(*workspace).selection(name, &error);
    if (!selection) {
        result.error = tr("Cannot read the segment \"%1\": %2").arg(name, error);
        return result;
    }
    result.segments.append(NamedSelection{name, *selection, true});
    result.ok = true;
    return result;
}

RowSelection NamedSelections::unite(const QList<RowSelection>& selections)
{
    RowSelection united;
    QStringList conditions;
    for (const RowSelection& selection : selections) {
        if (selection.whereSql.trimmed().isEmpty())
            return {};
        conditions.append(QStringLiteral("(%1)").arg(selection.whereSql));
        united.bindings.append(selection.bindings);
    }
    // No selection at all selects nobody, not everyone.
    united.whereSql = conditions.isEmpty() ? QStringLiteral("0") : conditions.join(QStringLiteral(" OR "));
    return united;
}

} // namespace swb
