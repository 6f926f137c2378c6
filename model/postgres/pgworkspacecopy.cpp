#include "model/postgres/pgworkspacecopy.h"

#include "model/database.h"
#include "model/postgres/pgconnection.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace swb {

namespace {

using Column = PgColumn;

// The customer key column of a table from the field catalog ("customer_key" for the member tables).
QString keyColumn(Database& db, const QString& table)
{
    Statement statement = db.prepare(
        QStringLiteral("SELECT name FROM fields WHERE table_name = ? AND role = 'customer_key' ORDER BY position"));
    statement.bind(1, table);
    return statement.next() ? statement.toString(0) : QString();
}

QList<Column> columnsOf(Database& db, const QString& table, const QString& memberKeyType)
{
    QHash<QString, QString> fieldTypes;
    Statement fields = db.prepare(QStringLiteral("SELECT name, type FROM fields WHERE table_name = ?"));
    fields.bind(1, table);
    while (fields.next())
        fieldTypes.insert(fields.toString(0), fields.toString(1));
    QList<Column> columns;
    Statement info = db.prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(1, table);
    while (info.next()) {
        Column column{info.toString(0), {}, info.toInt64(2) > 0};
        // The member tables' customer_key has no declared type in SQLite: it is what the customers' key is.
        column.type = info.toString(1).isEmpty() && column.name == QLatin1String("customer_key")
            ? memberKeyType
            : PgWorkspaceCopy::columnType(info.toString(1), fieldTypes.value(column.name));
        columns << column;
    }
    return columns;
}

// An integer field that also holds reals (as SQLite's INTEGER affinity allows) becomes numeric: it keeps both exactly
// and compares with an integer exactly, as SQLite does (double precision would round 2^53 + 1 to 2^53). One that
// holds text cannot be one PostgreSQL type, and is refused with its name.
bool widenIntegers(Database& db, const QString& table, QList<Column>* columns, QString* error)
{
    for (Column& column : *columns) {
        if (column.type != QLatin1String("bigint"))
            continue;
        Statement kinds = db.prepare(QStringLiteral("SELECT DISTINCT typeof(%1) FROM %2")
                                         .arg(quoteIdentifier(column.name), quoteIdentifier(table)),
                                     error);
        if (!kinds.isValid())
            return false;
        while (kinds.next()) {
            const QString kind = kinds.toString(0);
            if (kind == QLatin1String("real")) {
                column.type = QStringLiteral("numeric");
            } else if (kind == QLatin1String("text") || kind == QLatin1String("blob")) {
                *error = QStringLiteral("%1.%2 is a number column that also holds text; a PostgreSQL column holds "
                                        "one type: correct the values or import the column as text")
                             .arg(table, column.name);
                return false;
            }
        }
    }
    return true;
}

QString columnList(const QList<Column>& columns, bool withTypes, bool withKey)
{
    QStringList parts;
    QStringList key;
    for (const Column& column : columns) {
        parts << (withTypes ? quoteIdentifier(column.name) + QLatin1Char(' ') + column.type
                            : quoteIdentifier(column.name));
        if (column.primaryKey)
            key << quoteIdentifier(column.name);
    }
    if (withKey && !key.isEmpty())
        parts << QStringLiteral("PRIMARY KEY (%1)").arg(key.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(", "));
}

// Streams the rows of `table` into COPY on `target`, about a megabyte at a time.
bool copyRows(Database& source, PgConnection& target, const QString& table, const QList<Column>& columns,
              QString* error, const QString& where = QStringLiteral("TRUE"), const QString& into = QString())
{
    Statement rows = source.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                        .arg(columnList(columns, false, false), quoteIdentifier(table), where),
                                    error);
    if (!rows.isValid())
        return false;
    const int count = int(columns.size());
    const bool ok = target.copyIn(
        QStringLiteral("COPY %1 (%2) FROM STDIN")
            .arg(quoteIdentifier(into.isEmpty() ? table : into), columnList(columns, false, false)),
        [&](QByteArray* chunk) {
            while (chunk->size() < (1 << 20)) {
                if (!rows.next())
                    return false;
                for (int c = 0; c < count; ++c) {
                    if (c > 0)
                        chunk->append('\t');
                    PgConnection::appendCopyValue(chunk, rows.value(c));
                }
                chunk->append('\n');
            }
            return true;
        },
        error);
    if (!ok && error)
        *error = QStringLiteral("%1: %2").arg(table, *error);
    return ok && !rows.failed();
}

// customers and orders on shards: a hash-partitioned table on the coordinator, one foreign partition per shard.
// The shards' tables are new ones (`generation` in their names), so that a copy that fails leaves the coordinator's
// old partitions and their data as they were; the old ones are dropped after the commit (dropOldPartitions).
bool createSharded(PgConnection& coordinator, const PgLayout& layout, const QString& table,
                   const QList<Column>& columns, const QString& key, const QString& generation, QString* error)
{
    const QString typed = columnList(columns, true, false);
    if (!coordinator.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE; CREATE TABLE %1 (%2) PARTITION BY HASH (%3)")
                              .arg(quoteIdentifier(table), typed, quoteIdentifier(key)),
                          error))
        return false;
    for (qsizetype i = 0; i < layout.shards.size(); ++i) {
        const PgShard& shard = layout.shards.at(i);
        const QString part = QStringLiteral("%1_p%2_%3").arg(table).arg(i).arg(generation);
        auto remote = PgConnection::open(shard.uri, error);
        if (!remote)
            return false;
        if (!remote->exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(quoteIdentifier(part), typed), error))
            return false;
        if (!coordinator.exec(
                QStringLiteral("CREATE FOREIGN TABLE %1 PARTITION OF %2 FOR VALUES WITH (MODULUS %3, REMAINDER %4) "
                               "SERVER %5 OPTIONS (table_name '%6', batch_size '1000')")
                    .arg(quoteIdentifier(QStringLiteral("%1_p%2").arg(table).arg(i)), quoteIdentifier(table))
                    .arg(layout.shards.size())
                    .arg(i)
                    .arg(quoteIdentifier(shard.server), part),
                error))
            return false;
    }
    return true;
}

// After the commit: every table of an earlier copy of `table` on the shards (or of a copy that failed).
void dropPartitionsBut(const PgLayout& layout, const QStringList& tables, const QString& generation)
{
    for (qsizetype i = 0; i < layout.shards.size(); ++i) {
        QString error;
        auto remote = PgConnection::open(layout.shards.at(i).uri, &error);
        if (!remote)
            continue; // a shard that went away keeps its old tables; the next copy drops them
        for (const QString& table : tables) {
            const QString current = QStringLiteral("%1_p%2_%3").arg(table).arg(i).arg(generation);
            const auto old = remote->query(
                QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND "
                               "tablename LIKE ? AND tablename <> ?"),
                {FilterValue(QStringLiteral("%1\\_p%2\\_%").arg(table).arg(i)), FilterValue(current)}, &error);
            for (int row = 0; old && row < old->rowCount(); ++row)
                remote->exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoteIdentifier(old->text(row, 0))), &error);
        }
    }
}

bool createTable(Database& source, PgConnection& target, const PgLayout& layout, const QString& table,
                 const QString& memberKeyType, const QString& generation, bool withRows, QString* error)
{
    QList<Column> columns = columnsOf(source, table, memberKeyType);
    const bool data = table == QLatin1String("customers") || table == QLatin1String("orders");
    if (data && !widenIntegers(source, table, &columns, error))
        return false;
    const QString key = keyColumn(source, table);
    const bool sharded = !layout.shards.isEmpty() && !key.isEmpty() && data;
    const bool created = sharded ? createSharded(target, layout, table, columns, key, generation, error)
                                 : target.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE; CREATE TABLE %1 (%2)")
                                                   .arg(quoteIdentifier(table), columnList(columns, true, true)),
                                               error);
    if (!created || !withRows)
        return created;
    if (!sharded)
        return copyRows(source, target, table, columns, error);
    // PostgreSQL 15 sends COPY into a foreign partition row by row; INSERT … SELECT goes in batches of the foreign
    // tables' batch_size. So the rows are copied into a temporary table on the coordinator first.
    const QString stage = QStringLiteral("swb_stage_") + table;
    return target.exec(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TEMPORARY TABLE %1 (%2) ON COMMIT DROP")
                           .arg(quoteIdentifier(stage), columnList(columns, true, false)),
                       error)
        && copyRows(source, target, table, columns, error, QStringLiteral("TRUE"), stage)
        && target.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                           .arg(quoteIdentifier(table), columnList(columns, false, false), quoteIdentifier(stage)),
                       error);
}

QString memberKeyTypeOf(Database& source)
{
    const QString customerKey = keyColumn(source, QStringLiteral("customers"));
    QString type = QStringLiteral("text COLLATE \"C\"");
    for (const Column& column : columnsOf(source, QStringLiteral("customers"), type)) {
        if (column.name == customerKey)
            type = column.type;
    }
    return type;
}

std::optional<bool> tableExists(PgConnection& target, const QString& table, QString* error)
{
    const auto found
        = target.queryInt64(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                                           "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND "
                                           "c.relname = ?"),
                            {FilterValue(table)}, error);
    if (!found)
        return std::nullopt;
    return *found > 0;
}

// Tables of the workspace contract the target lacks are created empty, `copied` replaced with the source's rows
// (`streamed`, filled by the caller, is left as it is), and the field catalog's rows of `copied` replaced.
bool copyInTransaction(Database& source, PgConnection& target, const PgLayout& layout, const QStringList& copied,
                       const QString& streamed, const QString& generation, QString* error)
{
    const QString memberKeyType = memberKeyTypeOf(source);
    for (const QString& table : PgWorkspaceCopy::tables()) {
        if (!source.tableExists(table) || table == streamed)
            continue;
        const auto exists = tableExists(target, table, error);
        if (!exists)
            return false;
        // The catalog's rows are copied below, for the copied tables only.
        const bool withRows = copied.contains(table) && table != QLatin1String("fields");
        if (copied.contains(table) || !*exists) {
            if (!createTable(source, target, layout, table, memberKeyType, generation, withRows, error))
                return false;
        }
        if (withRows && !target.exec(QStringLiteral("ANALYZE %1").arg(quoteIdentifier(table)), error))
            return false;
    }
    // The catalog rows of the copied tables (all of them when `fields` itself is copied).
    const bool all = copied.contains(QLatin1String("fields"));
    QStringList names;
    for (const QString& table : copied)
        names << QLatin1Char('\'') + table + QLatin1Char('\'');
    const QString which
        = all ? QStringLiteral("TRUE") : QStringLiteral("table_name IN (%1)").arg(names.join(QLatin1Char(',')));
    return target.exec(QStringLiteral("DELETE FROM fields WHERE %1").arg(which), error)
        && copyRows(source, target, QStringLiteral("fields"), columnsOf(source, QStringLiteral("fields"), {}), error,
                    which);
}

} // namespace

QStringList PgWorkspaceCopy::tables()
{
    return {QStringLiteral("meta"),
            QStringLiteral("fields"),
            QStringLiteral("customers"),
            QStringLiteral("orders"),
            QStringLiteral("segments"),
            QStringLiteral("segment_members"),
            QStringLiteral("segment_snapshots"),
            QStringLiteral("snapshot_members"),
            QStringLiteral("rfm_runs"),
            QStringLiteral("rfm_assignments"),
            QStringLiteral("order_derived_fields")};
}

QString PgWorkspaceCopy::columnType(const QString& declaredType, const QString& fieldType)
{
    if (fieldType == QLatin1String("integer") || fieldType == QLatin1String("boolean"))
        return QStringLiteral("bigint");
    if (fieldType == QLatin1String("real"))
        return QStringLiteral("double precision");
    if (!fieldType.isEmpty())
        return QStringLiteral("text COLLATE \"C\"");
    const QString declared = declaredType.toUpper();
    if (declared.contains(QLatin1String("INT")))
        return QStringLiteral("bigint");
    if (declared.contains(QLatin1String("REAL")) || declared.contains(QLatin1String("FLOA"))
        || declared.contains(QLatin1String("DOUB")))
        return QStringLiteral("double precision");
    return QStringLiteral("text COLLATE \"C\"");
}

bool PgWorkspaceCopy::copy(Database& source, PgConnection& target, const PgLayout& layout, QString* error)
{
    QStringList present;
    for (const QString& table : tables()) {
        if (source.tableExists(table))
            present << table;
    }
    return copyTables(source, target, layout, present, error);
}

bool PgWorkspaceCopy::importTable(Database& source, PgConnection& target, const PgLayout& layout, const QString& table,
                                  QString* error)
{
    return copyTables(source, target, layout, {table}, error);
}

// One transaction on the target: tables of the workspace contract it lacks are created empty, `copied` replaced
// with the source's rows, and the field catalog's rows of `copied` replaced.
bool PgWorkspaceCopy::copyTables(Database& source, PgConnection& target, const PgLayout& layout,
                                 const QStringList& copied, QString* error)
{
    const QString generation = QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!target.exec(QStringLiteral("BEGIN"), error))
        return false;
    auto run = [&]() {
        return copyInTransaction(source, target, layout, copied, QString(), generation, error);
    };
    if (!run()) {
        QString ignored;
        target.exec(QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    if (!target.exec(QStringLiteral("COMMIT"), error))
        return false;
    dropPartitionsBut(layout, {QStringLiteral("customers"), QStringLiteral("orders")}, generation);
    return true;
}

bool PgWorkspaceCopy::createStreamedTable(PgConnection& target, const PgLayout& layout, const QString& table,
                                          const QList<PgColumn>& columns, const QString& key, const QString& generation,
                                          QString* copyInto, QString* error)
{
    *copyInto = table;
    if (layout.shards.isEmpty() || key.isEmpty())
        return target.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE; CREATE TABLE %1 (%2)")
                               .arg(quoteIdentifier(table), columnList(columns, true, true)),
                           error);
    *copyInto = QStringLiteral("swb_stage_") + table;
    return createSharded(target, layout, table, columns, key, generation, error)
        && target.exec(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TEMPORARY TABLE %1 (%2) ON COMMIT DROP")
                           .arg(quoteIdentifier(*copyInto), columnList(columns, true, false)),
                       error);
}

// The staged rows go to each shard's table straight, relayed from the coordinator's COPY TO to the shard's
// COPY FROM in binary: INSERT … SELECT into the foreign partitions sends them in batches of batch_size through
// postgres_fdw (10M customers: 44 s instead of about 13 s). The shard's COPY commits at once into the table of this
// generation, which only the coordinator's new partition names: if the coordinator's transaction fails, that
// table is dropped with the other old ones after the next import, as a failed copy's tables always were.
bool PgWorkspaceCopy::moveStaged(PgConnection& target, const PgLayout& layout, const QString& table,
                                 const QList<PgColumn>& columns, const QString& key, const QString& generation,
                                 const QString& copyInto, QString* error)
{
    if (copyInto == table)
        return true;
    const QString names = columnList(columns, false, false);
    for (qsizetype i = 0; i < layout.shards.size(); ++i) {
        auto remote = PgConnection::open(layout.shards.at(i).uri, error);
        if (!remote)
            return false;
        const QString part = QStringLiteral("%1_p%2_%3").arg(table).arg(i).arg(generation);
        // Emptied in the COPY's transaction, so that FREEZE may write the rows frozen: the coordinator's ANALYZE
        // (which reads all of them through postgres_fdw) and the first counts do not write every page again.
        if (!remote->exec(QStringLiteral("BEGIN; TRUNCATE %1").arg(quoteIdentifier(part)), error)
            || !remote->beginCopy(
                QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary, FREEZE)").arg(quoteIdentifier(part), names),
                error))
            return false;
        QByteArray chunk;
        QString remoteError;
        const bool relayed = target.copyOut(
            QStringLiteral("COPY (SELECT %1 FROM %2 WHERE satisfies_hash_partition('%3'::regclass, %4, %5, %6)) TO "
                           "STDOUT (FORMAT binary)")
                .arg(names, quoteIdentifier(copyInto), quoteIdentifier(table))
                .arg(layout.shards.size())
                .arg(i)
                .arg(quoteIdentifier(key)),
            [&](const char* data, qsizetype size) {
                chunk.append(data, size);
                if (chunk.size() < (1 << 18))
                    return true;
                const bool sent = remote->putCopyData(chunk.constData(), chunk.size(), &remoteError);
                chunk.clear();
                return sent;
            },
            error);
        if (!relayed || !remote->putCopyData(chunk.constData(), chunk.size(), &remoteError)) {
            QString ignored;
            remote->endCopy("the coordinator's rows did not come", &ignored);
            if (!remoteError.isEmpty())
                *error = remoteError;
            return false;
        }
        if (!remote->endCopy(nullptr, error) || !remote->exec(QStringLiteral("COMMIT"), error))
            return false;
    }
    return true;
}

bool PgWorkspaceCopy::completeStreamed(Database& source, PgConnection& target, const PgLayout& layout,
                                       const QString& table, QString* error)
{
    // No table is created with rows here: the generation names no shard table.
    return copyInTransaction(source, target, layout, {table}, table, QString(), error);
}

void PgWorkspaceCopy::dropOldPartitions(const PgLayout& layout, const QStringList& tables, const QString& generation)
{
    dropPartitionsBut(layout, tables, generation);
}

} // namespace swb
