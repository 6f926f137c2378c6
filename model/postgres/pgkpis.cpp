#include "model/postgres/pgkpis.h"

#include "model/database.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgcancelwatch.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"

#include <QCoreApplication>

#include <utility>

namespace swb {

namespace {

// A KPI column as double precision (a widened integer column is numeric).
QString number(const std::optional<FieldInfo>& field)
{
    return QStringLiteral("CAST(%1 AS double precision)").arg(quoteIdentifier(field->name));
}

// MoneySum::units of `v` as SQL: truncated millionths and ±1 for a rest of at least one half (exact below 2^53).
QString moneyUnits(const QString& v)
{
    const QString scaled = QStringLiteral("(%1 * 1000000)").arg(v);
    return QStringLiteral("CAST(trunc(%1) AS bigint) + CASE WHEN %1 - trunc(%1) >= 0.5 THEN 1 WHEN %1 - trunc(%1) "
                          "<= -0.5 THEN -1 ELSE 0 END")
        .arg(scaled);
}

// The columns of one set, reading `where` (SQL with `?`, bound by `bindings`, once per use).
class SetColumns
{
public:
    SetColumns(const KpiFields& fields, const CompiledFilter& filter)
        : m_fields(fields)
        , m_filter(filter)
    { }

    QStringList columns;
    QList<FilterValue> bindings;

    void build()
    {
        add(QStringLiteral("count(*)"), {});
        if (m_fields.revenue)
            money(number(m_fields.revenue));
        if (m_fields.orders)
            plainSum(number(m_fields.orders));
        if (m_fields.lastPurchase) {
            const QString day
                = QStringLiteral("CAST(substr(%1, 1, 10) AS date)").arg(quoteIdentifier(m_fields.lastPurchase->name));
            add(QStringLiteral("percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(? AS date) - %1)").arg(day),
                QStringLiteral("%1 IS NOT NULL").arg(quoteIdentifier(m_fields.lastPurchase->name)), true);
            add(QStringLiteral("count(%1)").arg(quoteIdentifier(m_fields.lastPurchase->name)), {});
        }
        if (m_fields.churn)
            plainSum(number(m_fields.churn));
        if (m_fields.nps) {
            const QString a = number(m_fields.nps);
            add(QStringLiteral("count(*)"), QStringLiteral("%1 >= 0 AND %1 <= 10").arg(a));
            add(QStringLiteral("count(*)"), QStringLiteral("%1 >= 9 AND %1 <= 10").arg(a));
            add(QStringLiteral("count(*)"), QStringLiteral("%1 >= 0 AND %1 <= 6").arg(a));
        }
        if (m_fields.predictedClv)
            money(number(m_fields.predictedClv));
    }

    QDate asOf;

private:
    const KpiFields& m_fields;
    const CompiledFilter& m_filter;

    // aggregate FILTER (WHERE definition [AND condition]); `asOfFirst`: the aggregate binds the as-of date.
    void add(const QString& aggregate, const QString& condition, bool asOfFirst = false)
    {
        if (asOfFirst)
            bindings << FilterValue(asOf.toString(Qt::ISODate));
        QString where = m_filter.where;
        if (!condition.isEmpty())
            where = QStringLiteral("%1 AND (%2)").arg(where, condition);
        columns << aggregate + QStringLiteral(" FILTER (WHERE ") + where + QLatin1Char(')');
        bindings << m_filter.bindings;
    }

    // Σ millionths of the amounts within MoneySum's exact range, Σ of those beyond it, and the known count.
    void money(const QString& v)
    {
        add(QStringLiteral("sum(%1)").arg(moneyUnits(v)), QStringLiteral("abs(%1) <= 1e12").arg(v));
        add(QStringLiteral("sum(%1)").arg(v), QStringLiteral("abs(%1) > 1e12").arg(v));
        add(QStringLiteral("count(%1)").arg(v), {});
    }

    void plainSum(const QString& v)
    {
        add(QStringLiteral("sum(%1)").arg(v), {});
        add(QStringLiteral("count(%1)").arg(v), {});
    }
};

// Reads the columns SetColumns wrote, in the same order, into KpiParts.
class PartsReader
{
public:
    PartsReader(const PgResult& result, int first)
        : m_result(result)
        , m_column(first)
    { }

    KpiParts read(const KpiFields& fields)
    {
        KpiParts parts;
        parts.size = integer();
        if (fields.revenue)
            parts.revenue = money(parts.size);
        if (fields.orders)
            parts.orders = plainSum(parts.size);
        if (fields.lastPurchase) {
            const std::optional<double> median = real();
            parts.recency.known = integer();
            parts.recency.unknown = parts.size - parts.recency.known;
            if (parts.recency.known > 0)
                parts.recency.value = median;
        }
        if (fields.churn)
            parts.churn = plainSum(parts.size);
        if (fields.nps) {
            const qint64 known = integer();
            const qint64 promoters = integer();
            const qint64 detractors = integer();
            parts.nps = KpiMath::npsOf(promoters, detractors, known, parts.size - known);
        }
        if (fields.predictedClv)
            parts.predictedClv = money(parts.size);
        return parts;
    }

private:
    const PgResult& m_result;
    int m_column;

    std::optional<double> real()
    {
        const int c = m_column++;
        return m_result.isNull(0, c) ? std::nullopt : std::optional<double>(m_result.toDouble(0, c));
    }

    qint64 integer()
    {
        const int c = m_column++;
        return m_result.isNull(0, c) ? 0 : m_result.toInt64(0, c);
    }

    KpiValue money(qint64 size)
    {
        const qint64 units = integer();
        const double large = real().value_or(0.0);
        KpiValue value;
        value.known = integer();
        value.unknown = size - value.known;
        if (value.known > 0) {
            const double total = large + MoneySum::unitsValue(Int128(units));
            value.value = total == 0 ? 0.0 : total;
        }
        return value;
    }

    KpiValue plainSum(qint64 size)
    {
        const std::optional<double> sum = real();
        KpiValue value;
        value.known = integer();
        value.unknown = size - value.known;
        if (value.known > 0)
            value.value = sum;
        return value;
    }
};

} // namespace

std::optional<KpiReport> PgKpis::compute(PgWorkspace& workspace, const QDate& asOfDate, const QList<PgKpiSet>& segments,
                                         QString* error)
{
    KpiReport report;
    report.asOfDate = asOfDate;
    const KpiFields fields = KpiCalculator::findFields(workspace.fields(), &report.unavailable);
    const QString key = workspace.customerKeyExpression();
    QList<PgKpiSet> sets{PgKpiSet{QString(), ResolvedGroup()}};
    sets << segments;
    QStringList columns;
    QList<FilterValue> bindings;
    QList<int> firsts;
    for (const PgKpiSet& set : sets) {
        const CompiledFilter filter = FilterCompiler::compile(set.definition, key, SqlDialect::PostgreSQL);
        SetColumns writer(fields, filter);
        writer.asOf = asOfDate;
        writer.build();
        firsts << int(columns.size());
        columns << writer.columns;
        bindings << writer.bindings;
    }
    const auto result = workspace.connection().query(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
                                                         + QStringLiteral(" FROM customers"),
                                                     bindings, error);
    if (!result)
        return std::nullopt;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        KpiSet set = KpiCalculator::fromParts(sets.at(i).name, fields, PartsReader(*result, firsts.at(i)).read(fields));
        if (i == 0) {
            set.share = set.size > 0 ? std::optional<double>(1.0) : std::nullopt;
            report.base = set;
        } else {
            set.share = KpiMath::ratio(double(set.size), double(report.base.size));
            report.segments << set;
        }
    }
    return report;
}

std::optional<KpiReport> PgKpis::compute(const QString& uri, const QStringList& names, std::optional<QDate> asOfDate,
                                         QString* error, const CancelCheck& cancel)
{
    auto workspace = PgWorkspace::open(uri, error);
    if (!workspace)
        return std::nullopt;
    const FilterContext context = workspace->filterContext(asOfDate);
    QList<PgKpiSet> sets;
    for (const QString& name : names) {
        const auto resolved = FilterResolver::resolve(FilterResolver::segmentReference(name), context, error);
        if (!resolved)
            return std::nullopt;
        sets << PgKpiSet{name, *resolved};
    }
    const PgCancelWatch watch(workspace->connection(), cancel);
    auto report = compute(*workspace, context.asOfDate, sets, error);
    if (watch.fired())
        *error = QCoreApplication::translate("swb::PgKpis", "The KPIs were cancelled.");
    return watch.fired() ? std::nullopt : report;
}

} // namespace swb
