#include "model/filter/columnstorefile.h"

#include "model/filter/binaryfile.h"
#include "model/filter/columnstore.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <type_traits>

namespace swb {

namespace {

using binaryfile::Reader;
using binaryfile::Writer;

constexpr char s_magic[8] = {'S', 'W', 'B', 'C', 'O', 'L', 'S', '\0'};
constexpr char s_end[8] = {'S', 'W', 'B', 'E', 'N', 'D', '\0', '\0'};
constexpr quint32 s_format = 2; // 2: the workspace path in the header
constexpr quint32 s_byteOrder = 0x01020304; // written natively: a file of another byte order does not match

bool validStorage(quint8 storage)
{
    return storage <= quint8(ColumnStore::Storage::Irregular);
}

bool ascending(const std::vector<qint64>& values)
{
    return std::adjacent_find(values.begin(), values.end(), std::greater_equal<>()) == values.end();
}

// Dictionary offsets start at 0, never decrease and end at the byte count; codes are ranks or size() for NULL.
bool consistentText(const std::vector<char>& bytes, const std::vector<quint64>& offsets,
                    const std::vector<quint32>& codes)
{
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != bytes.size()
        || offsets.size() - 1 > std::numeric_limits<quint32>::max())
        return false;
    if (std::adjacent_find(offsets.begin(), offsets.end(), std::greater<>()) != offsets.end())
        return false;
    const auto nullCode = quint32(offsets.size() - 1);
    return std::all_of(codes.begin(), codes.end(), [nullCode](quint32 code) { return code <= nullCode; });
}

// The magic, format and byte order this build writes.
bool readsHeader(Reader& in)
{
    char magic[sizeof s_magic];
    return in.raw(magic, sizeof magic) && std::memcmp(magic, s_magic, sizeof magic) == 0
        && in.value<quint32>() == s_format && in.value<quint32>() == s_byteOrder;
}

// The rest of a column after its name and type, as write() lays it out, passed over.
bool skipColumn(Reader& in)
{
    in.value<quint8>(); // storage
    in.bytes(); // irregular reason
    in.value<qint64>(); // valid size
    return in.skipArray<quint64>() && in.skipArray<qint64>() && in.skipArray<double>() && in.skipArray<quint32>()
        && in.skipArray<char>() && in.skipArray<quint64>();
}

} // namespace

bool ColumnStoreFile::write(const ColumnStore& store, const QByteArray& key, const QString& workspacePath,
                            const QString& path, QString* error, const std::function<bool()>& cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The copy holds the customers' personal data: for the owner's eyes only, like the workspace should be.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Writer out(&file);
    out.raw(s_magic, sizeof s_magic);
    out.value(s_format);
    out.value(s_byteOrder);
    out.bytes(workspacePath.toUtf8());
    out.bytes(key);
    out.bytes(store.m_keyField.toUtf8());
    out.bytes(store.m_rowIdName.toUtf8());
    out.value<qint64>(store.m_rowCount);
    out.array(store.m_rowIds);
    out.value<quint64>(store.m_columns.size());
    for (const ColumnStore::Column& column : store.m_columns) {
        if (cancel && cancel()) {
            file.cancelWriting(); // nothing is left under `path`
            if (error)
                *error = tr("Cancelled: no copy was kept.");
            return false;
        }
        out.bytes(column.field.name.toUtf8());
        out.value<quint8>(quint8(column.field.type));
        out.value<quint8>(quint8(column.storage));
        out.bytes(column.irregularReason.toUtf8());
        out.value<qint64>(column.valid.size());
        out.value<quint64>(quint64(column.valid.wordCount()));
        out.raw(column.valid.words(), column.valid.wordCount() * qint64(sizeof(quint64)));
        out.array(column.integers);
        out.array(column.reals);
        out.array(column.codes);
        out.array(column.dictionary.m_bytes);
        out.array(column.dictionary.m_offsets);
    }
    out.raw(s_end, sizeof s_end);
    if (!out.ok() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> ColumnStoreFile::workspaceOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Reader in(&file);
    if (!readsHeader(in))
        return std::nullopt;
    const QByteArray workspace = in.bytes();
    if (!in.ok() || workspace.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(workspace);
}

std::unique_ptr<ColumnStore> ColumnStoreFile::read(const QString& path, const QByteArray& key,
                                                   const QList<FieldInfo>& fields, const QString& keyField,
                                                   QString* error, const QStringList* onlyColumns)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<ColumnStore>();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString damaged = tr("%1 is not a complete column store of this workspace.").arg(path);
    Reader in(&file);
    if (!readsHeader(in))
        return fail(damaged);
    in.bytes(); // the workspace path: the caller chose the file by it
    if (in.bytes() != key)
        return fail(tr("%1 holds an older state of the customers.").arg(path));
    if (QString::fromUtf8(in.bytes()) != keyField)
        return fail(damaged);

    std::unique_ptr<ColumnStore> store(new ColumnStore);
    store->m_fields = fields;
    store->m_keyField = keyField;
    store->m_rowIdName = QString::fromUtf8(in.bytes());
    store->m_rowCount = in.value<qint64>();
    store->m_rowIds = in.array<qint64>();
    const qint64 rows = store->m_rowCount;
    if (!in.ok() || rows < 0 || store->m_rowIds.size() != size_t(rows) || !ascending(store->m_rowIds)
        || in.value<quint64>() != quint64(fields.size()))
        return fail(damaged);

    if (onlyColumns)
        store->m_fields.clear();
    store->m_columns.reserve(size_t(fields.size()));
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (QString::fromUtf8(in.bytes()) != fields.at(i).name || in.value<quint8>() != quint8(fields.at(i).type))
            return fail(damaged);
        if (onlyColumns && !onlyColumns->contains(fields.at(i).name)) {
            if (!skipColumn(in))
                return fail(damaged);
            continue;
        }
        if (onlyColumns)
            store->m_fields.append(fields.at(i));
        ColumnStore::Column& column = store->m_columns.emplace_back();
        column.field = fields.at(i);
        const auto storage = in.value<quint8>();
        if (!validStorage(storage))
            return fail(damaged);
        column.storage = ColumnStore::Storage(storage);
        column.irregularReason = QString::fromUtf8(in.bytes());
        const auto validSize = in.value<qint64>();
        std::vector<quint64> words = in.array<quint64>();
        // An irregular column holds nothing: SQLite answers its rules.
        const qint64 validRows = column.storage == ColumnStore::Storage::Irregular ? 0 : rows;
        if (!in.ok() || validSize != validRows || words.size() != size_t((validRows + 63) / 64))
            return fail(damaged);
        column.valid = Bitset::fromWords(std::move(words), validRows);
        column.integers = in.array<qint64>();
        column.reals = in.array<double>();
        column.codes = in.array<quint32>();
        column.dictionary.m_bytes = in.array<char>();
        column.dictionary.m_offsets = in.array<quint64>();
        if (!in.ok())
            return fail(damaged);
        const auto expected = [&](ColumnStore::Storage s) {
            return column.storage == s ? size_t(rows) : 0;
        };
        if (column.integers.size() != expected(ColumnStore::Storage::Integer)
            || column.reals.size() != expected(ColumnStore::Storage::Real)
            || column.codes.size() != expected(ColumnStore::Storage::Text))
            return fail(damaged);
        if (column.storage == ColumnStore::Storage::Text
                ? !consistentText(column.dictionary.m_bytes, column.dictionary.m_offsets, column.codes)
                : column.dictionary.m_offsets != std::vector<quint64>{0} || !column.dictionary.m_bytes.empty())
            return fail(damaged);
    }
    char end[sizeof s_end];
    if (!in.raw(end, sizeof end) || std::memcmp(end, s_end, sizeof end) != 0 || !in.atEnd())
        return fail(damaged);
    store->m_version = ColumnStore::nextVersion();
    return store;
}

} // namespace swb
