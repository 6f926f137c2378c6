// The saved segments' reads and writes as plain functions for a worker thread (SegmentOperations runs them as
// jobs). Each opens its own connection to the workspace; a write takes the write lock first, so that waiting for
// another program happens there, off the GUI thread, for at most the busy timeout.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/segments/segmentrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace swb {

enum class SegmentChangeKind { Rename, Duplicate, Remove, SaveDynamic, UpdateDefinition, SaveStatic, Snapshot };

// A change asked for and, once done, how it went. Travels from the GUI thread to the worker and back.
struct SegmentChange
{
    SegmentChangeKind kind = SegmentChangeKind::Rename;
    QString name; // the segment the change is about (the old name of a rename)
    QString newName; // rename, duplicate: the new name
    QByteArray definition; // save, update

    bool ok = false;
    bool busy = false; // another program held the workspace's write lock past the busy timeout
    QString error;
    std::optional<SegmentSnapshot> snapshot;
    // The saved segments read after the change (or after it failed): absent when they could not be read.
    std::optional<QList<Segment>> segments;
};

struct SegmentListing
{
    bool ok = false;
    QString error;
    QList<Segment> segments;
};

// The snapshots of some segments, oldest first (a segment without any has an empty list).
struct SnapshotHistories
{
    bool ok = false;
    QString error;
    QHash<QString, QList<SegmentSnapshot>> snapshots;
};

struct SegmentSizes
{
    QHash<QString, qint64> sizes;
    QHash<QString, QString> errors; // why a segment could not be counted
};

class SegmentTasks
{
    Q_DECLARE_TR_FUNCTIONS(swb::SegmentTasks)

public:
    // What a write says when another program held the lock for longer than the busy timeout.
    static QString busyMessage();

    // Runs `change` on its own connection to `path`: the write lock, the repository call, the commit, then the list.
    // Cancelled (`cancel` true) before the change is committed, the change is rolled back and reported as not made;
    // a cancel that comes while waiting for another program's lock takes effect when the lock is had.
    static SegmentChange write(const QString& path, SegmentChange change, const CancelCheck& cancel = {});
    static QString canceledMessage();

    static SegmentListing list(const QString& path);
    static SnapshotHistories histories(const QString& path, const QStringList& names);
    static SegmentSizes sizes(const QString& path, const QStringList& names, const CancelCheck& cancel = {});

private:
    static bool apply(SegmentRepository& repository, SegmentChange& change);
};

} // namespace swb
