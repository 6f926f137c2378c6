// Saved segments on a PostgreSQL workspace: list, save (dynamic, or static with the members selected on the server)
// and overlap, with the rules of SegmentRepository (names, cycles, canonical definitions).
#pragma once

#include "model/segments/segmentrepository.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
    // |A ∩ B| of every pair in one statement (per shard and added up on a sharded workspace).
    std::optional<OverlapMatrix> overlap(const QStringList& names, QString* error);

private:
    std::optional<Segment> find(const QString& name, QString* error);

    PgWorkspace& m_workspace;
};

} // namespace swb
