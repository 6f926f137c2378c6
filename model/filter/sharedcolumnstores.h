// The column stores loaded in this process, shared: the live counts and the dashboard's jobs (KPIs, overlaps,
// distributions, trend) that need the same workspace's customers at the same time hold one copy in memory instead
// of one each (about 220 MB per million customers). A job that finds another one loading the same store waits for
// it instead of loading a second copy.
#pragma once

#include "model/filter/columnstore.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace swb {

class SharedColumnStores
{
    Q_DECLARE_TR_FUNCTIONS(swb::SharedColumnStores)

public:
    using Loader = std::function<std::shared_ptr<const ColumnStore>(QString* error)>;

    // The store kept under `key` while anyone still holds it, else the one `load` makes, then kept under `key`
    // until its last holder lets it go. `key` must name the data exactly (workspace file, customers' version,
    // schema, fields, key column); an empty key shares nothing. While another thread loads the same key, this one
    // waits (polling `cancel`); when that load fails, this one loads itself.
    static std::shared_ptr<const ColumnStore> obtain(const QByteArray& key, const Loader& load, QString* error,
                                                     const std::function<bool()>& cancel = {});

    // The store kept under `key` while anyone still holds it; nothing otherwise (nothing is loaded).
    static std::shared_ptr<const ColumnStore> find(const QByteArray& key);

    // Stores alive now (for tests and the soak's memory check).
    static int aliveCount();
};

} // namespace swb
