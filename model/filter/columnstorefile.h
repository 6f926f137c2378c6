// A loaded ColumnStore written to a file and read back, for ColumnStoreCache: the typed arrays as they are in
// memory, behind a header naming the data they hold (the cache key) and the columns.
#pragma once

#include <functional>

#include "model/field.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace swb {

class ColumnStore;

class ColumnStoreFile
{
    Q_DECLARE_TR_FUNCTIONS(swb::ColumnStoreFile)

public:
    // Writes through a temporary file that is renamed at the end: a reader never sees half a file. The header also
    // names `workspacePath`, the workspace the store was loaded from.
    static bool write(const ColumnStore& store, const QByteArray& key, const QString& workspacePath,
                      const QString& path, QString* error, const std::function<bool()>& cancel = {});

    // The workspace path a copy names; nothing when `path` is not a copy of this format.
    static std::optional<QString> workspaceOf(const QString& path);

    // The store of `path` when it was written with `key` for exactly `fields` (names and types, in order) and
    // `keyField`. Nothing when the file is missing, of another key or format, truncated or inconsistent: every
    // size and every dictionary code is checked before it is used.
    // With `onlyColumns`, the store holds those of `fields` alone (in the order of `fields`); the other columns are
    // passed over unread and unchecked.
    static std::unique_ptr<ColumnStore> read(const QString& path, const QByteArray& key, const QList<FieldInfo>& fields,
                                             const QString& keyField, QString* error,
                                             const QStringList* onlyColumns = nullptr);
};

} // namespace swb
