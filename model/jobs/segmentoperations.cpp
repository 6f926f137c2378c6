#include "model/jobs/segmentoperations.h"

#include "model/filter/distinctvalues.h"
#include "model/jobs/workspacetasks.h"

#include <QFutureWatcher>

namespace swb {

// Every job opens its own connection on its worker and closes it there, instead of one connection kept for the
// Writes pool: no state (an open transaction after a failure, a busy timeout changed by Workspace) carries from
// one change to the next, nothing is closed on the GUI thread (closing may checkpoint the WAL), and opening costs
// about a millisecond against changes that copy members or wait for another program's lock.

SegmentOperations::SegmentOperations(JobTracker* tracker, QObject* parent)
    : QObject(parent)
    , m_tracker(tracker)
{ }

SegmentOperations::~SegmentOperations() = default;

void SegmentOperations::setWorkspace(const WorkspaceSummary& summary)
{
    const bool same = !m_path.isEmpty() && summary.path == m_path;
    if (!same)
        ++m_generation;
    m_path = summary.path;
    m_fields = summary.catalog;
    m_orderFields = summary.orderCatalog;
    m_asOfDate = summary.asOfDate;
    m_keyExpression = summary.keyExpression;
    m_readOnly = summary.readOnly;
    m_list.cancel(); // read before this summary
    m_sizes.cancel();
    m_segments = summary.segments;
    if (same)
        emit workspaceReloaded();
    else
        emit workspaceChanged();
}

void SegmentOperations::close()
{
    ++m_generation;
    m_list.cancel();
    m_sizes.cancel();
    m_path.clear();
    m_fields.clear();
    m_orderFields.clear();
    m_asOfDate = {};
    m_keyExpression.clear();
    m_readOnly.clear();
    m_segments.clear();
    emit workspaceChanged();
}

std::optional<Segment> SegmentOperations::find(const QString& name) const
{
    for (const Segment& segment : m_segments) {
        if (segment.name == name)
            return segment;
    }
    return std::nullopt;
}

QStringList SegmentOperations::names(const QString& except) const
{
    QStringList result;
    for (const Segment& segment : m_segments) {
        if (segment.name != except)
            result << segment.name;
    }
    return result;
}

QString SegmentOperations::uniqueName(const QString& requested) const
{
    QString base = requested;
    base.replace(QLatin1Char(','), QLatin1Char(' '));
    base = base.simplified();
    if (base.isEmpty())
        base = SegmentRepository::tr("Segment");
    const auto taken = [this](const QString& candidate) {
        return std::any_of(m_segments.cbegin(), m_segments.cend(), [&](const Segment& segment) {
            return segment.name.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base, QString::number(n));
    return candidate;
}

FilterContext SegmentOperations::filterContext() const
{
    FilterContext context;
    context.fields = m_fields;
    context.orderFields = m_orderFields;
    context.asOfDate = m_asOfDate;
    QHash<QString, SegmentInfo> byName;
    for (const Segment& segment : m_segments)
        byName.insert(segment.name,
                      SegmentInfo{segment.id, segment.name, segment.kind,
                                  segment.kind == SegmentKind::Dynamic ? segment.definition : QByteArray(),
                                  segment.updatedAt});
    context.segments = [byName](const QString& name) -> std::optional<SegmentInfo> {
        const auto found = byName.constFind(name);
        return found == byName.constEnd() ? std::nullopt : std::optional<SegmentInfo>(*found);
    };
    return context;
}

namespace {

SegmentChange request(SegmentChangeKind kind, const QString& name, const QString& newName = {},
                      const QByteArray& definition = {})
{
    SegmentChange change;
    change.kind = kind;
    change.name = name;
    change.newName = newName;
    change.definition = definition;
    return change;
}

} // namespace

QFuture<SegmentChange> SegmentOperations::rename(const QString& from, const QString& to, QObject* context, Done done)
{
    return write(request(SegmentChangeKind::Rename, from, to), tr("Renaming the segment \"%1\"").arg(from), context,
                 std::move(done));
}

QFuture<SegmentChange> SegmentOperations::duplicate(const QString& name, const QString& newName, QObject* context,
                                                    Done done)
{
    return write(request(SegmentChangeKind::Duplicate, name, newName), tr("Duplicating the segment \"%1\"").arg(name),
                 context, std::move(done));
}

QFuture<SegmentChange> SegmentOperations::remove(const QString& name, QObject* context, Done done)
{
    return write(request(SegmentChangeKind::Remove, name), tr("Deleting the segment \"%1\"").arg(name), context,
                 std::move(done));
}

QFuture<SegmentChange> SegmentOperations::save(const QString& name, const QByteArray& definition, bool frozen,
                                               QObject* context, Done done)
{
    const auto kind = frozen ? SegmentChangeKind::SaveStatic : SegmentChangeKind::SaveDynamic;
    return write(request(kind, name, name, definition), tr("Saving the segment \"%1\"").arg(name), context,
                 std::move(done));
}

QFuture<SegmentChange> SegmentOperations::update(const QString& name, const QByteArray& definition, QObject* context,
                                                 Done done)
{
    return write(request(SegmentChangeKind::UpdateDefinition, name, name, definition),
                 tr("Saving the segment \"%1\"").arg(name), context, std::move(done));
}

QFuture<SegmentChange> SegmentOperations::takeSnapshot(const QString& name, QObject* context, Done done)
{
    return write(request(SegmentChangeKind::Snapshot, name), tr("Taking a snapshot of \"%1\"").arg(name), context,
                 std::move(done));
}

QFuture<SegmentChange> SegmentOperations::write(SegmentChange change, const QString& title, QObject* context, Done done)
{
    if (!isOpen()) {
        change.error = tr("No workspace is open.");
        // Answered from the event loop, as every other change is.
        QMetaObject::invokeMethod(
            this,
            [this, change, generation = m_generation, hasContext = context != nullptr,
             guard = QPointer<QObject>(context),
             done = std::move(done)] { finishWrite(change, generation, hasContext, guard, done); },
            Qt::QueuedConnection);
        return {};
    }
    // Cancellable from the status bar until the change is committed (SegmentTasks::write rolls it back then).
    const JobOptions options{title, JobPool::Writes, true, m_tracker};
    QFuture<SegmentChange> future = Jobs::start<SegmentChange>(options, [path = m_path, change](JobControl& job) {
        return SegmentTasks::write(path, change, job.cancelCheck());
    });
    ++m_pendingWrites;
    ++m_changing[change.name];
    auto* watcher = new QFutureWatcher<SegmentChange>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, change, generation = m_generation, hasContext = context != nullptr,
             guard = QPointer<QObject>(context), done = std::move(done)] {
                watcher->deleteLater();
                if (--m_changing[change.name] <= 0)
                    m_changing.remove(change.name);
                --m_pendingWrites;
                emit pendingWritesChanged(m_pendingWrites);
                SegmentChange finished = change;
                if (watcher->future().resultCount() > 0) {
                    finished = watcher->future().result();
                } else {
                    finished.error = SegmentTasks::canceledMessage();
                    // A cancel that came in the instant after the commit drops the answer: read the list again
                    // so the window shows the workspace as it is.
                    if (generation == m_generation)
                        refresh();
                }
                finishWrite(finished, generation, hasContext, guard, done);
            });
    watcher->setFuture(future);
    emit pendingWritesChanged(m_pendingWrites);
    emit changeStarted(change);
    return future;
}

void SegmentOperations::finishWrite(const SegmentChange& change, quint64 generation, bool hasContext,
                                    const QPointer<QObject>& context, const Done& done)
{
    // Answers for a workspace that is no longer open change nothing here; the caller still hears how it went.
    if (generation == m_generation) {
        if (change.segments) {
            m_list.cancel(); // an older read must not overwrite this newer list
            setSegments(*change.segments);
        }
        if (change.ok && change.kind == SegmentChangeKind::Rename && change.name != change.newName)
            emit segmentRenamed(change.name, change.newName);
        if (change.ok && change.kind == SegmentChangeKind::Remove)
            emit segmentRemoved(change.name);
        emit changeFinished(change);
    }
    if (done && (!hasContext || context))
        done(change);
}

void SegmentOperations::setSegments(const QList<Segment>& segments)
{
    m_segments = segments;
    emit segmentsChanged();
}

JobOptions SegmentOperations::readOptions(const QString& title) const
{
    return JobOptions{title, JobPool::Interactive, true, m_tracker};
}

void SegmentOperations::refresh()
{
    if (!isOpen())
        return;
    m_list.start(
        readOptions(tr("Reading the saved segments")),
        [path = m_path](JobControl&) { return SegmentTasks::list(path); },
        [this](const SegmentListing& listing) {
            if (listing.ok)
                setSegments(listing.segments);
        });
}

QFuture<SegmentListing> SegmentOperations::list() const
{
    if (!isOpen())
        return {};
    return Jobs::start<SegmentListing>(readOptions(tr("Reading the saved segments")),
                                       [path = m_path](JobControl&) { return SegmentTasks::list(path); });
}

QFuture<SnapshotHistories> SegmentOperations::snapshotHistories(const QStringList& names) const
{
    if (!isOpen())
        return {};
    return Jobs::start<SnapshotHistories>(
        readOptions(tr("Reading the segments' snapshots")),
        [path = m_path, names](JobControl&) { return SegmentTasks::histories(path, names); });
}

void SegmentOperations::countSizes()
{
    if (!isOpen() || m_segments.isEmpty()) {
        m_sizes.cancel();
        emit sizesCounted({});
        return;
    }
    m_sizes.start(
        readOptions(tr("Counting the segments' customers")),
        [path = m_path, names = names()](JobControl& job) {
            return SegmentTasks::sizes(path, names, job.cancelCheck());
        },
        [this](const SegmentSizes& sizes) { emit sizesCounted(sizes); }, [this] { emit sizesCounted({}); });
}

QFuture<QStringList> SegmentOperations::distinctValues(const QString& field, int limit) const
{
    if (!isOpen())
        return {};
    return Jobs::start<QStringList>(
        readOptions(tr("Reading the values of %1").arg(field)),
        [path = m_path, field, limit](JobControl&) { return DistinctValues::load(path, field, limit); });
}

SegmentOperations::ValuesLoader SegmentOperations::distinctValuesLoader() const
{
    if (!isOpen())
        return {};
    return [path = m_path](const QString& field) {
        return DistinctValues::load(path, field);
    };
}

SegmentOperations::CountedValuesLoader SegmentOperations::orderValuesLoader() const
{
    if (!isOpen() || m_orderFields.isEmpty())
        return {};
    return [path = m_path](const QString& column) {
        return DistinctValues::loadCounted(path, QStringLiteral("orders"), column);
    };
}

} // namespace swb
