#include "model/filter/segmentlookup.h"

#include "model/database.h"

namespace swb {

QString segmentKindName(SegmentKind kind)
{
    return kind == SegmentKind::Static ? QStringLiteral("static") : QStringLiteral("dynamic");
}

std::optional<SegmentKind> segmentKindFromName(const QString& name)
{
    if (name == QLatin1String("dynamic"))
        return SegmentKind::Dynamic;
    if (name == QLatin1String("static"))
        return SegmentKind::Static;
    return std::nullopt;
}

SegmentLookup databaseSegmentLookup(Database& db)
{
    return [&db](const QString& name) -> std::optional<SegmentInfo> {
        Statement stmt
            = db.prepare(QStringLiteral("SELECT id, name, kind, definition, updated_at FROM segments WHERE name = ?"));
        if (!stmt.isValid())
            return std::nullopt;
        stmt.bind(1, name);
        if (!stmt.next())
            return std::nullopt;
        SegmentInfo info;
        info.id = stmt.toInt64(0);
        info.name = stmt.toString(1);
        info.kind = segmentKindFromName(stmt.toString(2)).value_or(SegmentKind::Dynamic);
        info.definition = stmt.toUtf8(3);
        info.updatedAt = stmt.toString(4);
        return info;
    };
}

} // namespace swb
