#include "model/analytics/orderlinescache.h"

#include "model/customerchanges.h"
#include "model/database.h"
#include "model/filter/binaryfile.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace swb {

namespace {

constexpr char s_magic[8] = {'S', 'W', 'B', 'L', 'I', 'N', 'E', '\0'};
constexpr char s_end[8] = {'S', 'W', 'B', 'E', 'N', 'D', '\0', '\0'};
constexpr quint32 s_format = 1;
constexpr quint32 s_byteOrder = 0x01020304; // written natively: a file of another byte order does not match
const QString s_suffix = QStringLiteral(".swblines");

QString canonicalPath(const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

QByteArray currentKey(Database& db, const ColumnStore& store)
{
    const QString version = customerchanges::ensureVersion(db);
    if (version.isEmpty())
        return {};
    const QString schema = db.scalar(QStringLiteral("PRAGMA schema_version")).toString();
    const QString orders = db.scalar(QStringLiteral("SELECT max(rowid) FROM orders")).toString();
    return QStringLiteral("customers %1 schema %2 orders %3 rows %4")
        .arg(version, schema, orders)
        .arg(store.rowCount())
        .toUtf8();
}

// Every index in range and the days ascending: a damaged file is refused, not trusted.
bool consistent(const OrderLines& lines)
{
    const size_t n = lines.days.size();
    if (lines.rows.size() != n || lines.units.size() != n || lines.flags.size() != n
        || lines.orders.size() != (lines.hasOrderIds ? n : 0))
        return false;
    for (size_t i = 0; i < n; ++i) {
        if (lines.rows[i] >= quint64(lines.storeRows) || lines.flags[i] > 3 || lines.days[i] <= 0
            || (i > 0 && lines.days[i] < lines.days[i - 1])
            || (lines.hasOrderIds && lines.orders[i] >= lines.orderCount))
            return false;
    }
    return true;
}

} // namespace

OrderLinesCache::Options OrderLinesCache::defaultOptions()
{
    Options options;
    options.directory = ColumnStoreCache::defaultOptions().directory;
    return options;
}

OrderLinesCache::OrderLinesCache(Options options)
    : m_options(std::move(options))
{ }

QString OrderLinesCache::filePath(const QString& workspacePath) const
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalPath(workspacePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_options.directory + QLatin1Char('/') + QString::fromLatin1(hash) + s_suffix;
}

std::optional<OrderLines> OrderLinesCache::load(Database& db, const ColumnStore& store, QString* error, bool* fromCopy,
                                                const CancelCheck& cancel, const ProgressCallback& progress) const
{
    if (fromCopy)
        *fromCopy = false;
    const bool onFile
        = !m_options.directory.isEmpty() && !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
    const QByteArray key = onFile ? currentKey(db, store) : QByteArray();
    const QString path = onFile ? filePath(db.path()) : QString();
    if (!key.isEmpty() && QFile::exists(path)) {
        if (auto lines = read(path, key, store)) {
            QFile file(path);
            if (file.open(QIODevice::ReadWrite))
                file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
            if (fromCopy)
                *fromCopy = true;
            if (progress)
                progress(100);
            return lines;
        }
    }
    auto lines = OrderLines::load(db, store, error, cancel, progress);
    // Saved only when nothing changed while the lines were read.
    if (lines && !key.isEmpty() && lines->size() >= m_options.minimumLines && currentKey(db, store) == key
        && QDir().mkpath(m_options.directory)) {
        write(path, key, canonicalPath(db.path()), *lines);
        prune();
    }
    return lines;
}

std::optional<OrderLines> OrderLinesCache::read(const QString& path, const QByteArray& key,
                                                const ColumnStore& store) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    binaryfile::Reader in(&file);
    char magic[8] = {};
    in.raw(magic, sizeof magic);
    if (!in.ok() || std::memcmp(magic, s_magic, sizeof magic) != 0 || in.value<quint32>() != s_format
        || in.value<quint32>() != s_byteOrder || in.bytes() != key)
        return std::nullopt;
    in.bytes(); // the workspace path
    OrderLines lines;
    lines.hasOrderIds = in.value<quint8>() != 0;
    lines.orderCount = in.value<quint32>();
    lines.undatedLines = in.value<qint64>();
    lines.unmatchedLines = in.value<qint64>();
    lines.storeRows = in.value<qint64>();
    lines.days = in.array<qint32>();
    lines.rows = in.array<quint32>();
    lines.orders = in.array<quint32>();
    lines.units = in.array<qint64>();
    lines.flags = in.array<quint8>();
    char end[8] = {};
    in.raw(end, sizeof end);
    if (!in.ok() || !in.atEnd() || std::memcmp(end, s_end, sizeof end) != 0 || lines.storeRows != store.rowCount()
        || !consistent(lines))
        return std::nullopt;
    lines.storeVersion = store.version();
    return lines;
}

bool OrderLinesCache::write(const QString& path, const QByteArray& key, const QString& workspacePath,
                            const OrderLines& lines) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    binaryfile::Writer out(&file);
    out.raw(s_magic, sizeof s_magic);
    out.value<quint32>(s_format);
    out.value<quint32>(s_byteOrder);
    out.bytes(key);
    out.bytes(workspacePath.toUtf8());
    out.value<quint8>(lines.hasOrderIds ? 1 : 0);
    out.value<quint32>(lines.orderCount);
    out.value<qint64>(lines.undatedLines);
    out.value<qint64>(lines.unmatchedLines);
    out.value<qint64>(lines.storeRows);
    out.array(lines.days);
    out.array(lines.rows);
    out.array(lines.orders);
    out.array(lines.units);
    out.array(lines.flags);
    out.raw(s_end, sizeof s_end);
    return out.ok() && file.commit();
}

void OrderLinesCache::prune() const
{
    // Copies of workspaces that are gone are of no use; of the rest, the most recently used are kept.
    int kept = 0;
    const QFileInfoList copies
        = QDir(m_options.directory).entryInfoList({QLatin1Char('*') + s_suffix}, QDir::Files, QDir::Time);
    for (const QFileInfo& copy : copies) {
        QFile file(copy.absoluteFilePath());
        QString workspace;
        if (file.open(QIODevice::ReadOnly)) {
            binaryfile::Reader in(&file);
            char magic[8] = {};
            in.raw(magic, sizeof magic);
            in.value<quint32>();
            in.value<quint32>();
            in.bytes();
            workspace = QString::fromUtf8(in.bytes());
            if (!in.ok() || std::memcmp(magic, s_magic, sizeof magic) != 0)
                workspace.clear();
        }
        if (!workspace.isEmpty() && QFileInfo::exists(workspace) && kept < m_options.keep)
            ++kept;
        else
            QFile::remove(copy.absoluteFilePath());
    }
}

} // namespace swb
