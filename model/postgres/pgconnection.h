// A connection to a PostgreSQL server through libpq (Debian's libpq-dev): the same library psql uses, so a
// workspace URI that psql accepts works here, and it has what QtSql's QPSQL driver lacks — COPY FROM STDIN for
// the import and PQcancel, which a count on another thread can be stopped with.
//
// Statements are written with `?` placeholders, as for SQLite; they are numbered `$1, $2, …` when sent (outside
// quoted text and identifiers), and every value is bound with its type (bigint, double precision or text).
#pragma once

#include "model/filter/resolvedfilter.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace swb {

class PgResult
{
public:
    explicit PgResult(pg_result* result = nullptr);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    int rowCount() const;
    int columnCount() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 toInt64(int row, int column) const;
    double toDouble(int row, int column) const;
    pg_result* handle() const { return m_result; }

private:
    pg_result* m_result = nullptr;
};

class PgConnection
{
public:
    // `uri`: postgresql://user@host:port/database?sslmode=… (or key=value pairs), as psql takes it.
    static std::unique_ptr<PgConnection> open(const QString& uri, QString* error);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Statements without values; several may be separated by `;`.
    bool exec(const QString& sql, QString* error);
    // One statement with `?` placeholders and their values.
    std::optional<PgResult> query(const QString& sql, const QList<FilterValue>& values, QString* error);
    // The first column of the first row as an integer (count(*)).
    std::optional<qint64> queryInt64(const QString& sql, const QList<FilterValue>& values, QString* error);

    // COPY … FROM STDIN: `produce` appends the next chunk of COPY text rows to its argument and returns false
    // when there are no more. On an error the server discards the whole COPY.
    bool copyIn(const QString& copyStatement, const std::function<bool(QByteArray*)>& produce, QString* error);
    // The same, pushed by a caller that produces rows at its own pace (the streamed import): beginCopy, then
    // putCopyData (blocks while the server is behind), then endCopy; `failure` ends it with that error instead,
    // and the server discards the whole COPY.
    bool beginCopy(const QString& copyStatement, QString* error);
    bool putCopyData(const char* data, qsizetype size, QString* error);
    bool endCopy(const char* failure, QString* error);
    // COPY … TO STDOUT: `consume` gets the data as the server sends it (a row at a time); false from it fails the
    // call once the server has sent the rest.
    bool copyOut(const QString& copyStatement, const std::function<bool(const char*, qsizetype)>& consume,
                 QString* error);

    // A connection the server dropped (it restarted, the network went away) is opened again; false when that fails.
    // Not while a statement runs.
    bool reconnectIfLost();
    // The server dropped the connection (it went away, or the network did).
    bool isLost() const;

    // Asks the server to stop the statement this connection runs now; callable from any thread.
    bool cancel();

    // `?` → `$1, $2, …`, leaving '…' literals, "…" identifiers and -- comments as they are.
    static QString numberPlaceholders(const QString& sql);
    // A value in COPY's text format (\N for NULL; backslash, tab, newline and carriage return escaped).
    static void appendCopyValue(QByteArray* line, const QVariant& value);

private:
    PgConnection(pg_conn* connection, pg_cancel* cancel);
    QString lastError() const;
    // The failure of `result` (null: the connection's), or that the connection was lost and what that means.
    QString errorOf(const pg_result* result) const;

    pg_conn* m_connection = nullptr;
    pg_cancel* m_cancel = nullptr;
};

} // namespace swb
