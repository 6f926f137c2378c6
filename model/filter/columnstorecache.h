// Keeps a copy of a loaded ColumnStore on disk, so that opening the same, unchanged workspace again reads the
// arrays back instead of decoding every row from SQLite. A copy is used only while the customers' version
// (customerchanges), the schema version, the fields and the key column are the ones it was made from.
#pragma once

#include <functional>

#include "model/filter/columnstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace swb {

class ColumnStoreCache
{
    Q_DECLARE_TR_FUNCTIONS(swb::ColumnStoreCache)

public:
    struct Options
    {
        QString directory; // empty: nothing is cached
        qint64 minimumRows = 100000; // smaller tables load from SQLite about as fast
        int keep = 3; // files kept, the most recently used (each holds a whole column store)
        bool shareInMemory = true; // a store another job of this process holds is shared (SharedColumnStores)
    };

    // defaultDirectory(), unless the copies are off: SWB_COLUMN_CACHE=off, or setEnabled(false) (the GUI's
    // preference).
    static Options defaultOptions();
    // $SWB_COLUMN_CACHE_DIR, else <user cache folder>/SegmentWorkbench/column-stores.
    static QString defaultDirectory();
    static void setEnabled(bool enabled); // for this process
    static bool isEnabled();

    struct Usage
    {
        int files = 0;
        qint64 bytes = 0;
    };
    // Also counts (and clear() also deletes) the order lines OrderLinesCache keeps in the same folder.
    Usage usage() const;
    // Deletes every copy in the folder; false when one could not be deleted.
    bool clear() const;

    struct Result
    {
        std::shared_ptr<const ColumnStore> store;
        bool fromCache = false;
        // Another job of this process had loaded the same data and still holds it: shared (SharedColumnStores).
        bool fromMemory = false;
        // Set when the store was loaded from SQLite and may be saved under this key: pass it to save().
        QByteArray keyToSave;
    };

    explicit ColumnStoreCache(Options options = defaultOptions());

    // ColumnStore::load, or the copy of the workspace behind `db` when it is current; a store another job of this
    // process loaded from the same data and still holds is shared instead of loaded again. May write the workspace
    // once (the change triggers and a new customers version) when it has no version yet.
    Result load(Database& db, const QList<FieldInfo>& fields, const QString& keyField, QString* error,
                const ColumnStore::Cancel& cancel = {}, const ColumnStore::Progress& progress = {}) const;

    // Only what is at hand, never a load from SQLite and never a write: the store another job of this process holds
    // (shared, all columns), else the current copy on disk read for `columns` alone (all of them when `columns` is
    // empty). Nothing when neither is there (then `error` says why a copy on disk was not used, if there is one).
    Result loadKept(Database& db, const QList<FieldInfo>& fields, const QString& keyField, const QStringList& columns,
                    QString* error = nullptr) const;

    // Saves `store` for the next opening of `workspacePath`; safe from any thread. Keeps the newest files only.
    // `cancel` stops the writing between columns; nothing is kept then.
    bool save(const QString& workspacePath, const ColumnStore& store, const QByteArray& key, QString* error = nullptr,
              const std::function<bool()>& cancel = {}) const;

    // Where the copy of `workspacePath` lives.
    QString filePath(const QString& workspacePath) const;

    // Deletes the copies of workspaces that no longer exist and unreadable ones, then all but the `keep` most
    // recently used. Runs after each save and at each load.
    void prune() const;

private:
    QByteArray sharedKey(Database& db, const QByteArray& key, const QList<FieldInfo>& fields,
                         const QString& keyField) const;
    Result loadOwn(Database& db, const QByteArray& key, const QList<FieldInfo>& fields, const QString& keyField,
                   QString* error, const ColumnStore::Cancel& cancel, const ColumnStore::Progress& progress) const;

    Options m_options;
};

} // namespace swb
