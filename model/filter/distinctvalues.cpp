#include "model/filter/distinctvalues.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/workspace.h"

#include <algorithm>

namespace swb::DistinctValues {

QList<Counted> loadCounted(const QString& workspacePath, const QString& table, const QString& column, int limit)
{
    QString error;
    auto db = Workspace::connect(workspacePath, true, &error);
    if (!db)
        return {};
    const auto field = FieldCatalog::findByName(FieldCatalog::load(*db, table), column);
    if (!field || !(field->type == FieldType::Text || isTemporal(field->type)))
        return {};
    const auto store = ColumnStore::loadTable(*db, table, {*field}, QString(), &error);
    const ColumnStore::Column* values = store ? store->column(column) : nullptr;
    if (!values || values->storage != ColumnStore::Storage::Text)
        return {};
    const qint64 distinct = values->dictionary.size();
    std::vector<qint64> counts(size_t(distinct), 0);
    for (quint32 code : values->codes) {
        if (qint64(code) < distinct)
            ++counts[code];
    }
    std::vector<qint64> order(static_cast<size_t>(distinct));
    for (qint64 i = 0; i < distinct; ++i)
        order[size_t(i)] = i;
    const size_t keep = std::min(order.size(), size_t(std::max(0, limit)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(keep), order.end(), [&](qint64 a, qint64 b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)] : a < b;
    });
    QList<Counted> result;
    for (size_t i = 0; i < keep; ++i) {
        const std::string_view text = values->dictionary.at(order[i]);
        const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (!value.trimmed().isEmpty())
            result.append({value, counts[size_t(order[i])]});
    }
    return result;
}

QStringList load(const QString& workspacePath, const QString& column, int limit)
{
    QStringList result;
    const QList<Counted> counted = loadCounted(workspacePath, QStringLiteral("customers"), column, limit);
    for (const Counted& item : counted)
        result << item.value;
    return result;
}

} // namespace swb::DistinctValues
