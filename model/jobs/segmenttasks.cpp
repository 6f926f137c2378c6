#include "model/jobs/segmenttasks.h"

#include "model/analytics/kpiservice.h"
#include "model/postgres/pgtasks.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

#include <QJsonObject>

#include <sqlite3.h>

namespace swb {

namespace {

bool isBusy(const Database& db)
{
    const int code = db.lastErrorCode() & 0xFF;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

} // namespace

QString SegmentTasks::busyMessage()
{
    return tr("The workspace is busy: another program is writing to it. Try again when it has finished.");
}

bool SegmentTasks::apply(SegmentRepository& repository, SegmentChange& change)
{
    QString* error = &change.error;
    switch (change.kind) {
    case SegmentChangeKind::Rename:
        return repository.rename(change.name, change.newName, error);
    case SegmentChangeKind::Duplicate:
        return repository.duplicate(change.name, change.newName, error).has_value();
    case SegmentChangeKind::Remove:
        return repository.remove(change.name, error);
    case SegmentChangeKind::SaveDynamic:
        return repository.saveDynamic(change.name, change.definition, error).has_value();
    case SegmentChangeKind::UpdateDefinition:
        return repository.updateDefinition(change.name, change.definition, error);
    case SegmentChangeKind::SaveStatic:
        return repository.saveStaticFromDefinition(change.name, change.definition, error).has_value();
    case SegmentChangeKind::Snapshot:
        break; // needs the KPIs: see write()
    }
    return false;
}

QString SegmentTasks::canceledMessage()
{
    return tr("The change was not made: it was cancelled.");
}

SegmentChange SegmentTasks::write(const QString& path, SegmentChange change, const CancelCheck& cancel)
{
    const auto canceled = [&cancel, &change] {
        if (!cancel || !cancel())
            return false;
        change.ok = false;
        change.error = canceledMessage();
        return true;
    };
    if (canceled())
        return change;
    if (PgWorkspace::isUri(path))
        return PgTasks::write(path, std::move(change));
    const QJsonObject kpis
        = change.kind == SegmentChangeKind::Snapshot ? KpiService::snapshotKpis(path, change.name) : QJsonObject();
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &change.error);
    if (!workspace)
        return change;
    Database& db = workspace->db();
    {
        // The write lock first (BEGIN IMMEDIATE waits up to the busy timeout); the repository's own transactions
        // nest inside as savepoints, so each change is committed as one, or not at all.
        Transaction transaction(db);
        if (!transaction.isActive()) {
            change.busy = isBusy(db);
            change.error = change.busy ? busyMessage() : db.lastError();
        } else {
            SegmentRepository repository(*workspace);
            if (change.kind == SegmentChangeKind::Snapshot)
                change.snapshot = repository.takeSnapshot(change.name, kpis, &change.error);
            const bool done
                = change.kind == SegmentChangeKind::Snapshot ? change.snapshot.has_value() : apply(repository, change);
            // The last moment a cancel can undo the change (the transaction rolls back when it goes out of scope).
            if (done && canceled())
                change.snapshot.reset();
            else
                change.ok = done && transaction.commit(&change.error);
            if (!change.ok && isBusy(db)) {
                change.busy = true;
                change.error = busyMessage();
            }
        }
    }
    // Read after the change and after a refusal alike: another program may have changed the list meanwhile.
    change.segments = SegmentRepository(*workspace).list();
    return change;
}

SegmentListing SegmentTasks::list(const QString& path)
{
    if (PgWorkspace::isUri(path))
        return PgTasks::list(path);
    SegmentListing listing;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &listing.error);
    if (!workspace)
        return listing;
    listing.segments = SegmentRepository(*workspace).list();
    listing.ok = true;
    return listing;
}

SnapshotHistories SegmentTasks::histories(const QString& path, const QStringList& names)
{
    SnapshotHistories result;
    if (PgWorkspace::isUri(path))
        return PgTasks::histories(path, names);
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &result.error);
    if (!workspace)
        return result;
    SegmentRepository repository(*workspace);
    for (const QString& name : names)
        result.snapshots.insert(name, repository.snapshots(name));
    result.ok = true;
    return result;
}

SegmentSizes SegmentTasks::sizes(const QString& path, const QStringList& names, const CancelCheck& cancel)
{
    if (PgWorkspace::isUri(path))
        return PgTasks::sizes(path, names, cancel);
    SegmentSizes result;
    QString error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    for (const QString& name : names) {
        if (cancel && cancel())
            break;
        if (!workspace) {
            result.errors.insert(name, error);
            continue;
        }
        QString countError;
        if (const auto size = SegmentRepository(*workspace).count(name, &countError))
            result.sizes.insert(name, *size);
        else
            result.errors.insert(name, countError);
    }
    return result;
}

} // namespace swb
