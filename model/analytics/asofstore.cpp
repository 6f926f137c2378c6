#include "model/analytics/asofstore.h"

#include "model/analytics/asofaggregation.h"
#include "model/filter/textinterner.h"

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

void clearValues(ColumnStore::Column& column, ColumnStore::Storage storage)
{
    column.storage = storage;
    column.irregularReason.clear();
    if (storage != ColumnStore::Storage::Integer)
        column.integers = {};
    if (storage != ColumnStore::Storage::Real)
        column.reals = {};
    if (storage != ColumnStore::Storage::Text) {
        column.codes = {};
        column.dictionary = TextDictionary();
    }
}

} // namespace

QList<FieldInfo> AsOfStore::derivedFields(const QList<FieldInfo>& fields)
{
    QList<FieldInfo> derived;
    for (const FieldInfo& field : fields) {
        if (field.derived && isDerivedRole(field.role))
            derived << field;
    }
    return derived;
}

AsOfStore::AsOfStore(const ColumnStore& source, QSet<QString> names, const OrderLines& lines)
    : m_store(new ColumnStore)
{
    if (!source.keyField().isEmpty())
        names.insert(source.keyField());
    for (const FieldInfo& field : derivedFields(source.fields()))
        names.insert(field.name);
    ColumnStore& store = *m_store;
    store.m_keyField = source.m_keyField;
    store.m_rowIdName = source.m_rowIdName;
    store.m_rowIds = source.m_rowIds;
    store.m_rowCount = source.m_rowCount;
    for (qsizetype i = 0; i < source.m_fields.size(); ++i) {
        if (!names.contains(source.m_fields.at(i).name))
            continue;
        store.m_fields << source.m_fields.at(i);
        store.m_columns.push_back(source.m_columns[size_t(i)]);
    }
    store.m_version = ColumnStore::nextVersion();

    std::vector<std::string> texts;
    if (!lines.days.empty()) {
        m_firstDay = lines.days.front();
        for (qint64 day = m_firstDay; day <= lines.days.back(); ++day)
            texts.push_back(QDate::fromJulianDay(day).toString(Qt::ISODate).toStdString());
    }
    const std::vector<std::string_view> distinct(texts.begin(), texts.end());
    std::vector<quint32> noCodes;
    m_days = TextDictionary::fromDistinct(distinct, &noCodes);
}

void AsOfStore::fillDates(ColumnStore::Column& column, const AsOfAggregation& aggregation, bool first) const
{
    clearValues(column, ColumnStore::Storage::Text);
    const qint64 rows = m_store->m_rowCount;
    const auto none = quint32(m_days.size());
    column.codes.resize(size_t(rows));
    for (qint64 row = 0; row < rows; ++row) {
        const qint32 day = first ? aggregation.firstPurchaseDay(row) : aggregation.lastPurchaseDay(row);
        column.codes[size_t(row)] = day == 0 ? none : quint32(day - m_firstDay);
    }
    column.dictionary = m_days;
    const quint32* codes = column.codes.data();
    column.valid = Bitset::fromPredicate(rows, [&](qint64 row) { return codes[row] != none; });
}

void AsOfStore::update(const AsOfAggregation& aggregation)
{
    ColumnStore& store = *m_store;
    const qint64 rows = store.m_rowCount;
    Q_ASSERT(aggregation.rowCount() == rows);
    for (ColumnStore::Column& column : store.m_columns) {
        if (!column.field.derived || !isDerivedRole(column.field.role))
            continue;
        switch (column.field.role) {
        case FieldRole::OrdersCount:
            clearValues(column, ColumnStore::Storage::Integer);
            column.integers.resize(size_t(rows));
            for (qint64 row = 0; row < rows; ++row)
                column.integers[size_t(row)] = aggregation.ordersCount(row);
            column.valid = Bitset(rows, true);
            break;
        case FieldRole::Revenue:
            clearValues(column, ColumnStore::Storage::Real);
            column.reals.resize(size_t(rows));
            for (qint64 row = 0; row < rows; ++row)
                column.reals[size_t(row)] = aggregation.revenue(row);
            column.valid = Bitset(rows, true);
            break;
        case FieldRole::AverageOrderValue:
            clearValues(column, ColumnStore::Storage::Real);
            column.reals.resize(size_t(rows));
            for (qint64 row = 0; row < rows; ++row) {
                const qint64 count = aggregation.ordersCount(row);
                column.reals[size_t(row)] = count > 0 ? aggregation.revenue(row) / double(count) : 0.0;
            }
            column.valid = Bitset::fromPredicate(rows, [&](qint64 row) { return aggregation.ordersCount(row) > 0; });
            break;
        case FieldRole::FirstPurchaseDate:
            fillDates(column, aggregation, true);
            break;
        case FieldRole::LastPurchaseDate:
            fillDates(column, aggregation, false);
            break;
        default:
            break;
        }
    }
    store.m_version = ColumnStore::nextVersion();
}

} // namespace swb
