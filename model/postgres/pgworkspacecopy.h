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

struct PgColumn
{
    QString name;
    QString type; // PostgreSQL's
    bool primaryKey = false;
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

    // For an import that streams its rows into COPY (PgImport), in the caller's transaction: replaces `table` with
    // one of `columns`; with shards and a `key`, hash-partitioned over new shard tables named after `generation`.
    // `*copyInto` is where the rows go: the table, or on shards a temporary table whose rows moveStaged then
    // inserts in batches (PostgreSQL 15 sends COPY into a foreign partition row by row).
    static bool createStreamedTable(PgConnection& target, const PgLayout& layout, const QString& table,
                                    const QList<PgColumn>& columns, const QString& key, const QString& generation,
                                    QString* copyInto, QString* error);
    static bool moveStaged(PgConnection& target, const PgLayout& layout, const QString& table,
                           const QList<PgColumn>& columns, const QString& key, const QString& generation,
                           const QString& copyInto, QString* error);
    // After the streamed rows, in the same transaction: the tables of the workspace contract the target lacks
    // (created empty) and the catalog rows of `table`, from `source` (the import's own workspace file).
    static bool completeStreamed(Database& source, PgConnection& target, const PgLayout& layout, const QString& table,
                                 QString* error);
    // After the commit: the shards' tables of earlier copies of `tables` (or of copies that failed).
    static void dropOldPartitions(const PgLayout& layout, const QStringList& tables, const QString& generation);

    // The PostgreSQL column type of a SQLite column: its field type when the catalog has it, else its declared type.
    static QString columnType(const QString& declaredType, const QString& fieldType);
};

} // namespace swb
