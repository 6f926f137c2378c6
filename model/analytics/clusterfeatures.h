// The features `swb cluster` and the Clusters page cluster on, read from the column store the counts keep (in
// memory, or its copy on disk) when there is one, else from SQLite: the same matrix either way.
#pragma once

#include "analysis/featurematrix.h"
#include "model/selection/selection.h"

#include <QStringList>

#include <optional>

namespace swb {

class ColumnStore;
class Workspace;
class Bitset;

// Its messages are ClusterAnalysis's (the translations have them there).
class ClusterFeatures
{
public:
    enum class Source { Memory, Copy, Sqlite };

    // The chosen columns of the selected customers as a matrix in rowid order (NULL → NaN), row ids = customers
    // rowid; dates count as days before the workspace's as-of date, as SQLite's julianday() gives them.
    // Uses a store at hand (ColumnStoreCache::loadKept: never a load of the whole table, never a write), else SQL.
    static std::optional<FeatureMatrix> load(Workspace& workspace, const QStringList& features,
                                             const Selection& selection, QString* error, Source* source = nullptr);

    // The same from SQLite only.
    static std::optional<FeatureMatrix> fromSql(Workspace& workspace, const QStringList& features,
                                                const Selection& selection, QString* error);

    // The same from `store` for the rows in `rows` (all when null). Nothing, and no error, when a chosen column is
    // not held in a form this reads (an irregular column): then ask SQLite.
    static std::optional<FeatureMatrix> fromStore(Workspace& workspace, const ColumnStore& store, const Bitset* rows,
                                                  const QStringList& features, QString* error);

    // julianday(text) as SQLite computes it, from a fast parser for YYYY-MM-DD[ HH:MM:SS] checked against SQLite;
    // other texts are asked of SQLite itself. NaN where SQLite gives NULL. One value per text.
    static std::vector<double> julianDays(Workspace& workspace, const std::vector<std::string_view>& texts);
};

} // namespace swb
