// Finds saved segments by name for the `@segment` pseudo-field; the segment repository reuses the same interface.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace swb {

class Database;

enum class SegmentKind { Dynamic, Static };

QString segmentKindName(SegmentKind kind); // "dynamic" | "static"
std::optional<SegmentKind> segmentKindFromName(const QString& name);

// One row of the `segments` table, as far as definitions need it.
struct SegmentInfo
{
    qint64 id = 0;
    QString name;
    SegmentKind kind = SegmentKind::Dynamic;
    QByteArray definition; // JSON of a dynamic segment; empty for a static one
    QString updatedAt; // changes whenever the definition or the static members change (cache key)
};

// Returns the segment called `name`, or nothing when there is none.
using SegmentLookup = std::function<std::optional<SegmentInfo>(const QString& name)>;

// Reads the `segments` table of `db`; `db` must outlive the returned function.
SegmentLookup databaseSegmentLookup(Database& db);

} // namespace swb
