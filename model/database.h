// Thin RAII wrappers over the SQLite C API: one connection, prepared statements, transactions.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace swb {

class Statement;

// One SQLite connection. Owned by one thread at a time; a worker opens its own.
class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens `path`. Nothing is read or written yet: SQLite reads the header on the first statement.
    static std::optional<Database> open(const QString& path, Mode mode, QString* error);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more statements without results. On failure fills `error` (when given) and returns false.
    bool exec(const QString& sql, QString* error = nullptr);
    bool exec(const char* sql, QString* error = nullptr);

    // Prepares one statement; an invalid statement is reported through `error` and `Statement::isValid()`.
    Statement prepare(const QString& sql, QString* error = nullptr);

    // First column of the first row of `sql`, or an invalid QVariant when there is no row.
    QVariant scalar(const QString& sql, QString* error = nullptr);

    bool tableExists(const QString& table);
    QStringList columnNames(const QString& table);

    QString lastError() const;
    int lastErrorCode() const;
    qint64 lastInsertRowId() const;
    int changes() const;

    // How long a statement waits for another connection's lock before it fails with SQLITE_BUSY.
    static constexpr int defaultBusyTimeoutMs = 5000; // set when opened
    void setBusyTimeout(int milliseconds);
    // Makes a long query stop at the next check point (sqlite3_interrupt); safe from any thread.
    void interrupt();

private:
    explicit Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
};

// A prepared statement. Bind indices are 1-based as in SQLite; column indices are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* handle() const { return m_stmt; }

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString& text);
    void bindUtf8(int index, const char* data, int size); // copied by SQLite
    void bindUtf8Static(int index, const char* data, int size); // must outlive the step
    // QVariant: null, integer types, double, bool, QString, QByteArray (as text), QDate/QDateTime (ISO).
    void bind(int index, const QVariant& value);

    // Steps once: true while a row is available. `done()` tells a finished statement from an error.
    bool next();
    bool done() const { return m_done; }
    bool failed() const { return m_failed; }
    // Steps a statement that returns no rows; false on error.
    bool run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    qint64 toInt64(int column) const;
    double toDouble(int column) const;
    QString toString(int column) const;
    QByteArray toUtf8(int column) const;
    QVariant value(int column) const;

    QString errorMessage() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;
    bool m_failed = false;
};

// Begins a transaction and rolls it back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error = nullptr);
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    bool m_nested = false; // a savepoint inside the connection's open transaction
};

// "name" quoted as an SQL identifier: embedded quotes doubled.
QString quoteIdentifier(const QString& name);

} // namespace swb
