#include "model/filter/columnstore.h"

#include "model/database.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace swb {

namespace {

constexpr quint32 s_pendingNull = 0xFFFFFFFFU;
constexpr qint64 s_exactDoubleLimit = qint64(1) << 53;
std::atomic<quint64> s_nextVersion { 1 };

// One column while rows stream in.
struct ColumnLoader
{
    ColumnStore::Column* column = nullptr;
    TextDictionary::Builder builder;
    std::vector<quint64> validWords;
    quint64 validWord = 0;

    void markIrregular(const QString& reason)
    {
        column->storage = ColumnStore::Storage::Irregular;
        column->irregularReason = reason;
        column->integers = {};
        column->reals = {};
        column->codes = {};
        builder = TextDictionary::Builder();
        validWords = {};
    }

    void switchToReal()
    {
        for (const qint64 value : column->integers) {
            if (value > s_exactDoubleLimit || value < -s_exactDoubleLimit) {
                markIrregular(ColumnStore::tr("whole numbers beyond 2^53 are mixed with decimals"));
                return;
            }
        }
        column->reals.assign(column->integers.begin(), column->integers.end());
        column->integers = {};
        column->storage = ColumnStore::Storage::Real;
    }

    void read(sqlite3_stmt* stmt, int index, qint64 row)
    {
        if (column->storage == ColumnStore::Storage::Irregular)
            return;
        const int type = sqlite3_column_type(stmt, index);
        const bool isNull = type == SQLITE_NULL;
        if (!isNull)
            validWord |= quint64(1) << (row & 63);
        if ((row & 63) == 63) {
            validWords.push_back(validWord);
            validWord = 0;
        }
        switch (column->storage) {
        case ColumnStore::Storage::Integer:
            if (isNull) {
                column->integers.push_back(0);
            } else if (type == SQLITE_INTEGER) {
                column->integers.push_back(sqlite3_column_int64(stmt, index));
            } else if (type == SQLITE_FLOAT) {
                switchToReal();
                if (column->storage == ColumnStore::Storage::Real)
                    column->reals.push_back(sqlite3_column_double(stmt, index));
            } else {
                markIrregular(ColumnStore::tr("a number column holds text or binary values"));
            }
            break;
        case ColumnStore::Storage::Real:
            if (isNull) {
                column->reals.push_back(0.0);
            } else if (type == SQLITE_FLOAT) {
                column->reals.push_back(sqlite3_column_double(stmt, index));
            } else if (type == SQLITE_INTEGER) {
                const qint64 value = sqlite3_column_int64(stmt, index);
                if (value > s_exactDoubleLimit || value < -s_exactDoubleLimit)
                    markIrregular(ColumnStore::tr("whole numbers beyond 2^53 are mixed with decimals"));
                else
                    column->reals.push_back(double(value));
            } else {
                markIrregular(ColumnStore::tr("a number column holds text or binary values"));
            }
            break;
        case ColumnStore::Storage::Text:
            if (isNull) {
                column->codes.push_back(s_pendingNull);
            } else if (type == SQLITE_TEXT) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
                column->codes.push_back(builder.add(text, sqlite3_column_bytes(stmt, index)));
            } else {
                markIrregular(ColumnStore::tr("a text column holds numbers or binary values"));
            }
            break;
        case ColumnStore::Storage::Irregular:
            break;
        }
    }

    void finish(qint64 rows)
    {
        if (column->storage == ColumnStore::Storage::Irregular)
            return;
        if (rows & 63)
            validWords.push_back(validWord);
        column->valid = Bitset::fromWords(std::move(validWords), rows);
        if (column->storage == ColumnStore::Storage::Text)
            column->dictionary = builder.finish(column->codes, s_pendingNull);
    }
};

ColumnStore::Storage initialStorage(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return ColumnStore::Storage::Integer;
    case FieldType::Real:
        return ColumnStore::Storage::Real;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::DateTime:
        break;
    }
    return ColumnStore::Storage::Text;
}

// SQLite's INTEGER affinity applied to a member key, as `key IN (SELECT customer_key …)` does.
std::optional<qint64> asIntegerKey(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.2e18)
            return qint64(d);
        return std::nullopt;
    }
    case QMetaType::QString: {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (ok)
            return i;
        const double d = text.toDouble(&ok);
        if (ok && std::floor(d) == d && std::fabs(d) < 9.2e18)
            return qint64(d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// SQLite's TEXT affinity applied to a member key.
std::optional<QByteArray> asTextKey(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().toUtf8();
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double: {
        char buffer[64];
        sqlite3_snprintf(sizeof buffer, buffer, "%!.15g", value.toDouble());
        return QByteArray(buffer);
    }
    default:
        return std::nullopt;
    }
}

QString freeRowIdName(const QList<FieldInfo>& fields)
{
    for (const char* candidate : { "rowid", "_rowid_", "oid" }) {
        const QString name = QString::fromLatin1(candidate);
        if (std::none_of(fields.begin(), fields.end(),
                         [&](const FieldInfo& f) { return f.name.compare(name, Qt::CaseInsensitive) == 0; }))
            return name;
    }
    return {};
}

} // namespace

std::unique_ptr<ColumnStore> ColumnStore::load(Database& db, const QList<FieldInfo>& fields, const QString& keyField,
                                               QString* error, const Cancel& cancel, const Progress& progress)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<ColumnStore>();
    };
    const QString rowIdName = freeRowIdName(fields);
    if (rowIdName.isEmpty())
        return fail(tr("The customers table has columns named rowid, _rowid_ and oid, so its rows cannot be "
                       "told apart. Rename one of these columns."));

    std::unique_ptr<ColumnStore> store(new ColumnStore);
    store->m_fields = fields;
    store->m_keyField = keyField;
    store->m_rowIdName = rowIdName;
    store->m_columns.resize(size_t(fields.size()));

    const qint64 estimate = std::clamp<qint64>(
        db.scalar(QStringLiteral("SELECT max(%1) FROM \"customers\"").arg(rowIdName)).toLongLong(), 0, 100000000);
    QStringList columns { rowIdName };
    std::vector<ColumnLoader> loaders(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        Column& column = store->m_columns[size_t(i)];
        column.field = fields.at(i);
        column.storage = initialStorage(column.field.type);
        if (column.storage == Storage::Text)
            column.codes.reserve(size_t(estimate));
        else if (column.storage == Storage::Integer)
            column.integers.reserve(size_t(estimate));
        else
            column.reals.reserve(size_t(estimate));
        loaders[size_t(i)].column = &column;
        columns << quoteIdentifier(column.field.name);
    }
    store->m_rowIds.reserve(size_t(estimate));

    QString prepareError;
    Statement statement = db.prepare(
        QStringLiteral("SELECT %1 FROM \"customers\" ORDER BY %2").arg(columns.join(QStringLiteral(", ")), rowIdName),
        &prepareError);
    if (!statement.isValid())
        return fail(tr("Cannot read the customers: %1").arg(prepareError));
    sqlite3_stmt* stmt = statement.handle();
    qint64 row = 0;
    const int columnCount = int(fields.size());
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return fail(tr("Cannot read the customers: %1").arg(statement.errorMessage()));
        store->m_rowIds.push_back(sqlite3_column_int64(stmt, 0));
        for (int i = 0; i < columnCount; ++i)
            loaders[size_t(i)].read(stmt, i + 1, row);
        ++row;
        if ((row & 16383) == 0) {
            if (cancel && cancel())
                return fail(tr("Loading was canceled."));
            if (progress)
                progress(row, std::max(row, estimate));
        }
    }
    store->m_rowCount = row;

    // Sorting the dictionaries is the expensive part of finishing: give half of the columns to a second thread.
    auto finishRange = [&loaders, row](size_t begin, size_t step) {
        for (size_t i = begin; i < loaders.size(); i += step)
            loaders[i].finish(row);
    };
    {
        std::thread helper(finishRange, 1, 2);
        finishRange(0, 2);
        helper.join();
    }
    if (cancel && cancel())
        return fail(tr("Loading was canceled."));
    if (progress)
        progress(row, row);
    store->m_version = s_nextVersion.fetch_add(1);
    return store;
}

const ColumnStore::Column* ColumnStore::column(const QString& name) const
{
    for (const Column& column : m_columns) {
        if (column.field.name == name)
            return &column;
    }
    return nullptr;
}

std::optional<qint64> ColumnStore::rowOfRowId(qint64 rowid) const
{
    const auto it = std::lower_bound(m_rowIds.begin(), m_rowIds.end(), rowid);
    if (it == m_rowIds.end() || *it != rowid)
        return std::nullopt;
    return qint64(it - m_rowIds.begin());
}

const std::vector<std::pair<qint64, qint64>>& ColumnStore::integerKeyIndex() const
{
    std::call_once(m_keyIndexOnce, [this] {
        const Column* key = column(m_keyField);
        if (!key || key->storage != Storage::Integer)
            return;
        m_keyIndex.reserve(size_t(m_rowCount));
        for (qint64 row = 0; row < m_rowCount; ++row) {
            if (key->valid.test(row))
                m_keyIndex.emplace_back(key->integers[size_t(row)], row);
        }
        std::sort(m_keyIndex.begin(), m_keyIndex.end());
    });
    return m_keyIndex;
}

std::optional<Bitset> ColumnStore::rowsWithKeys(const QList<QVariant>& keys) const
{
    Bitset rows(m_rowCount);
    if (m_keyField.isEmpty()) {
        for (const QVariant& key : keys) {
            if (const auto rowid = asIntegerKey(key)) {
                if (const auto row = rowOfRowId(*rowid))
                    rows.set(*row);
            }
        }
        return rows;
    }
    const Column* key = column(m_keyField);
    if (!key)
        return std::nullopt;
    if (key->storage == Storage::Integer) {
        const auto& index = integerKeyIndex();
        for (const QVariant& member : keys) {
            const auto value = asIntegerKey(member);
            if (!value)
                continue;
            auto it = std::lower_bound(index.begin(), index.end(), std::pair<qint64, qint64>(*value, -1));
            for (; it != index.end() && it->first == *value; ++it)
                rows.set(it->second);
        }
        return rows;
    }
    if (key->storage == Storage::Text) {
        std::vector<quint8> wanted(size_t(key->dictionary.size()) + 1, 0);
        for (const QVariant& member : keys) {
            const auto text = asTextKey(member);
            if (!text)
                continue;
            if (const auto code = key->dictionary.find(std::string_view(text->constData(), size_t(text->size()))))
                wanted[size_t(*code)] = 1;
        }
        const quint32* codes = key->codes.data();
        return Bitset::fromPredicate(m_rowCount, [&](qint64 row) { return wanted[codes[row]] != 0; });
    }
    return std::nullopt;
}

qint64 ColumnStore::memoryBytes() const
{
    qint64 bytes = qint64(m_rowIds.capacity() * sizeof(qint64));
    for (const Column& column : m_columns) {
        bytes += column.valid.wordCount() * 8;
        bytes += qint64(column.integers.capacity() * sizeof(qint64) + column.reals.capacity() * sizeof(double)
                        + column.codes.capacity() * sizeof(quint32));
        bytes += column.dictionary.byteCount() + (column.dictionary.size() + 1) * 8;
    }
    return bytes;
}

} // namespace swb
