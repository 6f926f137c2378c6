// A workspace on a PostgreSQL server (one server, or a coordinator over postgres_fdw shards): the same tables as
// the SQLite workspace (PgWorkspaceCopy creates them), read through libpq. Counts and the funnel are computed on the
// server in one statement each; nothing downloads the customers.
#pragma once

#include "model/field.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/resolvedfilter.h"
#include "model/filter/segmentlookup.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace swb {

class PgConnection;
class PgResult;
struct FilterContext;

class PgWorkspace
{
public:
    // postgresql://… or postgres://… (what --db takes for a server instead of a workspace file).
    static bool isUri(const QString& text);
    // "database on host:port" (no user, no password), for titles.
    static QString displayName(const QString& uri);
    // Connects and checks that the database holds a workspace (a `fields` table and `customers`).
    static std::unique_ptr<PgWorkspace> open(const QString& uri, QString* error);
    ~PgWorkspace();

    PgConnection& connection() { return *m_connection; }
    // The field catalog of a table, read once per PgWorkspace (a command's or a job's life).
    QList<FieldInfo> fields(const QString& table = QStringLiteral("customers"));
    QString customerKeyExpression();
    // The meta override, else the day after the latest purchase, else today (as Workspace::asOfDate()); read once.
    QDate asOfDate();
    // The date stored in meta, when one is (as Workspace::asOfDateOverride()).
    std::optional<QDate> asOfDateOverride();
    SegmentLookup segmentLookup();
    // Fields, order fields, the as-of date (`asOfDate` when given: the server is not asked) and the segments.
    FilterContext filterContext(std::optional<QDate> asOfDate = std::nullopt);

    std::optional<qint64> count(const ResolvedGroup& definition, QString* error);
    // Total, count and every rule's number (matching alone, count with it muted) in one statement.
    std::optional<FilterFunnel> funnel(const ResolvedGroup& definition, QString* error);

    // The definition with the rule at `path` left out; groups it leaves empty are left out as the compiler does.
    static ResolvedGroup withoutRule(const ResolvedGroup& group, const QString& path);

    // The partitions of `customers` when it is laid out over shards (customers_p0, …), else none.
    QStringList partitions() const { return m_partitions; }

    // `perTable(table)`: a statement selecting integers c0, c1, … from `table`; run on `customers`, or on each
    // partition with the sums of their rows (PostgreSQL 15 does not send an aggregate over a partitioned table to
    // postgres_fdw shards; one over a foreign partition it does, and UNION ALL runs the partitions at once).
    std::optional<PgResult> sumOverPartitions(const std::function<QString(const QString&)>& perTable, int columns,
                                              const QList<FilterValue>& values, QString* error);

private:
    explicit PgWorkspace(std::unique_ptr<PgConnection> connection);
    QDate readAsOfDate();

    std::unique_ptr<PgConnection> m_connection;
    QStringList m_partitions;
    QHash<QString, QList<FieldInfo>> m_fields;
    std::optional<QDate> m_asOfDate;
};

} // namespace swb
