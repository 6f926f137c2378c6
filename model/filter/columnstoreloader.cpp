// ColumnStore::load: reads `customers` (or another table) through the SQLite C API into typed arrays and dictionaries.
//
// Two threads read the two halves of the rowid range over their own read-only connections (one SELECT over all
// columns each), then build the columns (the text dictionaries are the expensive part) from a shared queue.
// SWB_LOAD_PROFILE=1 prints the time of both phases on stderr.
#include "model/filter/columnstore.h"

#include "model/database.h"
#include "model/filter/partcolumn.h"
#include "model/filter/textinterner.h"

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace swb {

namespace {

constexpr qint64 s_parallelThreshold = 20000; // fewer rows are read by one thread
std::atomic<quint64> s_nextVersion{1};

// The rows of one rowid range.
struct Part
{
    std::vector<qint64> rowIds;
    std::vector<PartColumn> columns;
    QString error;
};

QString freeRowIdName(const QList<FieldInfo>& fields)
{
    for (const char* candidate : {"rowid", "_rowid_", "oid"}) {
        QString name = QString::fromLatin1(candidate);
        if (std::none_of(fields.begin(), fields.end(),
                         [&](const FieldInfo& f) { return f.name.compare(name, Qt::CaseInsensitive) == 0; }))
            return name;
    }
    return {};
}

// Reads rows `where` (a condition on the rowid, or empty) into `part`. Stops early when `stop` becomes true.
void readPart(Database& db, const QString& selectHead, const QString& selectTail, const QString& where, qint64 bound,
              qint64 expectedRows, const QList<FieldInfo>& fields, std::atomic<qint64>& rowsRead,
              const std::atomic<bool>& stop, Part* part)
{
    part->columns.resize(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        PartColumn& column = part->columns[size_t(i)];
        column.storage = initialStorage(fields.at(i).type);
        column.expectedRows = size_t(expectedRows);
        column.valid.reserve(size_t(expectedRows));
        if (column.storage == ColumnStore::Storage::Text)
            column.codes.reserve(size_t(expectedRows));
        else if (column.storage == ColumnStore::Storage::Integer)
            column.integers.reserve(size_t(expectedRows));
        else
            column.reals.reserve(size_t(expectedRows));
    }
    part->rowIds.reserve(size_t(expectedRows));
    QString error;
    Statement statement = db.prepare(selectHead + where + selectTail, &error);
    if (!statement.isValid()) {
        part->error = error;
        return;
    }
    if (!where.isEmpty())
        statement.bind(1, bound);
    sqlite3_stmt* stmt = statement.handle();
    const int columnCount = int(fields.size());
    qint64 rows = 0;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            part->error = statement.errorMessage();
            return;
        }
        part->rowIds.push_back(sqlite3_column_int64(stmt, 0));
        for (int i = 0; i < columnCount; ++i)
            part->columns[size_t(i)].read(sqlite3_column_value(stmt, i + 1));
        if ((++rows & 8191) == 0) {
            rowsRead += 8192;
            if (stop)
                return;
        }
    }
}

// Joins the parts of one column and builds its final form.
void finishColumn(std::vector<Part>& parts, size_t index, qint64 rows, ColumnStore::Column* column)
{
    column->storage = initialStorage(column->field.type);
    for (Part& part : parts) {
        const PartColumn& piece = part.columns[index];
        if (piece.storage == ColumnStore::Storage::Irregular) {
            column->storage = ColumnStore::Storage::Irregular;
            column->irregularReason = piece.irregularReason;
        } else if (piece.storage == ColumnStore::Storage::Real && column->storage == ColumnStore::Storage::Integer) {
            column->storage = ColumnStore::Storage::Real;
        }
    }
    if (column->storage == ColumnStore::Storage::Real) {
        for (Part& part : parts) {
            PartColumn& piece = part.columns[index];
            if (piece.storage == ColumnStore::Storage::Integer && !piece.switchToReal()) {
                column->storage = ColumnStore::Storage::Irregular;
                column->irregularReason = piece.irregularReason;
            }
        }
    }
    if (column->storage == ColumnStore::Storage::Irregular) {
        for (Part& part : parts)
            part.columns[index] = PartColumn();
        return;
    }

    std::vector<const quint8*> validBytes;
    std::vector<qint64> starts;
    qint64 start = 0;
    for (const Part& part : parts) {
        validBytes.push_back(part.columns[index].valid.data());
        starts.push_back(start);
        start += qint64(part.rowIds.size());
    }
    size_t piece = 0;
    column->valid = Bitset::fromPredicate(rows, [&](qint64 row) {
        while (piece + 1 < starts.size() && row >= starts[piece + 1])
            ++piece;
        return validBytes[piece][row - starts[piece]] != 0;
    });

    switch (column->storage) {
    case ColumnStore::Storage::Integer:
        column->integers.reserve(size_t(rows));
        for (Part& part : parts)
            column->integers.insert(column->integers.end(), part.columns[index].integers.begin(),
                                    part.columns[index].integers.end());
        break;
    case ColumnStore::Storage::Real:
        column->reals.reserve(size_t(rows));
        for (Part& part : parts)
            column->reals.insert(column->reals.end(), part.columns[index].reals.begin(),
                                 part.columns[index].reals.end());
        break;
    case ColumnStore::Storage::Text: {
        const bool allInterned = std::all_of(parts.begin(), parts.end(), [index](const Part& part) {
            return part.columns[index].textMode == PartColumn::TextMode::Interned;
        });
        if (allInterned) {
            // Join the parts' distinct texts, then translate each part's ids.
            TextInterner joined;
            column->codes.reserve(size_t(rows));
            for (Part& part : parts) {
                PartColumn& piece = part.columns[index];
                std::vector<quint32> toJoined(piece.interner.size());
                for (quint32 id = 0; id < piece.interner.size(); ++id)
                    toJoined[id] = joined.add(piece.interner.text(id));
                for (const quint32 code : piece.codes)
                    column->codes.push_back(code == TextInterner::none ? code : toJoined[code]);
                piece.codes = {};
            }
            std::vector<std::string_view> distinct(joined.size());
            for (quint32 id = 0; id < joined.size(); ++id)
                distinct[id] = joined.text(id);
            column->dictionary = TextDictionary::fromDistinct(distinct, &column->codes);
            break;
        }
        TextDictionary::RawTexts texts;
        for (Part& part : parts) {
            PartColumn& piece = part.columns[index];
            if (piece.textMode == PartColumn::TextMode::Interned)
                piece.internedToRaw();
            texts.chunks.push_back({piece.rawBytes.data(), piece.rawEnds.data(), qint64(piece.rawEnds.size())});
        }
        column->dictionary = TextDictionary::build(texts, column->valid, &column->codes);
        break;
    }
    case ColumnStore::Storage::Irregular:
        break;
    }
    for (Part& part : parts)
        part.columns[index] = PartColumn();
}

} // namespace

quint64 ColumnStore::nextVersion()
{
    return s_nextVersion.fetch_add(1);
}

std::unique_ptr<ColumnStore> ColumnStore::load(Database& db, const QList<FieldInfo>& fields, const QString& keyField,
                                               QString* error, const Cancel& cancel, const Progress& progress)
{
    return loadTable(db, QStringLiteral("customers"), fields, keyField, error, cancel, progress);
}

std::unique_ptr<ColumnStore> ColumnStore::loadTable(Database& db, const QString& table, const QList<FieldInfo>& fields,
                                                    const QString& keyField, QString* error, const Cancel& cancel,
                                                    const Progress& progress)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<ColumnStore>();
    };
    const bool customers = table == QLatin1String("customers");
    const auto cannotRead = [&](const QString& detail) {
        return customers ? tr("Cannot read the customers: %1").arg(detail)
                         : tr("Cannot read the table %1: %2").arg(table, detail);
    };
    const QString rowIdName = freeRowIdName(fields);
    if (rowIdName.isEmpty())
        return fail(tr("The %1 table has columns named rowid, _rowid_ and oid, so its rows cannot be told "
                       "apart. Rename one of these columns.")
                        .arg(table));

    std::unique_ptr<ColumnStore> store(new ColumnStore);
    store->m_fields = fields;
    store->m_keyField = keyField;
    store->m_rowIdName = rowIdName;
    store->m_columns.resize(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i)
        store->m_columns[size_t(i)].field = fields.at(i);

    QElapsedTimer phase;
    phase.start();
    QStringList columns{rowIdName};
    for (const FieldInfo& field : fields)
        columns << quoteIdentifier(field.name);
    // Joined, not substituted: a column name may hold "%1" (another program may have added it), and a second arg()
    // would rewrite it.
    const QString selectHead = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + quoteIdentifier(table) + QLatin1Char(' ');
    const QString selectTail = QStringLiteral(" ORDER BY ") + rowIdName;

    QString rangeError;
    Statement range = db.prepare(
        QStringLiteral("SELECT min(%1), max(%1) FROM ").arg(rowIdName) + quoteIdentifier(table), &rangeError);
    if (!range.isValid() || !range.next())
        return fail(cannotRead(rangeError.isEmpty() ? range.errorMessage() : rangeError));
    const qint64 lowest = range.toInt64(0);
    const qint64 highest = range.toInt64(1);
    const qint64 estimate = range.isNull(0) ? 0 : std::clamp<qint64>(highest - lowest + 1, 0, 100000000);
    range = Statement();

    // Each half on its own read-only connection, memory-mapped to spare SQLite the copies of read().
    std::vector<Part> parts;
    std::atomic<qint64> rowsRead{0};
    std::atomic<bool> stop{false};
    const bool parallel
        = estimate >= s_parallelThreshold && !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
    if (parallel) {
        parts.resize(2);
        const qint64 middle = lowest + (highest - lowest) / 2;
        std::vector<std::optional<Database>> connections(2);
        for (auto& connection : connections) {
            QString openError;
            connection = Database::open(db.path(), Database::Mode::ReadOnly, &openError);
            if (!connection)
                return fail(cannotRead(openError));
            connection->exec("PRAGMA mmap_size = 1073741824");
        }
        // The calling thread only relays progress and cancellation: the callbacks are called from it alone.
        std::mutex mutex;
        std::condition_variable finished;
        int done = 0;
        auto readHalf = [&](int half) {
            const QString where = half == 0 ? QStringLiteral("WHERE %1 <= ?") : QStringLiteral("WHERE %1 > ?");
            readPart(*connections[size_t(half)], selectHead, selectTail, where.arg(rowIdName), middle, estimate / 2,
                     fields, rowsRead, stop, &parts[size_t(half)]);
            const std::lock_guard lock(mutex);
            ++done;
            finished.notify_one();
        };
        std::thread first(readHalf, 0);
        std::thread second(readHalf, 1);
        {
            std::unique_lock lock(mutex);
            while (done < 2) {
                finished.wait_for(lock, std::chrono::milliseconds(50));
                if (cancel && cancel())
                    stop = true;
                if (progress)
                    progress(std::min<qint64>(rowsRead, estimate), estimate);
            }
        }
        first.join();
        second.join();
    } else {
        parts.resize(1);
        readPart(db, selectHead, selectTail, QString(), 0, estimate, fields, rowsRead, stop, &parts[0]);
    }
    for (const Part& part : parts) {
        if (!part.error.isEmpty())
            return fail(cannotRead(part.error));
    }
    if (stop || (cancel && cancel()))
        return fail(tr("Loading was canceled."));

    const double readMs = double(phase.nsecsElapsed()) / 1e6;
    qint64 rows = 0;
    for (const Part& part : parts) {
        store->m_rowIds.insert(store->m_rowIds.end(), part.rowIds.begin(), part.rowIds.end());
        rows += qint64(part.rowIds.size());
    }
    store->m_rowCount = rows;

    // The biggest texts first, so that the two threads end together.
    std::vector<size_t> order(size_t(fields.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto weight = [&](size_t i) {
        size_t bytes = 0;
        for (const Part& part : parts)
            bytes
                += part.columns[i].rawBytes.size() + part.columns[i].rawEnds.size() * 8 + part.columns[i].codes.size();
        return bytes;
    };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return weight(a) > weight(b); });
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t i = next++; i < order.size(); i = next++)
            finishColumn(parts, order[i], rows, &store->m_columns[order[i]]);
    };
    {
        std::thread helper(work);
        work();
        helper.join();
    }
    if (cancel && cancel())
        return fail(tr("Loading was canceled."));
    if (qEnvironmentVariableIsSet("SWB_LOAD_PROFILE"))
        std::fprintf(stderr, "column store: read %.0f ms, build %.0f ms\n", readMs,
                     double(phase.nsecsElapsed()) / 1e6 - readMs);
    if (progress)
        progress(rows, rows);
    store->m_version = nextVersion();
    return store;
}

} // namespace swb
