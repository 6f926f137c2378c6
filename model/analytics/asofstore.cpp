#include "model/analytics/asofstore.h"

#include "model/analytics/asofaggregation.h"
#include "model/analytics/orderlines.h"

#include <string>

namespace swb {

namespace {

bool isDerivedRole(FieldRole role)
{
    switch (role) {
    case FieldRole::OrdersCount:
    case FieldRole::Revenue:
    case FieldRole::FirstPurchaseDate:
    case FieldRole::LastPurchaseDate:
    case FieldRole::AverageOrderValue:
        return true;
    default:
        return false;
    }
}

bool isDerived(const FieldInfo& field)
{
    return field.derived && isDerivedRole(field.role);
}

} // namespace

QList<FieldInfo> AsOfStore::derivedFields(const QList<FieldInfo>& fields)
{
    QList<FieldInfo> derived;
    for (const FieldInfo& field : fields) {
        if (isDerived(field))
            derived << field;
    }
    return derived;
}

AsOfStore::AsOfStore(const ColumnStore& source, QSet<QString> names, const OrderLines& lines)
    : m_store(new ColumnStore)
{
    if (!source.keyField().isEmpty())
        names.insert(source.keyField());
    std::vector<std::string> texts;
    if (!lines.days.empty()) {
        m_firstDay = lines.days.front();
        for (qint64 day = m_firstDay; day <= lines.days.back(); ++day)
            texts.push_back(QDate::fromJulianDay(day).toString(Qt::ISODate).toStdString());
    }
    const std::vector<std::string_view> distinct(texts.begin(), texts.end());
    std::vector<quint32> noCodes;
    m_days = TextDictionary::fromDistinct(distinct, &noCodes);

    ColumnStore& store = *m_store;
    store.m_keyField = source.m_keyField;
    store.m_rowIdName = source.m_rowIdName;
    store.m_rowIds = source.m_rowIds;
    store.m_rowCount = source.m_rowCount;
    const qint64 rows = store.m_rowCount;
    for (qsizetype i = 0; i < source.m_fields.size(); ++i) {
        const FieldInfo& field = source.m_fields.at(i);
        if (!names.contains(field.name))
            continue;
        store.m_fields << field;
        if (!isDerived(field)) {
            store.m_columns.push_back(source.m_columns[size_t(i)]);
            continue;
        }
        // As before the first line: no orders, no revenue, no purchase days, no average.
        ColumnStore::Column column;
        column.field = field;
        switch (field.role) {
        case FieldRole::OrdersCount:
            column.storage = ColumnStore::Storage::Integer;
            column.integers.assign(size_t(rows), 0);
            column.valid = Bitset(rows, true);
            break;
        case FieldRole::Revenue:
            column.storage = ColumnStore::Storage::Real;
            column.reals.assign(size_t(rows), 0.0);
            column.valid = Bitset(rows, true);
            break;
        case FieldRole::AverageOrderValue:
            column.storage = ColumnStore::Storage::Real;
            column.reals.assign(size_t(rows), 0.0);
            column.valid = Bitset(rows);
            break;
        default: // the purchase days
            column.storage = ColumnStore::Storage::Text;
            column.dictionary = m_days;
            column.codes.assign(size_t(rows), quint32(m_days.size()));
            column.valid = Bitset(rows);
            break;
        }
        store.m_columns.push_back(std::move(column));
    }
    for (ColumnStore::Column& column : store.m_columns) {
        if (isDerived(column.field))
            m_derived.push_back(&column);
    }
    store.m_version = ColumnStore::nextVersion();
}

void AsOfStore::update(const AsOfAggregation& aggregation)
{
    Q_ASSERT(aggregation.rowCount() == m_store->m_rowCount);
    const std::vector<quint32>& touched = aggregation.touched(); // each once, ascending
    for (size_t i = 0; i < touched.size(); ++i) {
        if (i + s_prefetchAhead < touched.size()) {
            aggregation.prefetch(touched[i + s_prefetchAhead]);
            prefetchRow(touched[i + s_prefetchAhead]);
        }
        updateRow(aggregation, touched[i]);
    }
    finishUpdate();
}

void AsOfStore::updateRow(const AsOfAggregation& aggregation, quint32 row)
{
    auto setValid = [row](ColumnStore::Column& column, bool valid) {
        if (valid)
            column.valid.set(row);
        else
            column.valid.reset(row);
    };
    for (ColumnStore::Column* column : m_derived) {
        switch (column->field.role) {
        case FieldRole::OrdersCount:
            column->integers[row] = aggregation.ordersCount(row);
            break;
        case FieldRole::Revenue:
            column->reals[row] = aggregation.revenue(row);
            break;
        case FieldRole::AverageOrderValue: {
            const auto value = aggregation.averageOrderValue(row);
            column->reals[row] = value.value_or(0.0);
            setValid(*column, value.has_value());
            break;
        }
        case FieldRole::FirstPurchaseDate:
        case FieldRole::LastPurchaseDate: {
            const bool first = column->field.role == FieldRole::FirstPurchaseDate;
            const qint32 day = first ? aggregation.firstPurchaseDay(row) : aggregation.lastPurchaseDay(row);
            column->codes[row] = day == 0 ? quint32(m_days.size()) : quint32(day - m_firstDay);
            setValid(*column, day != 0);
            break;
        }
        default:
            break;
        }
    }
}

void AsOfStore::prefetchRow(quint32 row) const
{
    for (const ColumnStore::Column* column : m_derived) {
        if (column->storage == ColumnStore::Storage::Integer)
            __builtin_prefetch(&column->integers[row], 1);
        else if (column->storage == ColumnStore::Storage::Real)
            __builtin_prefetch(&column->reals[row], 1);
        else
            __builtin_prefetch(&column->codes[row], 1);
        __builtin_prefetch(&column->valid.words()[row >> 6], 1);
    }
}

void AsOfStore::finishUpdate()
{
    m_store->m_version = ColumnStore::nextVersion();
}

} // namespace swb
