// Saved segments on a PostgreSQL workspace: list, save (dynamic, or static with the members selected on the server)
// and overlap, with the rules of SegmentRepository (names, cycles, canonical definitions).
#pragma once

#include "model/segments/segmentrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace swb {

class PgWorkspace;

class PgSegments
{
public:
    explicit PgSegments(PgWorkspace& workspace);

    std::optional<QList<Segment>> list(QString* error);
    // A dynamic segment keeps the definition; a static one also its members now (INSERT … SELECT on the server).
    std::optional<Segment> save(const QString& name, const QByteArray& definition, bool isStatic, QString* error);
    std::optional<qint64> count(const QString& name, QString* error);
    // As SegmentRepository's (pgsegmentedits.cpp): references in other definitions follow a rename, a segment that
    // others refer to is not deleted, a static segment's definition is not changed. Each one transaction.
    bool rename(const QString& name, const QString& newName, QString* error);
    bool remove(const QString& name, QString* error);
    bool duplicate(const QString& name, const QString& newName, QString* error);
    bool updateDefinition(const QString& name, const QByteArray& definition, QString* error);
    // The segment's members now (selected and inserted by the server), its size and `kpis`; and the snapshots
    // of a segment with who entered and who left since the one before, as SegmentRepository's.
    std::optional<SegmentSnapshot> takeSnapshot(const QString& name, const QJsonObject& kpis, QString* error);
    std::optional<QList<SegmentSnapshot>> snapshots(const QString& name, QString* error);
    // |A ∩ B| of every pair in one statement (per shard and added up on a sharded workspace).
    std::optional<OverlapMatrix> overlap(const QStringList& names, QString* error);

private:
    std::optional<Segment> find(const QString& name, QString* error);
    // find(), or the repository's "There is no segment called …".
    std::optional<Segment> existing(const QString& name, QString* error);
    // `work` between BEGIN (segments locked against other savers) and COMMIT; rolled back when it fails.
    bool inTransaction(const std::function<bool()>& work, QString* error);
    // No saved segment but `except` has `name` (SQLite's NOCASE: ASCII case folded); else false with the
    // repository's "exists" message (or the server's error).
    bool nameIsFree(const QString& name, const QString& except, QString* error);
    QStringList referencing(const QString& name, QString* error);

    PgWorkspace& m_workspace;
};

} // namespace swb
