// The open workspace's saved segments for the window's widgets: the segment list, the field context and the as-of
// date as last read, and every change or read as a job that answers on the GUI thread. Widgets hold a pointer to
// it and never a connection: each job opens its own on its worker (see SegmentTasks).
//
//   ops->rename(from, to, this, [this](const SegmentChange& change) { … });   // returns at once
//   connect(ops, &SegmentOperations::segmentsChanged, …);                      // after any change, list re-read
#pragma once

#include "model/filter/distinctvalues.h"
#include "model/filter/filterresolver.h"
#include "model/jobs/latestjob.h"
#include "model/jobs/segmenttasks.h"

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace swb {

class JobTracker;
struct WorkspaceSummary;

class SegmentOperations : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SegmentChange& change)>;
    using ValuesLoader = std::function<QStringList(const QString& field)>;
    using CountedValuesLoader = std::function<QList<DistinctValues::Counted>(const QString& column)>;

    // Jobs register with `tracker` (the application's when null), so the status bar shows what waits.
    explicit SegmentOperations(JobTracker* tracker = nullptr, QObject* parent = nullptr);
    ~SegmentOperations() override;

    // Set by WorkspaceSession when a workspace was read: another path is workspaceChanged(), the same one
    // workspaceReloaded(). close() is workspaceChanged() to no workspace.
    void setWorkspace(const WorkspaceSummary& summary);
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    const QList<Segment>& segments() const { return m_segments; }
    std::optional<Segment> find(const QString& name) const;
    QStringList names(const QString& except = {}) const;
    // A name not used yet: `base`, else "base (2)", "base (3)", … (commas become spaces).
    QString uniqueName(const QString& base) const;
    QDate asOfDate() const { return m_asOfDate; }
    QString keyExpression() const { return m_keyExpression; }
    // Why segments cannot be changed here (a read-only role on a server); empty when they can.
    QString readOnlyReason() const { return m_readOnly; }
    // Fields and as-of date as read, and a lookup over the list above: no connection, usable on any thread.
    FilterContext filterContext() const;

    // Writes, run one after another in the order asked (JobPool::Writes). `done` runs on this object's thread
    // after the list was updated and segmentsChanged() was emitted; never once `context` is gone.
    QFuture<SegmentChange> rename(const QString& from, const QString& to, QObject* context = nullptr, Done done = {});
    QFuture<SegmentChange> duplicate(const QString& name, const QString& newName, QObject* context = nullptr,
                                     Done done = {});
    QFuture<SegmentChange> remove(const QString& name, QObject* context = nullptr, Done done = {});
    // A new dynamic segment, or (`frozen`) a static one holding the customers the definition selects now.
    QFuture<SegmentChange> save(const QString& name, const QByteArray& definition, bool frozen = false,
                                QObject* context = nullptr, Done done = {});
    // Overwrites the definition of the dynamic segment `name`.
    QFuture<SegmentChange> update(const QString& name, const QByteArray& definition, QObject* context = nullptr,
                                  Done done = {});
    // Freezes the current members and KPIs of `name`.
    QFuture<SegmentChange> takeSnapshot(const QString& name, QObject* context = nullptr, Done done = {});
    int pendingWrites() const { return m_pendingWrites; }
    bool isChanging(const QString& name) const { return m_changing.contains(name); }

    // Reads (JobPool::Interactive). refresh() re-reads the list (after another program changed it): segmentsChanged.
    void refresh();
    QFuture<SegmentListing> list() const;
    // Sizes of all listed segments: sizesCounted(); a newer request supersedes the older.
    void countSizes();
    bool isCountingSizes() const { return m_sizes.isRunning(); }
    // The snapshots of the named segments (the dashboard's trend draws them).
    QFuture<SnapshotHistories> snapshotHistories(const QStringList& names) const;
    QFuture<QStringList> distinctValues(const QString& field, int limit = 500) const;
    // The same as a function for a worker thread (ValueSuggestions' loader); empty when no workspace is open.
    ValuesLoader distinctValuesLoader() const;
    // The columns of `orders` as read (empty: the workspace has none), and a loader of an order column's values with
    // how many order lines hold each (for the conditions of `@orders` rules); empty when no workspace is open.
    const QList<FieldInfo>& orderFields() const { return m_orderFields; }
    CountedValuesLoader orderValuesLoader() const;

signals:
    void workspaceChanged();
    void workspaceReloaded();
    void segmentsChanged();
    void segmentRenamed(const QString& from, const QString& to);
    void segmentRemoved(const QString& name);
    // A write was queued, or finished (ok or not); `name` is the segment it is about.
    void changeStarted(const swb::SegmentChange& change);
    void changeFinished(const swb::SegmentChange& change);
    void pendingWritesChanged(int count);
    void sizesCounted(const swb::SegmentSizes& sizes);

private:
    QFuture<SegmentChange> write(SegmentChange change, const QString& title, QObject* context, Done done);
    void finishWrite(const SegmentChange& change, quint64 generation, bool hasContext, const QPointer<QObject>& context,
                     const Done& done);
    void setSegments(const QList<Segment>& segments);
    JobOptions readOptions(const QString& title) const;

    JobTracker* m_tracker = nullptr;
    QString m_path;
    QList<FieldInfo> m_fields; // the field catalog: what definitions are checked against
    QList<FieldInfo> m_orderFields; // the catalog of `orders`, for `@orders` rules
    QDate m_asOfDate;
    QString m_keyExpression;
    QString m_readOnly;
    QList<Segment> m_segments;
    quint64 m_generation = 0; // answers for a workspace no longer open are dropped
    int m_pendingWrites = 0;
    QHash<QString, int> m_changing; // writes queued or running, by the segment they are about
    LatestJob<SegmentListing> m_list{this};
    LatestJob<SegmentSizes> m_sizes{this};
};

} // namespace swb
