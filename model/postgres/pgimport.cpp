#include "model/postgres/pgimport.h"

#include "model/database.h"
#include "model/import/importer.h"
#include "model/import/importrun.h"
#include "model/postgres/pgconnection.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <charconv>

namespace swb {

namespace {

// The COPY text goes to the server in pieces of this size: large enough that libpq's per-call work is nothing,
// small enough that the server starts on the rows while the next batch is converted.
constexpr size_t s_flushBytes = size_t(256) << 10;

// A value in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendText(std::string& out, const char* text, size_t length)
{
    const char* run = text;
    const char* end = text + length;
    for (const char* c = text; c < end; ++c) {
        const char ch = *c;
        if (ch != '\\' && ch != '\t' && ch != '\n' && ch != '\r')
            continue;
        out.append(run, size_t(c - run));
        out += '\\';
        out += ch == '\\' ? '\\' : ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r';
        run = c + 1;
    }
    out.append(run, size_t(end - run));
}

void appendValue(std::string& out, const RowBatch& batch, const BatchValue& value)
{
    char number[32];
    switch (value.kind) {
    case BatchValue::Null:
        out += "\\N";
        return;
    case BatchValue::Integer:
        out.append(number, std::to_chars(number, number + sizeof number, value.integer).ptr);
        return;
    case BatchValue::Real:
        // The shortest text that reads back as the same double: the server stores exactly what SQLite would.
        out.append(number, std::to_chars(number, number + sizeof number, value.real).ptr);
        return;
    case BatchValue::Text:
        appendText(out, batch.textAt(value), value.length);
        return;
    }
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
    *error = tr("The server refused the rows; it keeps what it had: %1").arg(message);
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
    report = Importer::run(stagePath, options, sink, cancel, progress);
    if (report.ok) {
        // The planner's statistics come with the rows, in the same transaction; the catalog rows from the file.
        const auto workspace = Workspace::open(stagePath, Workspace::OpenMode::OpenExisting, &error);
        const bool done = workspace
            && connection.exec(QStringLiteral("ANALYZE %1").arg(quoteIdentifier(sink.m_table)), &error)
            && PgWorkspaceCopy::completeStreamed(workspace->db(), connection, layout, sink.m_table, &error)
            && connection.exec(QStringLiteral("COMMIT"), &error);
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
    m_keyName.clear();
    for (const ImportTarget& target : columns) {
        m_columns << PgColumn{
            target.name, PgWorkspaceCopy::columnType(sqlStorageType(target.type.type), fieldTypeName(target.type.type)),
            false};
        if (target.role == FieldRole::CustomerKey)
            m_keyName = target.name;
    }
    m_generation = QStringLiteral("%1_%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_passes);
    if (!PgWorkspaceCopy::createStreamedTable(m_connection, m_layout, m_table, m_columns, m_keyName, m_generation,
                                              &m_copyInto, &message))
        return refused(error, message);
    return startCopy(error);
}

bool PgImport::startCopy(QString* error)
{
    QString message;
    if (!m_connection.beginCopy(
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoteIdentifier(m_copyInto), columnNames(m_columns)),
            &message))
        return refused(error, message);
    m_copying = true;
    m_buffer.clear();
    return true;
}

bool PgImport::finishCopy(QString* error)
{
    if (!m_copying)
        return true;
    m_copying = false;
    QString message;
    if (!m_connection.putCopyData(m_buffer.data(), qsizetype(m_buffer.size()), &message)
        || !m_connection.endCopy(nullptr, &message))
        return refused(error, message);
    m_buffer.clear();
    return true;
}

void PgImport::abandonCopy()
{
    if (!m_copying)
        return;
    m_copying = false;
    m_buffer.clear();
    QString ignored;
    m_connection.endCopy("the import stopped", &ignored);
}

bool PgImport::write(const RowBatch& batch, const std::vector<int>& rows, QString* error)
{
    if (!m_copying && !startCopy(error))
        return false;
    const size_t columns = size_t(batch.columns);
    for (const int row : rows) {
        const BatchValue* values = batch.values.data() + size_t(row) * columns;
        for (size_t c = 0; c < columns; ++c) {
            if (c > 0)
                m_buffer += '\t';
            appendValue(m_buffer, batch, values[c]);
        }
        m_buffer += '\n';
        if (m_buffer.size() >= s_flushBytes) {
            QString message;
            if (!m_connection.putCopyData(m_buffer.data(), qsizetype(m_buffer.size()), &message))
                return refused(error, message);
            m_buffer.clear();
        }
    }
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
    if (!PgWorkspaceCopy::moveStaged(m_connection, m_table, m_columns, m_copyInto, &message))
        return refused(error, message);
    return true;
}

} // namespace swb
