#include "model/filter/columnstorecache.h"

#include "model/customerchanges.h"
#include "model/database.h"
#include "model/filter/columnstorefile.h"
#include "model/filter/sharedcolumnstores.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>

namespace swb {

namespace {

const QString s_suffix = QStringLiteral(".swbcols");
std::atomic<bool> s_enabled{true};

bool isFileDatabase(const Database& db)
{
    return !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
}

// Which data a store holds: the customers' version (cleared by any change of the rows) and the schema version
// (any table or column added, renamed or dropped). The fields and key column are checked by the file itself.
QByteArray currentKey(Database& db, const QString& version)
{
    if (version.isEmpty())
        return {};
    bool ok = false;
    const qint64 schema = db.scalar(QStringLiteral("PRAGMA schema_version")).toLongLong(&ok);
    if (!ok)
        return {};
    return QStringLiteral("customers %1 schema %2").arg(version).arg(schema).toUtf8();
}

// The copies in `directory`, in `order`.
QFileInfoList copiesIn(const QString& directory, QDir::SortFlags order = QDir::NoSort)
{
    return QDir(directory).entryInfoList({QLatin1Char('*') + s_suffix}, QDir::Files, order);
}

// The copies and the order lines OrderLinesCache keeps beside them (model/analytics): what usage() and clear() count.
QFileInfoList allCopiesIn(const QString& directory)
{
    return QDir(directory).entryInfoList({QLatin1Char('*') + s_suffix, QStringLiteral("*.swblines")}, QDir::Files);
}

// The modification time orders the files for pruning: this one was used last.
void markUsed(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

QString canonicalPath(const QString& workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

} // namespace

ColumnStoreCache::Options ColumnStoreCache::defaultOptions()
{
    Options options;
    if (isEnabled())
        options.directory = defaultDirectory();
    return options;
}

QString ColumnStoreCache::defaultDirectory()
{
    const QString directory = qEnvironmentVariable("SWB_COLUMN_CACHE_DIR");
    if (!directory.isEmpty())
        return directory;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/SegmentWorkbench/column-stores");
}

void ColumnStoreCache::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

bool ColumnStoreCache::isEnabled()
{
    return s_enabled && qEnvironmentVariable("SWB_COLUMN_CACHE") != QLatin1String("off");
}

ColumnStoreCache::Usage ColumnStoreCache::usage() const
{
    Usage usage;
    if (m_options.directory.isEmpty())
        return usage;
    for (const QFileInfo& file : allCopiesIn(m_options.directory)) {
        ++usage.files;
        usage.bytes += file.size();
    }
    return usage;
}

bool ColumnStoreCache::clear() const
{
    bool all = true;
    if (m_options.directory.isEmpty())
        return all;
    for (const QFileInfo& file : allCopiesIn(m_options.directory))
        all = QFile::remove(file.absoluteFilePath()) && all;
    return all;
}

ColumnStoreCache::ColumnStoreCache(Options options)
    : m_options(std::move(options))
{ }

QString ColumnStoreCache::filePath(const QString& workspacePath) const
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalPath(workspacePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_options.directory + QLatin1Char('/') + QString::fromLatin1(hash) + s_suffix;
}

ColumnStoreCache::Result ColumnStoreCache::load(Database& db, const QList<FieldInfo>& fields, const QString& keyField,
                                                QString* error, const ColumnStore::Cancel& cancel,
                                                const ColumnStore::Progress& progress) const
{
    Result result;
    if (m_options.directory.isEmpty() || !isFileDatabase(db)) {
        result.store = ColumnStore::load(db, fields, keyField, error, cancel, progress);
        return result;
    }
    prune();
    const QByteArray key = currentKey(db, customerchanges::ensureVersion(db));
    if (key.isEmpty() || !m_options.shareInMemory)
        return loadOwn(db, key, fields, keyField, error, cancel, progress);
    // Jobs of this process that need the same data at the same time share one store in memory.
    const QByteArray shared = sharedKey(db, key, fields, keyField);
    bool loadedHere = false;
    result.store = SharedColumnStores::obtain(
        shared,
        [&](QString* loadError) {
            loadedHere = true;
            Result own = loadOwn(db, key, fields, keyField, loadError, cancel, progress);
            result.fromCache = own.fromCache;
            result.keyToSave = own.keyToSave;
            return own.store;
        },
        error, cancel);
    if (result.store && !loadedHere) {
        result.fromMemory = true;
        if (progress)
            progress(result.store->rowCount(), result.store->rowCount());
    }
    return result;
}

QByteArray ColumnStoreCache::sharedKey(Database& db, const QByteArray& key, const QList<FieldInfo>& fields,
                                       const QString& keyField) const
{
    QByteArray shared = canonicalPath(db.path()).toUtf8() + '\n' + key + '\n' + keyField.toUtf8();
    for (const FieldInfo& field : fields)
        shared += QStringLiteral("\n%1 %2 %3").arg(field.name).arg(int(field.type)).arg(int(field.role)).toUtf8();
    return shared;
}

ColumnStoreCache::Result ColumnStoreCache::loadKept(Database& db, const QList<FieldInfo>& fields,
                                                    const QString& keyField, const QStringList& columns,
                                                    QString* error) const
{
    Result result;
    if (m_options.directory.isEmpty() || !isFileDatabase(db))
        return result;
    const QByteArray key = currentKey(db, customerchanges::version(db));
    if (key.isEmpty())
        return result;
    if (m_options.shareInMemory) {
        result.store = SharedColumnStores::find(sharedKey(db, key, fields, keyField));
        if (result.store) {
            result.fromMemory = true;
            return result;
        }
    }
    const QString path = filePath(db.path());
    if (!QFile::exists(path))
        return result;
    result.store = ColumnStoreFile::read(path, key, fields, keyField, error, columns.isEmpty() ? nullptr : &columns);
    result.fromCache = result.store != nullptr;
    if (result.fromCache)
        markUsed(path);
    return result;
}

ColumnStoreCache::Result ColumnStoreCache::loadOwn(Database& db, const QByteArray& key, const QList<FieldInfo>& fields,
                                                   const QString& keyField, QString* error,
                                                   const ColumnStore::Cancel& cancel,
                                                   const ColumnStore::Progress& progress) const
{
    Result result;
    const QString path = filePath(db.path());
    if (!key.isEmpty() && QFile::exists(path)) {
        result.store = ColumnStoreFile::read(path, key, fields, keyField, nullptr);
        if (result.store) {
            markUsed(path);
            result.fromCache = true;
            if (progress)
                progress(result.store->rowCount(), result.store->rowCount());
            return result;
        }
    }
    result.store = ColumnStore::load(db, fields, keyField, error, cancel, progress);
    // Saved only when nothing changed while the rows were read (the readers use their own transactions).
    if (result.store && !key.isEmpty() && result.store->rowCount() >= m_options.minimumRows
        && currentKey(db, customerchanges::version(db)) == key)
        result.keyToSave = key;
    return result;
}

bool ColumnStoreCache::save(const QString& workspacePath, const ColumnStore& store, const QByteArray& key,
                            QString* error, const std::function<bool()>& cancel) const
{
    if (m_options.directory.isEmpty() || key.isEmpty())
        return false;
    if (!QDir().mkpath(m_options.directory)
        || !QFile::setPermissions(m_options.directory,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(m_options.directory);
        return false;
    }
    if (!ColumnStoreFile::write(store, key, canonicalPath(workspacePath), filePath(workspacePath), error, cancel))
        return false;
    prune();
    return true;
}

void ColumnStoreCache::prune() const
{
    if (m_options.directory.isEmpty())
        return;
    // Copies of workspaces that are gone (deleted, moved) hold customers' data for nothing; unreadable ones (another
    // format) are of no use either. Of the rest, the most recently used are kept.
    int kept = 0;
    for (const QFileInfo& file : copiesIn(m_options.directory, QDir::Time)) {
        const auto workspace = ColumnStoreFile::workspaceOf(file.absoluteFilePath());
        if (workspace && QFileInfo::exists(*workspace) && kept < m_options.keep)
            ++kept;
        else
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace swb
