#include "model/filter/columnstore.h"

#include "model/database.h"
#include "model/fieldcatalog.h"

#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace swb {

namespace {

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

} // namespace

const ColumnStore::Column* ColumnStore::column(const QString& name) const
{
    for (const Column& column : m_columns) {
        if (column.field.name == name)
            return &column;
    }
    return nullptr;
}

std::optional<QDate> ColumnStore::dataAsOfDate() const
{
    const auto last = FieldCatalog::findByRole(m_fields, FieldRole::LastPurchaseDate);
    const Column* dates = last ? column(last->name) : nullptr;
    if (!dates || dates->storage != Storage::Text)
        return std::nullopt;
    QDate latest;
    if (dates->dictionary.size() > 0) {
        const std::string_view text = dates->dictionary.at(dates->dictionary.size() - 1);
        latest = QDate::fromString(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(10, text.size()))),
                                   Qt::ISODate);
    }
    return latest.isValid() ? latest.addDays(1) : QDate::currentDate();
}

std::optional<qint64> ColumnStore::rowOfRowId(qint64 rowid) const
{
    if (!m_rowIdsAscending) {
        const auto it = std::find(m_rowIds.begin(), m_rowIds.end(), rowid);
        return it == m_rowIds.end() ? std::nullopt : std::optional<qint64>(qint64(it - m_rowIds.begin()));
    }
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
    auto bytes = qint64(m_rowIds.capacity()) * qint64(sizeof(qint64));
    for (const Column& column : m_columns) {
        bytes += column.valid.wordCount() * 8;
        bytes += qint64(column.integers.capacity() * sizeof(qint64) + column.reals.capacity() * sizeof(double)
                        + column.codes.capacity() * sizeof(quint32));
        bytes += column.dictionary.byteCount() + (column.dictionary.size() + 1) * 8;
    }
    return bytes;
}

} // namespace swb

namespace swb {

std::unique_ptr<ColumnStore> ColumnStore::reordered(const std::vector<qint32>& rows) const
{
    std::unique_ptr<ColumnStore> copy(new ColumnStore);
    copy->m_fields = m_fields;
    copy->m_keyField = m_keyField;
    copy->m_rowIdName = m_rowIdName;
    copy->m_rowCount = qint64(rows.size());
    copy->m_version = nextVersion();
    copy->m_rowIdsAscending = false;
    copy->m_rowIds.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        copy->m_rowIds[i] = m_rowIds[size_t(rows[i])];
    copy->m_columns.resize(m_columns.size());
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const Column& from = m_columns[c];
        Column& to = copy->m_columns[c];
        to.field = from.field;
        to.storage = from.storage;
        to.dictionary = from.dictionary;
        to.irregularReason = from.irregularReason;
        to.valid = Bitset(copy->m_rowCount);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (from.valid.test(rows[i]))
                to.valid.set(qint64(i));
        }
        const auto permute = [&](const auto& values, auto& out) {
            if (values.empty())
                return;
            out.resize(rows.size());
            for (size_t i = 0; i < rows.size(); ++i)
                out[i] = values[size_t(rows[i])];
        };
        permute(from.integers, to.integers);
        permute(from.reals, to.reals);
        permute(from.codes, to.codes);
    }
    return copy;
}

} // namespace swb
