#include "model/analytics/clusterfeatures.h"

#include "model/analytics/clusteranalysis.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"
#include "model/selection/selectionsql.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

#include <sqlite3.h>

#include <bit>
#include <cmath>
#include <limits>

namespace swb {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The chosen fields, each numeric or a date; nothing (with a message) otherwise.
std::optional<QList<FieldInfo>> resolveFeatures(Workspace& workspace, const QStringList& features, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<QList<FieldInfo>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!workspace.hasCustomers())
        return fail(ClusterAnalysis::tr("The workspace has no customers yet: import a customer file first."));
    if (features.isEmpty())
        return fail(ClusterAnalysis::tr("Choose at least one numeric field to cluster on."));
    const QList<FieldInfo> catalog = workspace.fields();
    QList<FieldInfo> chosen;
    for (const QString& name : features) {
        const auto field = FieldCatalog::findByName(catalog, name);
        if (!field)
            return fail(ClusterAnalysis::tr("The customer table has no field \"%1\".").arg(name));
        if (!isTemporal(field->type) && !isNumeric(field->type))
            return fail(ClusterAnalysis::tr("\"%1\" is a text field; clustering needs numbers or dates.").arg(name));
        chosen << *field;
    }
    return chosen;
}

// Julian day of the as-of date at midnight, as SQLite's julianday() counts.
double asOfJulianDay(Workspace& workspace)
{
    return double(workspace.asOfDate().toJulianDay()) - 0.5;
}

int digits(std::string_view text, size_t at, size_t count)
{
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// SQLite's date.c for the two forms the import writes: parseYyyyMmDd / parseHhMmSs ranges (month 1-12, day 1-31
// without a check against the month's length, hour 0-24, minute and second 0-59) and computeJD's arithmetic in
// integer milliseconds. Anything else: nothing (SQLite is asked).
std::optional<double> fastJulianDay(std::string_view text)
{
    if ((text.size() != 10 && text.size() != 19) || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    qint64 milliseconds = 0;
    if (text.size() == 19) {
        if ((text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
            return std::nullopt;
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 59)
            return std::nullopt;
        milliseconds = qint64(hour) * 3600000 + qint64(minute) * 60000 + qint64(second) * 1000;
    }
    if (month <= 2) {
        --year;
        month += 12;
    }
    const int a = year / 100;
    const int b = 2 - a + a / 4;
    const int x1 = 36525 * (year + 4716) / 100;
    const int x2 = 306001 * (month + 1) / 10000;
    const auto julian = qint64((x1 + x2 + day + b - 1524.5) * 86400000) + milliseconds;
    return double(julian) / 86400000.0;
}

class SqliteJulianDay
{
public:
    explicit SqliteJulianDay(Database& db)
        : m_statement(db.prepare(QStringLiteral("SELECT julianday(?1)")))
    { }
    double operator()(std::string_view text)
    {
        if (!m_statement.isValid())
            return nan;
        m_statement.reset();
        m_statement.bindUtf8Static(1, text.data(), int(text.size()));
        if (!m_statement.next() || m_statement.isNull(0))
            return nan;
        return m_statement.toDouble(0);
    }

private:
    Statement m_statement;
};

// Indices of the set bits, ascending.
std::vector<qint64> setRows(const Bitset& rows)
{
    std::vector<qint64> out;
    out.reserve(size_t(rows.count()));
    for (qint64 w = 0; w < rows.wordCount(); ++w) {
        for (quint64 word = rows.words()[w]; word != 0; word &= word - 1)
            out.push_back(w * 64 + std::countr_zero(word));
    }
    return out;
}

} // namespace

std::vector<double> ClusterFeatures::julianDays(Workspace& workspace, const std::vector<std::string_view>& texts)
{
    std::vector<double> out(texts.size(), nan);
    SqliteJulianDay sqlite(workspace.db());
    // The fast parser must agree with this SQLite on the first and the last text it reads; else SQLite reads all.
    bool trusted = true;
    qsizetype firstParsed = -1;
    qsizetype lastParsed = -1;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (const auto day = fastJulianDay(texts[i])) {
            out[i] = *day;
            lastParsed = qsizetype(i);
            if (firstParsed < 0)
                firstParsed = qsizetype(i);
        } else {
            out[i] = sqlite(texts[i]);
        }
    }
    for (const qsizetype i : {firstParsed, lastParsed}) {
        if (i >= 0 && !(sqlite(texts[size_t(i)]) == out[size_t(i)]))
            trusted = false;
    }
    if (!trusted) {
        for (size_t i = 0; i < texts.size(); ++i)
            out[i] = sqlite(texts[i]);
    }
    return out;
}

std::optional<FeatureMatrix> ClusterFeatures::fromSql(Workspace& workspace, const QStringList& features,
                                                      const Selection& selection, QString* error)
{
    const auto fields = resolveFeatures(workspace, features, error);
    if (!fields)
        return std::nullopt;
    const double asOf = asOfJulianDay(workspace);
    QStringList expressions;
    for (const FieldInfo& field : *fields) {
        if (isTemporal(field.type))
            expressions << QStringLiteral("(%1 - julianday(%2))")
                               .arg(QString::number(asOf, 'f', 1), quoteIdentifier(field.name));
        else
            expressions << quoteIdentifier(field.name);
    }
    // In rowid order whatever plan SQLite picks for the selection: the order the column store holds the rows in.
    Statement stmt = SelectionSql(workspace).prepare(QStringLiteral("SELECT rowid, ") + expressions.join(u", "),
                                                     selection, QStringLiteral(" ORDER BY rowid"), error);
    if (!stmt.isValid())
        return std::nullopt;
    std::vector<qint64> rowIds;
    std::vector<double> values;
    const int columns = int(features.size());
    while (stmt.next()) {
        rowIds.push_back(stmt.toInt64(0));
        for (int c = 1; c <= columns; ++c) {
            values.push_back(
                sqlite3_column_type(stmt.handle(), c) == SQLITE_NULL ? nan : sqlite3_column_double(stmt.handle(), c));
        }
    }
    if (stmt.failed()) {
        if (error)
            *error = stmt.errorMessage();
        return std::nullopt;
    }
    RowMatrix matrix = Eigen::Map<RowMatrix>(values.data(), Eigen::Index(rowIds.size()), columns);
    return FeatureMatrix(std::move(matrix), features, std::move(rowIds));
}

std::optional<FeatureMatrix> ClusterFeatures::fromStore(Workspace& workspace, const ColumnStore& store,
                                                        const Bitset* rows, const QStringList& features, QString* error)
{
    const auto fields = resolveFeatures(workspace, features, error);
    if (!fields)
        return std::nullopt;
    std::vector<qint64> picked;
    if (rows)
        picked = setRows(*rows);
    const qint64 n = rows ? qint64(picked.size()) : store.rowCount();
    auto storeRow = [&](qint64 i) {
        return rows ? picked[size_t(i)] : i;
    };
    const int d = int(fields->size());
    const double asOf = asOfJulianDay(workspace);
    RowMatrix matrix(n, d);
    for (int f = 0; f < d; ++f) {
        const FieldInfo& field = fields->at(f);
        const ColumnStore::Column* column = store.column(field.name);
        if (!column)
            return std::nullopt;
        const bool temporal = isTemporal(field.type);
        switch (column->storage) {
        case ColumnStore::Storage::Integer:
        case ColumnStore::Storage::Real: {
            if (temporal)
                return std::nullopt;
            const bool integers = column->storage == ColumnStore::Storage::Integer;
            for (qint64 i = 0; i < n; ++i) {
                const qint64 r = storeRow(i);
                matrix(i, f) = !column->valid.test(r) ? nan
                    : integers                        ? double(column->integers[size_t(r)])
                                                      : column->reals[size_t(r)];
            }
            break;
        }
        case ColumnStore::Storage::Text: {
            if (!temporal)
                return std::nullopt;
            std::vector<std::string_view> texts(size_t(column->dictionary.size()));
            for (size_t t = 0; t < texts.size(); ++t)
                texts[t] = column->dictionary.at(qint64(t));
            std::vector<double> daysBefore = julianDays(workspace, texts);
            for (double& day : daysBefore)
                day = asOf - day;
            daysBefore.push_back(nan); // the code of NULL
            for (qint64 i = 0; i < n; ++i)
                matrix(i, f) = daysBefore[column->codes[size_t(storeRow(i))]];
            break;
        }
        case ColumnStore::Storage::Irregular:
            return std::nullopt;
        }
    }
    std::vector<qint64> rowIds(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        rowIds[size_t(i)] = store.rowIds()[size_t(storeRow(i))];
    return FeatureMatrix(std::move(matrix), features, std::move(rowIds));
}

std::optional<FeatureMatrix> ClusterFeatures::load(Workspace& workspace, const QStringList& features,
                                                   const Selection& selection, QString* error, Source* source)
{
    if (!resolveFeatures(workspace, features, error))
        return std::nullopt;
    const QList<FieldInfo> fields = workspace.fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const ColumnStoreCache cache;
    const bool everyone = selection.kind() == Selection::Kind::All;
    // Everyone needs the chosen columns only; another selection is evaluated on the whole store.
    ColumnStoreCache::Result kept
        = cache.loadKept(workspace.db(), fields, key ? key->name : QString(), everyone ? features : QStringList());
    if (kept.store) {
        std::optional<Bitset> rows;
        if (!everyone) {
            StoreSelections selections(workspace, kept.store);
            rows = selections.rows(selection, error);
            if (!rows)
                return std::nullopt;
        }
        QString storeError;
        auto matrix = fromStore(workspace, *kept.store, rows ? &*rows : nullptr, features, &storeError);
        if (matrix) {
            if (source)
                *source = kept.fromMemory ? Source::Memory : Source::Copy;
            return matrix;
        }
    }
    if (source)
        *source = Source::Sqlite;
    return fromSql(workspace, features, selection, error);
}

} // namespace swb
