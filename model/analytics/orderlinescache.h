// Keeps a copy of the order lines read for a back-calculation on disk (next to ColumnStoreCache's copies), so that
// the next trend on the same, unchanged workspace reads 20 bytes a line instead of decoding every line from SQLite.
// A copy is used only while the customers' version (which every orders import renews), the schema version, the
// orders' extent and the customers' row count are the ones it was made from.
#pragma once

#include "model/analytics/orderlines.h"

#include <QCoreApplication>
#include <QString>

namespace swb {

class OrderLinesCache
{
    Q_DECLARE_TR_FUNCTIONS(swb::OrderLinesCache)

public:
    struct Options
    {
        QString directory; // empty: nothing is cached
        qint64 minimumLines = 100000; // fewer lines load from SQLite about as fast
        int keep = 3;
    };
    // ColumnStoreCache's folder, unless its copies are off.
    static Options defaultOptions();

    explicit OrderLinesCache(Options options = defaultOptions());

    // OrderLines::load, or the copy for the workspace behind `db` when it is current (then `*fromCopy` is set).
    // Saves a copy after a load from SQLite.
    std::optional<OrderLines> load(Database& db, const ColumnStore& store, QString* error, bool* fromCopy = nullptr,
                                   const CancelCheck& cancel = {}, const ProgressCallback& progress = {}) const;

    QString filePath(const QString& workspacePath) const;

private:
    std::optional<OrderLines> read(const QString& path, const QByteArray& key, const ColumnStore& store) const;
    bool write(const QString& path, const QByteArray& key, const QString& workspacePath, const OrderLines& lines) const;
    void prune() const;

    Options m_options;
};

} // namespace swb
