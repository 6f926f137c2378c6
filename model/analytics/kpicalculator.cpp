#include "model/analytics/kpicalculator.h"

#include "model/analytics/storekpis.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/selection/selectionsql.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

#include <QJsonArray>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <vector>

namespace swb {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

QJsonValue toJson(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue toJson(const KpiValue& value)
{
    return toJson(value.value);
}

// Every KPI by its JSON key, for toJson and lifts.
template<typename Visit>
void forEachKpi(const KpiSet& set, Visit visit)
{
    visit("revenue", set.revenue);
    visit("revenue_per_customer", set.revenuePerCustomer);
    visit("average_order_value", set.averageOrderValue);
    visit("purchase_frequency", set.purchaseFrequency);
    visit("median_recency_days", set.medianRecencyDays);
    visit("churn_rate", set.churnRate);
    visit("nps", set.nps);
    visit("clv", set.clv);
    visit("predicted_clv", set.predictedClv);
}

KpiValue derived(std::optional<double> value, const KpiValue& basis)
{
    KpiValue result;
    result.value = value;
    result.known = basis.known;
    result.unknown = basis.unknown;
    return result;
}

// The SQL expression of a KPI field ("NULL" when it is missing).
QString column(const std::optional<FieldInfo>& field)
{
    return field ? quoteIdentifier(field->name) : QStringLiteral("NULL");
}

std::optional<KpiSet> computeSet(SelectionSql& sql, const KpiFields& fields, double asOfJulian, const QString& name,
                                 const Selection& selection, QString* error)
{
    const QString lastPurchase = fields.lastPurchase
        ? QStringLiteral("julianday(date(%1))").arg(column(fields.lastPurchase))
        : QStringLiteral("NULL");
    Statement stmt = sql.prepare(QStringLiteral("SELECT %1, %2, %3, %4, %5, %6")
                                     .arg(column(fields.revenue), column(fields.orders), lastPurchase,
                                          column(fields.churn), column(fields.nps), column(fields.predictedClv)),
                                 selection, QString(), error);
    if (!stmt.isValid())
        return std::nullopt;

    KpiInputs inputs;
    auto read = [&](int column) {
        return sqlite3_column_type(stmt.handle(), column) == SQLITE_NULL ? s_nan
                                                                         : sqlite3_column_double(stmt.handle(), column);
    };
    while (stmt.next()) {
        ++inputs.size;
        if (fields.revenue)
            inputs.revenue.push_back(read(0));
        if (fields.orders)
            inputs.orders.push_back(read(1));
        if (fields.lastPurchase) {
            const double last = read(2);
            inputs.recency.push_back(std::isnan(last) ? s_nan : asOfJulian - last);
        }
        if (fields.churn)
            inputs.churn.push_back(read(3));
        if (fields.nps)
            inputs.nps.push_back(read(4));
        if (fields.predictedClv)
            inputs.predictedClv.push_back(read(5));
    }
    if (stmt.failed()) {
        if (error)
            *error = stmt.errorMessage();
        return std::nullopt;
    }
    return KpiCalculator::fromInputs(name, fields, inputs);
}

// The base, then each segment with its share, through `make`; cancellable between sets.
template<typename Make>
std::optional<KpiReport> collect(KpiReport report, const QList<KpiSelection>& segments, QString* error,
                                 const CancelCheck& cancel, const ProgressCallback& progress, Make make)
{
    const int total = int(segments.size()) + 1;
    auto base = make(QString(), Selection::all());
    if (!base)
        return std::nullopt;
    report.base = *base;
    report.base.share = base->size > 0 ? std::optional<double>(1.0) : std::nullopt;
    if (progress)
        progress(100 / total);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (cancel && cancel()) {
            if (error)
                *error = QCoreApplication::translate("swb::KpiCalculator", "The KPI computation was cancelled.");
            return std::nullopt;
        }
        auto set = make(segments.at(i).name, segments.at(i).selection);
        if (!set)
            return std::nullopt;
        set->share = KpiMath::ratio(double(set->size), double(report.base.size));
        report.segments << *set;
        if (progress)
            progress(int(100 * (i + 2) / total));
    }
    return report;
}

} // namespace

QJsonObject KpiSet::toJson(const KpiSet* base) const
{
    QJsonObject object{{QStringLiteral("size"), size}, {QStringLiteral("share"), swb::toJson(share)}};
    QJsonObject unknown;
    forEachKpi(*this, [&](const char* key, const KpiValue& value) {
        object.insert(QLatin1String(key), swb::toJson(value));
        unknown.insert(QLatin1String(key), value.unknown);
    });
    object.insert(QStringLiteral("unknown"), unknown);
    if (base) {
        object.insert(QStringLiteral("lift_size"),
                      swb::toJson(KpiMath::lift(
                          double(size), base->size > 0 ? std::optional<double>(double(base->size)) : std::nullopt)));
        std::vector<std::pair<const char*, std::optional<double>>> baseValues;
        forEachKpi(*base, [&](const char* key, const KpiValue& value) { baseValues.emplace_back(key, value.value); });
        size_t index = 0;
        forEachKpi(*this, [&](const char* key, const KpiValue& value) {
            object.insert(QStringLiteral("lift_") + QLatin1String(key),
                          swb::toJson(KpiMath::lift(value.value, baseValues[index++].second)));
        });
    }
    return object;
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject segmentsObject;
    for (const KpiSet& set : segments)
        segmentsObject.insert(set.name, set.toJson(&base));
    return QJsonObject{{QStringLiteral("as_of"), asOfDate.toString(Qt::ISODate)},
                       {QStringLiteral("base"), base.toJson()},
                       {QStringLiteral("segments"), segmentsObject},
                       {QStringLiteral("unavailable"), QJsonArray::fromStringList(unavailable)}};
}

KpiFields KpiCalculator::findFields(const QList<FieldInfo>& fields, QStringList* unavailable)
{
    KpiFields found;
    auto find = [&](FieldRole role, const QString& kpis, std::optional<FieldInfo>* field) {
        const auto candidate = FieldCatalog::findByRole(fields, role);
        if (candidate && (isNumeric(candidate->type) || role == FieldRole::LastPurchaseDate))
            *field = candidate;
        else if (unavailable)
            *unavailable << tr("%1 (no numeric field has the role \"%2\")").arg(kpis, fieldRoleName(role));
    };
    find(FieldRole::Revenue, QStringLiteral("revenue, revenue_per_customer, average_order_value, clv"), &found.revenue);
    find(FieldRole::OrdersCount, QStringLiteral("purchase_frequency, average_order_value"), &found.orders);
    find(FieldRole::LastPurchaseDate, QStringLiteral("median_recency_days"), &found.lastPurchase);
    find(FieldRole::Churn, QStringLiteral("churn_rate"), &found.churn);
    find(FieldRole::Nps, QStringLiteral("nps"), &found.nps);
    // Not a role: the customer-value models store it as a derived field (ClvSave).
    const auto predicted = FieldCatalog::findByName(fields, predictedClvField());
    if (predicted && predicted->derived && isNumeric(predicted->type))
        found.predictedClv = predicted;
    else if (unavailable)
        *unavailable << tr("predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a "
                           "segment there)");
    return found;
}

KpiSet KpiCalculator::fromInputs(const QString& name, const KpiFields& fields, const KpiInputs& inputs)
{
    KpiParts parts;
    parts.size = inputs.size;
    if (fields.revenue)
        parts.revenue = KpiMath::moneySum(inputs.revenue);
    if (fields.orders)
        parts.orders = KpiMath::sum(inputs.orders);
    if (fields.lastPurchase)
        parts.recency = KpiMath::median(inputs.recency);
    if (fields.churn)
        parts.churn = KpiMath::sum(inputs.churn);
    if (fields.nps)
        parts.nps = KpiMath::nps(inputs.nps);
    if (fields.predictedClv)
        parts.predictedClv = KpiMath::moneySum(inputs.predictedClv);
    return fromParts(name, fields, parts);
}

KpiSet KpiCalculator::fromParts(const QString& name, const KpiFields& fields, const KpiParts& parts)
{
    KpiSet set;
    set.name = name;
    set.size = parts.size;
    if (fields.revenue) {
        set.revenue = parts.revenue;
        set.revenuePerCustomer = KpiMath::meanOf(parts.revenue);
        set.clv = set.revenuePerCustomer;
    }
    if (fields.orders) {
        set.purchaseFrequency = KpiMath::meanOf(parts.orders);
        if (fields.revenue) {
            const KpiValue& orderSum = parts.orders;
            set.averageOrderValue
                = derived(set.revenue.value && orderSum.value ? KpiMath::ratio(*set.revenue.value, *orderSum.value)
                                                              : std::nullopt,
                          set.revenue);
        }
    }
    if (fields.lastPurchase)
        set.medianRecencyDays = parts.recency;
    if (fields.churn)
        set.churnRate = KpiMath::meanOf(parts.churn);
    if (fields.nps)
        set.nps = parts.nps;
    if (fields.predictedClv)
        set.predictedClv = KpiMath::meanOf(parts.predictedClv);
    return set;
}

std::optional<KpiReport> KpiCalculator::compute(Workspace& workspace, const QDate& asOfDate,
                                                const QList<KpiSelection>& segments, QString* error,
                                                const CancelCheck& cancel, const ProgressCallback& progress)
{
    if (!workspace.db().tableExists(QStringLiteral("customers"))) {
        if (error)
            *error = tr("The workspace has no customers yet: import a customer file first.");
        return std::nullopt;
    }
    auto selections = StoreSelections::load(workspace, error, cancel, [&](int percent) {
        if (progress)
            progress(percent / 2);
    });
    if (!selections)
        return std::nullopt;
    const ProgressCallback secondHalf = [&](int percent) {
        if (progress)
            progress(50 + percent / 2);
    };
    if (!StoreKpis(selections->store()).isExact())
        return computeBySql(workspace, asOfDate, segments, error, cancel, secondHalf);
    return computeOnStore(*selections, asOfDate, segments, error, cancel, secondHalf);
}

std::optional<KpiReport> KpiCalculator::computeOnStore(StoreSelections& selections, const QDate& asOfDate,
                                                       const QList<KpiSelection>& segments, QString* error,
                                                       const CancelCheck& cancel, const ProgressCallback& progress)
{
    const StoreKpis kpis(selections.store());
    if (!kpis.isExact()) {
        if (error)
            *error = kpis.unavailable().join(QLatin1Char('\n'));
        return std::nullopt;
    }
    KpiReport report;
    report.asOfDate = asOfDate;
    report.unavailable = kpis.unavailable();
    return collect(std::move(report), segments, error, cancel, progress,
                   [&](const QString& name, const Selection& selection) -> std::optional<KpiSet> {
                       if (selection.isAll())
                           return kpis.compute(name, nullptr, asOfDate);
                       const auto rows = selections.rows(selection, error);
                       if (!rows)
                           return std::nullopt;
                       return kpis.compute(name, &*rows, asOfDate);
                   });
}

std::optional<KpiReport> KpiCalculator::computeBySql(Workspace& workspace, const QDate& asOfDate,
                                                     const QList<KpiSelection>& segments, QString* error,
                                                     const CancelCheck& cancel, const ProgressCallback& progress)
{
    Database& db = workspace.db();
    if (!db.tableExists(QStringLiteral("customers"))) {
        if (error)
            *error = tr("The workspace has no customers yet: import a customer file first.");
        return std::nullopt;
    }
    KpiReport report;
    report.asOfDate = asOfDate;
    const KpiFields fields = findFields(FieldCatalog::load(db), &report.unavailable);
    const double asOfJulian = julianMidnight(asOfDate);

    SelectionSql sql(workspace);
    return collect(std::move(report), segments, error, cancel, progress,
                   [&](const QString& name, const Selection& selection) {
                       return computeSet(sql, fields, asOfJulian, name, selection, error);
                   });
}

} // namespace swb
