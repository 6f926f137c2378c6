// Copies a SQLite workspace into a PostgreSQL database with COPY: on one server, or on a coordinator whose
// `customers` and `orders` are hash-partitioned on the customer key into postgres_fdw foreign tables on shards
// (PostgreSQL's own sharding; docs/architecture.md, "PostgreSQL backend").
//
// Column types follow the field catalog: integers and booleans bigint, reals double precision, texts and ISO dates
// text COLLATE "C" (bytewise, as SQLite compares them), so that the filter compiler's PostgreSQL dialect selects
// exactly what SQLite selects. Tables that exist already are replaced.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace swb {

class Database;
class PgConnection;

struct PgShard
{
    QString server; // the postgres_fdw server on the coordinator, e.g. "shard1"
    QString uri; // a direct connection to it, where the partitions are created
};

struct PgLayout
{
    QList<PgShard> shards; // empty: one server holds everything
};

class PgWorkspaceCopy
{
public:
    // The workspace tables copied, in order (those the source has).
    static QStringList tables();

    // The whole workspace, replacing what the target holds (tests, and moving a workspace to a server).
    static bool copy(Database& source, PgConnection& target, const PgLayout& layout, QString* error);
    // One imported table (customers or orders) and its catalog rows; the target's other tables stay, and those of
    // the workspace contract it lacks are created empty. All or nothing: one transaction on the target.
    static bool importTable(Database& source, PgConnection& target, const PgLayout& layout, const QString& table,
                            QString* error);
    static bool copyTables(Database& source, PgConnection& target, const PgLayout& layout, const QStringList& copied,
                           QString* error);

    // The PostgreSQL column type of a SQLite column: its field type when the catalog has it, else its declared type.
    static QString columnType(const QString& declaredType, const QString& fieldType);
};

} // namespace swb
