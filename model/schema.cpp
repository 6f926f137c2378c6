#include "model/schema.h"

#include "model/database.h"

#include <QCoreApplication>

#include <array>

namespace swb::schema {

namespace {

// Each entry takes the schema from version i to i + 1. Never edit a published step: add a new one.
constexpr std::array s_steps{
    // 1: workspace metadata, field catalog, import log. `customers` and `orders` are created by the
    //    first import, with one typed column per imported field.
    R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE fields (
    table_name      TEXT NOT NULL DEFAULT 'customers',
    name            TEXT NOT NULL,
    original_header TEXT,
    type            TEXT NOT NULL CHECK (type IN ('integer','real','text','date','datetime','boolean')),
    role            TEXT NOT NULL DEFAULT '',
    pii             INTEGER NOT NULL DEFAULT 0,
    position        INTEGER NOT NULL DEFAULT 0,
    derived         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, name)
);
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    file          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    mode          TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    issue_count   INTEGER NOT NULL DEFAULT 0,
    report        TEXT
);
CREATE TABLE import_issues (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    column    TEXT,
    reason    TEXT NOT NULL,
    raw       TEXT
);
CREATE INDEX import_issues_by_import ON import_issues(import_id, line);
)sql",
    // 2: saved segments, static members and snapshots. Members are customer keys (the value of the
    //    customer_key column, or the rowid when there is none), so they survive a re-import.
    R"sql(
CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('dynamic','static')),
    definition  TEXT,
    description TEXT,
    color       TEXT,
    source      TEXT NOT NULL DEFAULT 'manual',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE segment_members (
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    customer_key NOT NULL,
    PRIMARY KEY (segment_id, customer_key)
) WITHOUT ROWID;
CREATE TABLE segment_snapshots (
    id         INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    taken_at   TEXT NOT NULL,
    size       INTEGER NOT NULL,
    definition TEXT,
    kpis       TEXT
);
CREATE INDEX segment_snapshots_by_segment ON segment_snapshots(segment_id, taken_at);
CREATE TABLE snapshot_members (
    snapshot_id  INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,
    customer_key NOT NULL,
    PRIMARY KEY (snapshot_id, customer_key)
) WITHOUT ROWID;
)sql",
    // 3: clustering runs and RFM runs (the assignments allow a transition matrix between two runs).
    R"sql(
CREATE TABLE cluster_runs (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    features   TEXT NOT NULL,
    parameters TEXT NOT NULL,
    k          INTEGER NOT NULL,
    inertia    REAL,
    silhouette REAL,
    calinski_harabasz REAL,
    davies_bouldin    REAL,
    result     TEXT
);
CREATE TABLE rfm_runs (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    as_of_date TEXT NOT NULL,
    config     TEXT NOT NULL,
    counts     TEXT
);
CREATE TABLE rfm_assignments (
    run_id       INTEGER NOT NULL REFERENCES rfm_runs(id) ON DELETE CASCADE,
    customer_key NOT NULL,
    r            INTEGER NOT NULL,
    f            INTEGER NOT NULL,
    m            INTEGER NOT NULL,
    grp          TEXT NOT NULL,
    PRIMARY KEY (run_id, customer_key)
) WITHOUT ROWID;
)sql",
    // 4: customer fields derived from an order column (last, first, most frequent value, number of distinct values),
    //    recomputed at every orders import into the customers column `name`.
    R"sql(
CREATE TABLE order_derived_fields (
    name   TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    kind   TEXT NOT NULL CHECK (kind IN ('last','first','most_frequent','distinct_count'))
);
)sql",
    // 5: the export log: one row per export (per segment of a multi-segment export) that succeeded.
    R"sql(
CREATE TABLE export_log (
    id          INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    user        TEXT NOT NULL,
    segment     TEXT,
    selection   TEXT NOT NULL,
    preset      TEXT NOT NULL,
    format      TEXT NOT NULL,
    file        TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    columns     TEXT NOT NULL,
    pii         TEXT NOT NULL
);
CREATE INDEX export_log_by_segment ON export_log(segment, exported_at);
)sql",
    // 6: how the imported file wrote a column's values (exports write them back so): the words of a boolean column
    //    and the fewest and most decimal places of a real column.
    R"sql(
ALTER TABLE fields ADD COLUMN true_word TEXT;
ALTER TABLE fields ADD COLUMN false_word TEXT;
ALTER TABLE fields ADD COLUMN min_decimals INTEGER;
ALTER TABLE fields ADD COLUMN max_decimals INTEGER;
)sql",
};

} // namespace

int latestVersion()
{
    return int(s_steps.size());
}

bool migrate(Database& db, int fromVersion, int toVersion, QString* error)
{
    if (fromVersion < 0 || toVersion > latestVersion() || fromVersion > toVersion) {
        if (error)
            *error = QCoreApplication::translate("swb::schema", "Cannot migrate a workspace from schema %1 to %2.")
                         .arg(QString::number(fromVersion), QString::number(toVersion));
        return false;
    }
    if (fromVersion == toVersion)
        return true;
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    // Another program may have created or upgraded the workspace between our first look and this lock (two
    // first imports into one new file): what counts is the version seen inside the write transaction.
    const QVariant locked = db.scalar(QStringLiteral("PRAGMA user_version"), error);
    if (!locked.isValid())
        return false;
    if (locked.toInt() != fromVersion) {
        if (locked.toInt() < fromVersion || locked.toInt() > toVersion) {
            if (error)
                *error = QCoreApplication::translate("swb::schema",
                                                     "Another program changed the workspace's schema to version "
                                                     "%1 while it was being opened. Open it again.")
                             .arg(locked.toInt());
            return false;
        }
        fromVersion = locked.toInt();
        if (fromVersion == toVersion)
            return transaction.commit(error);
    }
    for (int version = fromVersion; version < toVersion; ++version) {
        QString stepError;
        if (!db.exec(s_steps[size_t(version)], &stepError)) {
            if (error)
                *error = QCoreApplication::translate("swb::schema", "Migration to schema %1 failed: %2")
                             .arg(QString::number(version + 1), stepError);
            return false;
        }
    }
    const QString pragmas
        = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;").arg(applicationId).arg(toVersion);
    if (!db.exec(pragmas, error))
        return false;
    return transaction.commit(error);
}

} // namespace swb::schema
