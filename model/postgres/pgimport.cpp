#include "model/postgres/pgimport.h"

#include "model/database.h"
#include "model/import/importer.h"
#include "model/import/importrun.h"
#include "model/postgres/pgconnection.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

namespace swb {

namespace {

// The rows go to the server in pieces of this size: large enough that libpq's per-call work is nothing, small
// enough that the server starts on them while the next batch is converted.
constexpr size_t s_flushBytes = size_t(256) << 10;

// How a column's values are sent: COPY's binary format. The client copies texts as they are (no escaping) and the
// server neither splits lines nor parses numbers; its bytes are half as many again as the text format's, and at
// 10M customers the server's COPY of either took the same time within the noise of a shared machine (12–17 s),
// so the gain is the client's, which shares the cores with the server.
enum ColumnKind : quint8 { Int8, Float8, Text };

// The binary COPY's signature, flags and header extension length; the trailer.
constexpr char s_binaryHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr size_t s_binaryHeaderSize = 19;
constexpr quint16 s_binaryTrailer = 0xFFFF;

// The most bytes a value takes besides its text: a length and 8 bytes, or a length and an integer as text.
constexpr size_t s_valueBytes = 4 + 20;

char* putFloat8(char* out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    qToBigEndian<quint32>(8, out);
    qToBigEndian<quint64>(bits, out + 4);
    return out + 12;
}

// One value in COPY's binary format (a length, then the bytes of the column's type). Null for a value of another
// kind than the column's type: the importer converts every value of a column to the column's kind.
char* putValue(char* out, ColumnKind kind, const RowBatch& batch, const BatchValue& value)
{
    switch (value.kind) {
    case BatchValue::Null:
        qToBigEndian<quint32>(0xFFFFFFFFU, out);
        return out + 4;
    case BatchValue::Integer:
        if (kind == Int8) {
            qToBigEndian<quint32>(8, out);
            qToBigEndian<quint64>(quint64(value.integer), out + 4);
            return out + 12;
        }
        if (kind == Float8)
            return putFloat8(out, double(value.integer));
        {
            char* end = std::to_chars(out + 4, out + s_valueBytes, value.integer).ptr;
            qToBigEndian<quint32>(quint32(end - out - 4), out);
            return end;
        }
    case BatchValue::Real:
        return kind == Float8 ? putFloat8(out, value.real) : nullptr;
    case BatchValue::Text:
        if (kind != Text)
            return nullptr;
        qToBigEndian<quint32>(value.length, out);
        std::memcpy(out + 4, batch.textAt(value), value.length);
        return out + 4 + value.length;
    }
    return nullptr;
}

// A PostgreSQL array literal of texts, for `= ANY(CAST(? AS type[]))`.
QString arrayLiteral(const QStringList& values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString columnNames(const QList<PgColumn>& columns)
{
    QStringList names;
    for (const PgColumn& column : columns)
        names << quoteIdentifier(column.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

PgImport::PgImport(PgConnection& connection, const PgLayout& layout)
    : m_connection(connection)
    , m_layout(layout)
{ }

bool PgImport::refused(QString* error, const QString& message) const
{
    // A lost connection is not a refusal; its message says already that nothing is kept.
    *error = m_connection.isLost() ? message : tr("The server refused the rows; it keeps what it had: %1").arg(message);
    return false;
}

ImportReport PgImport::run(PgConnection& connection, const PgLayout& layout, const ImportOptions& options,
                           const ImportCancel& cancel, const ImportProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    QString error;
    QTemporaryDir stage;
    const QString stagePath = stage.filePath(QStringLiteral("stage.sqlite"));
    if (!Workspace::open(stagePath, Workspace::OpenMode::CreateIfMissing, &error)) {
        report.error = error;
        return report;
    }
    PgImport sink(connection, layout);
    if (!connection.exec(QStringLiteral("BEGIN"), &error)) {
        sink.refused(&report.error, error);
        return report;
    }
    // SWB_IMPORT_PROFILE=1: the server's steps after the rows, next to the importer's phases.
    const bool profile = qEnvironmentVariableIsSet("SWB_IMPORT_PROFILE");
    QElapsedTimer step;
    step.start();
    auto mark = [&](const char* what) {
        if (profile)
            std::fprintf(stderr, "%-12s %7.3f s\n", what, double(step.nsecsElapsed()) / 1e9);
        step.restart();
        return true;
    };
    report = Importer::run(stagePath, options, sink, cancel, progress);
    mark("rows total");
    if (report.ok) {
        // The planner's statistics come with the rows, in the same transaction; the catalog rows from the file.
        const auto workspace = Workspace::open(stagePath, Workspace::OpenMode::OpenExisting, &error);
        const bool done = workspace
            && connection.exec(QStringLiteral("ANALYZE %1").arg(quoteIdentifier(sink.m_table)), &error)
            && mark("analyze")
            && PgWorkspaceCopy::completeStreamed(workspace->db(), connection, layout, sink.m_table, &error)
            && mark("catalog") && connection.exec(QStringLiteral("COMMIT"), &error) && mark("pg commit");
        if (!done) {
            report.ok = false;
            sink.refused(&report.error, error);
        }
    }
    if (!report.ok) {
        sink.abandonCopy();
        QString ignored;
        connection.exec(QStringLiteral("ROLLBACK"), &ignored);
        return report;
    }
    PgWorkspaceCopy::dropOldPartitions(layout, {sink.m_table}, sink.m_generation);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

bool PgImport::begin(const QString& table, const std::vector<ImportTarget>& columns, QString* error)
{
    abandonCopy();
    // A pass done again (the sample misled) starts from what the server had: its table, its shard tables.
    const QString savepoint = m_passes == 0 ? QStringLiteral("SAVEPOINT swb_import_pass")
                                            : QStringLiteral("ROLLBACK TO SAVEPOINT swb_import_pass");
    ++m_passes;
    QString message;
    if (!m_connection.exec(savepoint, &message))
        return refused(error, message);
    m_table = table;
    m_columns.clear();
    m_kinds.clear();
    m_keyName.clear();
    for (const ImportTarget& target : columns) {
        const QString type
            = PgWorkspaceCopy::columnType(sqlStorageType(target.type.type), fieldTypeName(target.type.type));
        m_columns << PgColumn{target.name, type, false};
        m_kinds.push_back(type == QLatin1String("bigint")                 ? Int8
                              : type == QLatin1String("double precision") ? Float8
                                                                          : Text);
        if (target.role == FieldRole::CustomerKey)
            m_keyName = target.name;
    }
    m_generation = QStringLiteral("%1_%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_passes);
    if (!PgWorkspaceCopy::createStreamedTable(m_connection, m_layout, m_table, m_columns, m_keyName, m_generation,
                                              &m_copyInto, &message))
        return refused(error, message);
    return startCopy(true, error);
}

bool PgImport::startCopy(bool freeze, QString* error)
{
    // FREEZE (allowed into a table made in this subtransaction): the rows are written frozen and their pages marked
    // all-visible, so the first query after the import does not write every page again to set hint bits, nor does a
    // later vacuum. Only other transactions with a snapshot older than the commit see a difference: the new rows
    // instead of an empty new table.
    QString message;
    if (!m_connection.beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary%3)")
                                    .arg(quoteIdentifier(m_copyInto), columnNames(m_columns),
                                         freeze ? QStringLiteral(", FREEZE") : QString()),
                                &message))
        return refused(error, message);
    m_copying = true;
    m_used = 0;
    if (!flush(s_binaryHeaderSize, error))
        return false;
    std::memcpy(m_buffer.data(), s_binaryHeader, s_binaryHeaderSize);
    m_used = s_binaryHeaderSize;
    return true;
}

bool PgImport::finishCopy(QString* error)
{
    if (!m_copying)
        return true;
    m_copying = false;
    if (m_used + 2 > m_buffer.size() && !flush(2, error))
        return false;
    qToBigEndian<quint16>(s_binaryTrailer, m_buffer.data() + m_used);
    m_used += 2;
    QString message;
    if (!flush(0, error) || !m_connection.endCopy(nullptr, &message))
        return message.isEmpty() ? false : refused(error, message);
    return true;
}

void PgImport::abandonCopy()
{
    if (!m_copying)
        return;
    m_copying = false;
    m_used = 0;
    QString ignored;
    m_connection.endCopy("the import stopped", &ignored);
}

bool PgImport::write(const RowBatch& batch, const std::vector<int>& rows, QString* error)
{
    if (!m_copying && !startCopy(false, error))
        return false;
    const size_t columns = size_t(batch.columns);
    for (const int row : rows) {
        const BatchValue* values = batch.values.data() + size_t(row) * columns;
        size_t needed = 2 + columns * s_valueBytes;
        for (size_t c = 0; c < columns; ++c)
            needed += values[c].kind == BatchValue::Text ? values[c].length : 0;
        if (m_used + needed > m_buffer.size() && !flush(needed, error))
            return false;
        char* out = m_buffer.data() + m_used;
        qToBigEndian<quint16>(quint16(columns), out);
        out += 2;
        for (size_t c = 0; c < columns && out; ++c)
            out = putValue(out, ColumnKind(m_kinds[c]), batch, values[c]);
        if (!out) {
            return refused(
                error,
                tr("a value of line %1 is not of its column's type").arg(QString::number(batch.lines[size_t(row)])));
        }
        m_used = size_t(out - m_buffer.data());
        if (m_used >= s_flushBytes && !flush(0, error))
            return false;
    }
    return true;
}

bool PgImport::flush(size_t room, QString* error)
{
    QString message;
    if (!m_connection.putCopyData(m_buffer.data(), qsizetype(m_used), &message))
        return refused(error, message);
    m_used = 0;
    if (m_buffer.size() < std::max(room, s_flushBytes + 4096))
        m_buffer.resize(std::max(room, s_flushBytes + 4096));
    return true;
}

std::optional<QSet<QString>> PgImport::presentKeys(const QStringList& keys, QString* error)
{
    if (!finishCopy(error))
        return std::nullopt;
    QString type = QStringLiteral("text");
    for (const PgColumn& column : m_columns) {
        if (column.name == m_keyName && !column.type.startsWith(QLatin1String("text")))
            type = column.type;
    }
    QString message;
    const QString key = quoteIdentifier(m_keyName);
    const auto found
        = m_connection.query(QStringLiteral("SELECT DISTINCT %1::text FROM %2 WHERE %1 = ANY(CAST(? AS %3[]))")
                                 .arg(key, quoteIdentifier(m_copyInto), type),
                             {FilterValue(arrayLiteral(keys))}, &message);
    if (!found) {
        refused(error, message);
        return std::nullopt;
    }
    QSet<QString> present;
    for (int row = 0; row < found->rowCount(); ++row)
        present.insert(found->text(row, 0));
    return present;
}

bool PgImport::end(QString* error)
{
    QString message;
    if (!finishCopy(error))
        return false;
    if (!PgWorkspaceCopy::moveStaged(m_connection, m_layout, m_table, m_columns, m_keyName, m_generation, m_copyInto,
                                     &message))
        return refused(error, message);
    return true;
}

} // namespace swb
