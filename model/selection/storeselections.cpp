#include "model/selection/storeselections.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/workspace.h"

#include <bit>

namespace swb {

namespace {

// The kept copy is only for workspaces of at least `minimumRows` customers, but looking for it first gives the
// workspace a customers version (a write). A rowid span below that is a smaller table: read it without the copy,
// so that computing KPIs of a small workspace never writes to it.
bool mayHaveCopy(Database& db, const ColumnStoreCache::Options& options)
{
    const QVariant span = db.scalar(QStringLiteral("SELECT max(rowid) - min(rowid) + 1 FROM customers"));
    return !options.directory.isEmpty()
        && (!span.isValid() || span.isNull() || span.toLongLong() >= options.minimumRows);
}

} // namespace

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
    ColumnStoreCache::Options options = ColumnStoreCache::defaultOptions();
    if (!mayHaveCopy(workspace.db(), options))
        options.directory.clear();
    const ColumnStoreCache cache(options);
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
    return std::make_unique<StoreSelections>(workspace, std::move(store));
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
