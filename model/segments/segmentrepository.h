// Saved segments: create, rename, duplicate and delete them, freeze members, take snapshots, compare overlaps.
#pragma once

#include "model/filter/segmentlookup.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace swb {

class Workspace;
struct SqlCondition;

struct Segment
{
    qint64 id = 0;
    QString name;
    SegmentKind kind = SegmentKind::Dynamic;
    QByteArray definition; // dynamic: the definition; static: the definition it was frozen from, if any
    QString description;
    QString color; // "#rrggbb", empty for the default
    QString source; // "manual", "keys", "cluster", "rfm", "combination"
    QString createdAt;
    QString updatedAt;
};

struct SegmentSnapshot
{
    qint64 id = 0;
    QString takenAt; // "YYYY-MM-DD HH:MM:SS" (UTC)
    qint64 size = 0;
    qint64 entered = 0; // members now that were not in the previous snapshot (all members for the first)
    qint64 left = 0; // members of the previous snapshot that are gone
    bool first = false; // the segment's first snapshot: nothing to compare with
    QJsonObject kpis;
};

struct KeyListResult
{
    qint64 listed = 0; // distinct keys in the list
    qint64 matched = 0; // of them, customers that exist
    QStringList notFound; // keys without a customer, in list order
};

struct OverlapMatrix
{
    QStringList names;
    QList<QList<qint64>> counts; // counts[i][j] = |A_i ∩ A_j|; the diagonal holds the sizes
};

enum class SetOperation { Intersection, Difference, Union };

class SegmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(swb::SegmentRepository)

public:
    explicit SegmentRepository(Workspace& workspace);

    QList<Segment> list();
    std::optional<Segment> find(const QString& name);

    // Dynamic segment from a definition (react-querybuilder or jQuery QueryBuilder JSON). The definition is
    // checked against the catalog; references to other segments must exist and must not lead back here.
    std::optional<Segment> saveDynamic(const QString& name, const QByteArray& definition, QString* error);
    // Replaces the definition of a dynamic segment.
    bool updateDefinition(const QString& name, const QByteArray& definition, QString* error);
    // Static segment holding the customers the definition selects now.
    std::optional<Segment> saveStaticFromDefinition(const QString& name, const QByteArray& definition, QString* error,
                                                    const QString& source = QStringLiteral("manual"));
    // Static segment from a pasted list of customer keys; keys without a customer are reported, not stored.
    std::optional<Segment> saveStaticFromKeys(const QString& name, const QStringList& keys, KeyListResult* result,
                                              QString* error, const QString& source = QStringLiteral("keys"));
    // Static segment from customers' rowids (clusters, rows picked in a table).
    std::optional<Segment> saveStaticFromRowIds(const QString& name, const std::vector<qint64>& rowIds,
                                                const QString& source, QString* error);
    // Static segment from a set operation on two segments (A ∩ B, A \ B, A ∪ B), frozen now; or dynamic (kept
    // up to date through `@segment` references) when `live` is true.
    std::optional<Segment> saveCombination(const QString& name, const QString& a, const QString& b,
                                           SetOperation operation, bool live, QString* error);

    // Renaming also rewrites `@segment` references in other definitions.
    bool rename(const QString& name, const QString& newName, QString* error);
    bool setDescription(const QString& name, const QString& description, const QString& color, QString* error);
    std::optional<Segment> duplicate(const QString& name, const QString& newName, QString* error);
    // Refused while another segment's definition refers to it (those are named in the error).
    bool remove(const QString& name, QString* error);

    // The segment's customers now (Selection::segment and SelectionSql give them as SQL for other queries).
    std::optional<qint64> count(const QString& name, QString* error);

    std::optional<SegmentSnapshot> takeSnapshot(const QString& name, const QJsonObject& kpis, QString* error);
    QList<SegmentSnapshot> snapshots(const QString& name);

    // |A ∩ B| of every pair, on the workspace's column store (StoreSelections::overlap).
    std::optional<OverlapMatrix> overlap(const QStringList& names, QString* error);

    // A name not used yet: `base`, else "base (2)", "base (3)", ….
    QString uniqueName(const QString& base);

    // The rules a new segment's name keeps, apart from being unused (no spaces around it, no control characters
    // or commas, at most 200 characters); shared with the PostgreSQL backend (PgSegments).
    static bool isValidName(const QString& name, QString* error);
    static QString existsMessage(const QString& name);
    // When a segment was saved or changed: UTC, "yyyy-MM-dd HH:mm:ss.zzz".
    static QString timestamp();

private:
    bool checkNewName(const QString& name, QString* error);

    std::optional<qint64> insertSegment(const Segment& segment, QString* error);
    bool fillMembers(qint64 segmentId, const SqlCondition& customers, QString* error);
    QStringList referencingSegments(const QString& name);

    Workspace& m_workspace;
};

} // namespace swb
