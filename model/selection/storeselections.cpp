#include "model/selection/storeselections.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/workspace.h"

#include <bit>

namespace swb {

StoreSelections::StoreSelections(Workspace& workspace, std::shared_ptr<const ColumnStore> store)
    : m_store(std::move(store))
    , m_evaluator(m_store)
    , m_sql(workspace)
{
    m_evaluator.setDatabase(&workspace.db(), workspace.customerKeyExpression());
}

std::unique_ptr<StoreSelections> StoreSelections::load(Workspace& workspace, QString* error, const CancelCheck& cancel,
                                                       const ProgressCallback& progress)
{
    if (!workspace.hasCustomers()) {
        if (error)
            *error = tr("The workspace has no customers yet: import a customer file first.");
        return nullptr;
    }
    const QList<FieldInfo> fields = workspace.fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const ColumnStoreCache cache;
    ColumnStoreCache::Result loaded = cache.load(workspace.db(), fields, key ? key->name : QString(), error, cancel,
                                                 [&](qint64 done, qint64 total) {
                                                     if (progress && total > 0)
                                                         progress(int(100 * std::min(done, total) / total));
                                                 });
    if (!loaded.store)
        return nullptr;
    std::shared_ptr<const ColumnStore> store(std::move(loaded.store));
    if (!loaded.keyToSave.isEmpty())
        cache.save(workspace.path(), *store, loaded.keyToSave, nullptr, cancel); // a failed copy only costs time
    return std::unique_ptr<StoreSelections>(new StoreSelections(workspace, std::move(store)));
}

std::optional<Bitset> StoreSelections::rows(const Selection& selection, QString* error)
{
    return m_sql.rows(selection, m_evaluator, error);
}

std::optional<OverlapMatrix> StoreSelections::overlap(const QStringList& names, QString* error,
                                                      const CancelCheck& cancel)
{
    if (names.isEmpty()) {
        if (error)
            *error = tr("Name at least one segment to compare.");
        return std::nullopt;
    }
    std::vector<Bitset> members;
    for (const QString& name : names) {
        if (cancel && cancel()) {
            if (error)
                *error = tr("The overlap computation was cancelled.");
            return std::nullopt;
        }
        auto bits = rows(Selection::segment(name), error);
        if (!bits)
            return std::nullopt;
        members.push_back(std::move(*bits));
    }
    OverlapMatrix matrix;
    matrix.names = names;
    for (size_t i = 0; i < members.size(); ++i) {
        QList<qint64> row;
        for (size_t j = 0; j < members.size(); ++j) {
            if (j < i) {
                row << matrix.counts.at(qsizetype(j)).at(qsizetype(i)); // symmetric
                continue;
            }
            qint64 common = 0;
            const quint64* a = members[i].words();
            const quint64* b = members[j].words();
            for (qint64 w = 0; w < members[i].wordCount(); ++w)
                common += std::popcount(a[w] & b[w]);
            row << common;
        }
        matrix.counts << row;
    }
    return matrix;
}

} // namespace swb
