#include "model/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <sqlite3.h>

namespace swb {

namespace {

// SQLite's "database is locked" after the busy timeout tells the user neither why nor what to do.
QString errorText(sqlite3* db, int code, const char* message)
{
    if ((code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED)
        return QCoreApplication::translate("swb::Database",
                                           "The workspace is being written by another program, for example an "
                                           "import. Try again when that has finished.");
    return QString::fromUtf8(message ? message : db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{ }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

std::optional<Database> Database::open(const QString& path, Mode mode, QString* error)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3* db = nullptr;
    const QByteArray encoded = path.toUtf8();
    const int rc = sqlite3_open_v2(encoded.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        }
        sqlite3_close_v2(db);
        return std::nullopt;
    }
    sqlite3_extended_result_codes(db, 1);
    // SQLite's fallback reads a "double-quoted" identifier that names no column as a string literal, so a damaged
    // or misspelt identifier would silently compare against text instead of failing.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_busy_timeout(db, defaultBusyTimeoutMs);
    return Database(db, path);
}

bool Database::exec(const char* sql, QString* error)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = errorText(nullptr, rc, message);
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::exec(const QString& sql, QString* error)
{
    return exec(sql.toUtf8().constData(), error);
}

Statement Database::prepare(const QString& sql, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray encoded = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, encoded.constData(), int(encoded.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_finalize(stmt);
        return {};
    }
    return Statement(m_db, stmt);
}

QVariant Database::scalar(const QString& sql, QString* error)
{
    Statement stmt = prepare(sql, error);
    if (!stmt.isValid())
        return {};
    if (stmt.next())
        return stmt.value(0);
    if (stmt.failed() && error)
        *error = stmt.errorMessage();
    return {};
}

bool Database::tableExists(const QString& table)
{
    Statement stmt = prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    stmt.bind(1, table);
    return stmt.next();
}

QStringList Database::columnNames(const QString& table)
{
    QStringList names;
    Statement stmt = prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    stmt.bind(1, table);
    while (stmt.next())
        names << stmt.toString(0);
    return names;
}

QString Database::lastError() const
{
    return errorText(m_db, sqlite3_extended_errcode(m_db), nullptr);
}

int Database::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

// ---------------------------------------------------------------------------------------------------------------

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_done(other.m_done)
    , m_failed(other.m_failed)
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_done = other.m_done;
        m_failed = other.m_failed;
    }
    return *this;
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int index, const char* data, int size)
{
    sqlite3_bind_text(m_stmt, index, data, size, SQLITE_TRANSIENT);
}

void Statement::bindUtf8Static(int index, const char* data, int size)
{
    sqlite3_bind_text(m_stmt, index, data, size, SQLITE_STATIC);
}

void Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        bindUtf8(index, bytes.constData(), int(bytes.size()));
        break;
    }
    case QMetaType::QDate:
        bind(index, value.toDate().toString(Qt::ISODate));
        break;
    case QMetaType::QDateTime:
        bind(index, value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = rc == SQLITE_DONE;
    m_failed = !m_done;
    return false;
}

bool Statement::run()
{
    if (!m_stmt)
        return false;
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    m_done = rc == SQLITE_DONE;
    m_failed = !m_done;
    return m_done;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_done = false;
    m_failed = false;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

qint64 Statement::toInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::toDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::toString(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::toUtf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(toString(column));
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    default:
        return {};
    }
}

QString Statement::errorMessage() const
{
    return errorText(m_db, sqlite3_extended_errcode(m_db), nullptr);
}

// ---------------------------------------------------------------------------------------------------------------

Transaction::Transaction(Database& db, bool immediate)
    : m_db(db)
{
    // Inside another transaction (a repository call made by a larger job) a savepoint nests, so the job commits or
    // rolls back as one.
    m_nested = db.handle() && sqlite3_get_autocommit(db.handle()) == 0;
    m_active = m_db.exec(m_nested ? "SAVEPOINT swb_nested" : immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_nested ? "RELEASE swb_nested" : "COMMIT", error))
        return false;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.exec(m_nested ? "ROLLBACK TO swb_nested; RELEASE swb_nested" : "ROLLBACK");
        m_active = false;
    }
}

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace swb
