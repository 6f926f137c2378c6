#include "model/postgres/pgconnection.h"

#include "model/postgres/pgcredentials.h"

#include <QCoreApplication>
#include <QVariant>

#include <libpq-fe.h>

#include <utility>
#include <vector>

namespace swb {

namespace {

// Type OIDs of pg_type (stable across versions): what a bound value is sent as.
constexpr Oid s_int8 = 20;
constexpr Oid s_float8 = 701;
constexpr Oid s_text = 25;

// The server's message; for a role without the right to write (SQLSTATE 42501) with what it means here.
QString resultError(const PGresult* result)
{
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (state && qstrcmp(state, "42501") == 0)
        return QCoreApplication::translate("swb::PgConnection",
                                           "This role may only read this workspace; saving or importing needs a role "
                                           "that may write its tables (the server said: %1)")
            .arg(message);
    return message;
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result)
{ }

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rowCount() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::toInt64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

double PgResult::toDouble(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

std::unique_ptr<PgConnection> PgConnection::open(const QString& uri, QString* error)
{
    // A password given to File → Connect to Server… (never part of the URI); connect_timeout first, so that the
    // URI's own value wins, and a host that does not answer fails after 10 s rather than the system's minutes.
    const QByteArray info = uri.toUtf8();
    const QByteArray password = PgCredentials::password(uri).toUtf8();
    const char* keywords[] = {"connect_timeout", "dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char* values[] = {"10", info.constData(), password.constData(), nullptr};
    PGconn* connection = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(connection) != CONNECTION_OK) {
        if (error)
            *error = PgCredentials::explainConnectError(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
        PQfinish(connection);
        return nullptr;
    }
    // The server's notices (such as "terminating connection due to …" before an error) are not printed on stderr:
    // the error that follows says it in the workbench's words.
    PQsetNoticeProcessor(
        connection, [](void*, const char*) {}, nullptr);
    // Errors and notices in English whatever the server's locale: messages are shown with the workbench's own words.
    PQclear(PQexec(connection, "SET client_min_messages = warning"));
    return std::unique_ptr<PgConnection>(new PgConnection(connection, PQgetCancel(connection)));
}

PgConnection::PgConnection(pg_conn* connection, pg_cancel* cancel)
    : m_connection(connection)
    , m_cancel(cancel)
{ }

PgConnection::~PgConnection()
{
    PQfreeCancel(m_cancel);
    PQfinish(m_connection);
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
}

QString PgConnection::errorOf(const pg_result* result) const
{
    if (PQstatus(m_connection) == CONNECTION_BAD)
        return QCoreApplication::translate("swb::PgConnection",
                                           "The connection to the server was lost. Nothing of what was running is kept "
                                           "(an import or a save is one transaction on the server). Check that the "
                                           "server runs, then try again. (%1)")
            .arg(lastError());
    return result ? resultError(result) : lastError();
}

bool PgConnection::isLost() const
{
    return PQstatus(m_connection) == CONNECTION_BAD;
}

bool PgConnection::reconnectIfLost()
{
    if (PQstatus(m_connection) == CONNECTION_OK)
        return true;
    PQreset(m_connection);
    if (PQstatus(m_connection) != CONNECTION_OK)
        return false;
    // The new server process has another cancel key.
    PQfreeCancel(m_cancel);
    m_cancel = PQgetCancel(m_connection);
    PQclear(PQexec(m_connection, "SET client_min_messages = warning"));
    return true;
}

bool PgConnection::exec(const QString& sql, QString* error)
{
    PGresult* result = PQexec(m_connection, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok && error)
        *error = errorOf(result);
    PQclear(result);
    return ok;
}

std::optional<PgResult> PgConnection::query(const QString& sql, const QList<FilterValue>& values, QString* error)
{
    const QByteArray text = numberPlaceholders(sql).toUtf8();
    std::vector<Oid> types;
    std::vector<QByteArray> data;
    types.reserve(size_t(values.size()));
    data.reserve(size_t(values.size()));
    for (const FilterValue& value : values) {
        if (const auto* integer = std::get_if<qint64>(&value)) {
            types.push_back(s_int8);
            data.push_back(QByteArray::number(*integer));
        } else if (const auto* real = std::get_if<double>(&value)) {
            types.push_back(s_float8);
            data.push_back(QByteArray::number(*real, 'g', 17));
        } else {
            types.push_back(s_text);
            data.push_back(std::get<QString>(value).toUtf8());
        }
    }
    std::vector<const char*> pointers;
    pointers.reserve(data.size());
    for (const QByteArray& item : data)
        pointers.push_back(item.constData());
    PgResult result(PQexecParams(m_connection, text.constData(), int(values.size()), types.data(), pointers.data(),
                                 nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.handle());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        if (error)
            *error = errorOf(result.handle());
        return std::nullopt;
    }
    return result;
}

std::optional<qint64> PgConnection::queryInt64(const QString& sql, const QList<FilterValue>& values, QString* error)
{
    const auto result = query(sql, values, error);
    if (!result)
        return std::nullopt;
    if (result->rowCount() < 1 || result->columnCount() < 1 || result->isNull(0, 0)) {
        if (error)
            *error = QStringLiteral("the server answered without a number");
        return std::nullopt;
    }
    return result->toInt64(0, 0);
}

bool PgConnection::copyIn(const QString& copyStatement, const std::function<bool(QByteArray*)>& produce, QString* error)
{
    PGresult* start = PQexec(m_connection, copyStatement.toUtf8().constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying && error)
        *error = errorOf(start);
    PQclear(start);
    if (!copying)
        return false;
    QByteArray chunk;
    bool more = true;
    bool sent = true;
    while (more && sent) {
        chunk.clear();
        more = produce(&chunk);
        if (!chunk.isEmpty())
            sent = PQputCopyData(m_connection, chunk.constData(), int(chunk.size())) == 1;
    }
    // A producer that stops early (an error, a cancel) ends the COPY with an error: the server keeps nothing of it.
    const bool finished = PQputCopyEnd(m_connection, sent && !more ? nullptr : "stopped by the workbench") == 1;
    bool ok = finished && sent && !more;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok && error)
                *error = errorOf(result);
            ok = false;
        }
        PQclear(result);
    }
    if (!ok && error && error->isEmpty())
        *error = errorOf(nullptr);
    return ok;
}

bool PgConnection::beginCopy(const QString& copyStatement, QString* error)
{
    PGresult* start = PQexec(m_connection, copyStatement.toUtf8().constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
    if (!copying && error)
        *error = errorOf(start);
    PQclear(start);
    return copying;
}

bool PgConnection::putCopyData(const char* data, qsizetype size, QString* error)
{
    if (size == 0 || PQputCopyData(m_connection, data, int(size)) == 1)
        return true;
    if (error)
        *error = errorOf(nullptr);
    return false;
}

bool PgConnection::endCopy(const char* failure, QString* error)
{
    bool ok = PQputCopyEnd(m_connection, failure) == 1 && !failure;
    QString message;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && message.isEmpty())
            message = errorOf(result);
        PQclear(result);
    }
    if (!message.isEmpty())
        ok = false;
    if (!ok && !failure && error)
        *error = message.isEmpty() ? errorOf(nullptr) : message;
    return ok;
}

bool PgConnection::copyOut(const QString& copyStatement, const std::function<bool(const char*, qsizetype)>& consume,
                           QString* error)
{
    PGresult* start = PQexec(m_connection, copyStatement.toUtf8().constData());
    const bool copying = PQresultStatus(start) == PGRES_COPY_OUT;
    if (!copying && error)
        *error = errorOf(start);
    PQclear(start);
    if (!copying)
        return false;
    bool consumed = true;
    for (;;) {
        char* data = nullptr;
        const int size = PQgetCopyData(m_connection, &data, 0);
        if (size > 0)
            consumed = consumed && consume(data, size);
        if (data)
            PQfreemem(data);
        if (size < 0)
            break;
    }
    bool ok = consumed;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            if (ok && error)
                *error = errorOf(result);
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

bool PgConnection::cancel()
{
    char message[256] = {};
    return m_cancel && PQcancel(m_cancel, message, int(sizeof message)) == 1;
}

QString PgConnection::numberPlaceholders(const QString& sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int number = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar(); // a doubled quote reopens at once on the next character
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? sql.size() : end;
            out += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++number);
        } else {
            out += c;
        }
    }
    return out;
}

void PgConnection::appendCopyValue(QByteArray* line, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        line->append("\\N");
        return;
    }
    QByteArray text;
    switch (value.typeId()) {
    case QMetaType::Double:
        text = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
        text = QByteArray::number(value.toLongLong());
        break;
    default:
        text = value.toString().toUtf8();
    }
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            line->append("\\\\");
            break;
        case '\t':
            line->append("\\t");
            break;
        case '\n':
            line->append("\\n");
            break;
        case '\r':
            line->append("\\r");
            break;
        default:
            line->append(c);
        }
    }
}

} // namespace swb
