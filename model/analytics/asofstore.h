// A working copy of a ColumnStore whose order-derived columns (orders count, revenue, first/last purchase, average
// order value) hold the values of an AsOfAggregation: the store a definition is evaluated on "as of" a past date.
#pragma once

#include "model/filter/columnstore.h"

#include <QList>
#include <QSet>

#include <memory>
#include <vector>

namespace swb {

class AsOfAggregation;
struct OrderLines;

class AsOfStore
{
public:
    static constexpr size_t s_prefetchAhead = 16; // rows asked for ahead of an update (prefetchRow())

    // The fields the import derives from the orders: marked derived, with one of the five roles.
    static QList<FieldInfo> derivedFields(const QList<FieldInfo>& fields);

    // A copy of `source` with only the columns named in `names` (and the key column), in the source's order; the
    // other fields are left out of the copy's fields too. Its derived columns start as before the first of `lines`
    // (no orders); `lines` also gives the days the date columns can hold.
    AsOfStore(const ColumnStore& source, QSet<QString> names, const OrderLines& lines);

    std::shared_ptr<const ColumnStore> store() const { return m_store; }

    // Writes the values of the rows the last AsOfAggregation::advanceTo() touched into the derived columns (rows
    // matched by index) and gives the store a new version, so that nothing cached for its former values is used
    // again. Call it after every advanceTo().
    void update(const AsOfAggregation& aggregation);
    // The same row by row, for a caller that reads each row's values before and after they change: updateRow() for
    // each of aggregation.touched(), then finishUpdate() (the new version).
    void updateRow(const AsOfAggregation& aggregation, quint32 row);
    void finishUpdate();
    // Asks the processor for a row's derived values ahead of updating them (the touched rows are scattered).
    void prefetchRow(quint32 row) const;

private:
    std::shared_ptr<ColumnStore> m_store;
    std::vector<ColumnStore::Column*> m_derived; // the derived columns of m_store
    // Every day from the first to the last line's, as ISO text: code = day - m_firstDay (ISO dates sort by day).
    TextDictionary m_days;
    qint32 m_firstDay = 0;
};

} // namespace swb
