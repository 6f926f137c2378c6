// A workspace's customers as a loaded column store with a filter evaluator, so that selections become rows in
// memory: the fast path of the dashboard's KPIs and overlaps, `swb kpis` and `swb segment overlap`.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/filter/filterevaluator.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace swb {

class Workspace;

class StoreSelections
{
    Q_DECLARE_TR_FUNCTIONS(swb::StoreSelections)

public:
    // Loads the store through ColumnStoreCache (its disk copy when current, else SQLite; a store read from SQLite
    // is saved for the next opening). `workspace` must outlive the result. Nothing, with `error`, on failure or
    // cancel. `progress` gets 0…100 while the store loads.
    static std::unique_ptr<StoreSelections> load(Workspace& workspace, QString* error, const CancelCheck& cancel = {},
                                                 const ProgressCallback& progress = {});

    // On a store loaded already (e.g. shared with the live counts); its rule cache starts empty.
    StoreSelections(Workspace& workspace, std::shared_ptr<const ColumnStore> store);

    const ColumnStore& store() const { return *m_store; }
    std::shared_ptr<const ColumnStore> sharedStore() const { return m_store; }
    // Rows of the selection; its relative dates count from the workspace's as-of date, or from `date` once set.
    std::optional<Bitset> rows(const Selection& selection, QString* error);
    void setAsOfDate(const QDate& date) { m_sql.setAsOfDate(date); }

    // |A ∩ B| for every pair of the named saved segments, by ANDing their rows; cancellable between segments.
    std::optional<OverlapMatrix> overlap(const QStringList& names, QString* error, const CancelCheck& cancel = {});

private:
    std::shared_ptr<const ColumnStore> m_store;
    FilterEvaluator m_evaluator;
    SelectionSql m_sql;
};

} // namespace swb
