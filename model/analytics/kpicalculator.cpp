#include "model/analytics/kpicalculator.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QJsonArray>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <vector>

namespace swb {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

// The columns each KPI needs, as SQL expressions ("NULL" when the role is missing).
struct KpiColumns
{
    QString revenue = QStringLiteral("NULL");
    QString orders = QStringLiteral("NULL");
    QString lastPurchase = QStringLiteral("NULL"); // julian day of the date part
    QString churn = QStringLiteral("NULL");
    QString nps = QStringLiteral("NULL");
    bool hasRevenue = false, hasOrders = false, hasLastPurchase = false, hasChurn = false, hasNps = false;
};

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
}

KpiValue derived(std::optional<double> value, const KpiValue& basis)
{
    KpiValue result;
    result.value = value;
    result.known = basis.known;
    result.unknown = basis.unknown;
    return result;
}

std::optional<KpiSet> computeSet(SelectionSql& sql, const KpiColumns& columns, double asOfJulian, const QString& name,
                                 const Selection& selection, QString* error)
{
    Statement stmt
        = sql.prepare(QStringLiteral("SELECT %1, %2, %3, %4, %5")
                          .arg(columns.revenue, columns.orders, columns.lastPurchase, columns.churn, columns.nps),
                      selection, QString(), error);
    if (!stmt.isValid())
        return std::nullopt;

    std::vector<double> revenue, orders, recency, churn, nps;
    auto read = [&](int column) {
        return sqlite3_column_type(stmt.handle(), column) == SQLITE_NULL ? s_nan
                                                                         : sqlite3_column_double(stmt.handle(), column);
    };
    qint64 size = 0;
    while (stmt.next()) {
        ++size;
        if (columns.hasRevenue)
            revenue.push_back(read(0));
        if (columns.hasOrders)
            orders.push_back(read(1));
        if (columns.hasLastPurchase) {
            const double last = read(2);
            recency.push_back(std::isnan(last) ? s_nan : asOfJulian - last);
        }
        if (columns.hasChurn)
            churn.push_back(read(3));
        if (columns.hasNps)
            nps.push_back(read(4));
    }
    if (stmt.failed()) {
        if (error)
            *error = stmt.errorMessage();
        return std::nullopt;
    }

    KpiSet set;
    set.name = name;
    set.size = size;
    if (columns.hasRevenue) {
        set.revenue = KpiMath::moneySum(revenue);
        set.revenuePerCustomer = KpiMath::moneyMean(revenue);
        set.clv = set.revenuePerCustomer;
    }
    if (columns.hasOrders) {
        set.purchaseFrequency = KpiMath::mean(orders);
        if (columns.hasRevenue) {
            const KpiValue orderSum = KpiMath::sum(orders);
            set.averageOrderValue
                = derived(set.revenue.value && orderSum.value ? KpiMath::ratio(*set.revenue.value, *orderSum.value)
                                                              : std::nullopt,
                          set.revenue);
        }
    }
    if (columns.hasLastPurchase)
        set.medianRecencyDays = KpiMath::median(recency);
    if (columns.hasChurn)
        set.churnRate = KpiMath::mean(churn);
    if (columns.hasNps)
        set.nps = KpiMath::nps(nps);
    return set;
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

std::optional<KpiReport> KpiCalculator::compute(Workspace& workspace, const QDate& asOfDate,
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
    const QList<FieldInfo> fields = FieldCatalog::load(db);
    KpiColumns columns;
    auto numericRole
        = [&](FieldRole role, const QString& kpis, const QString& roleLabel, QString* expression, bool* has) {
              const auto field = FieldCatalog::findByRole(fields, role);
              if (field && (isNumeric(field->type) || role == FieldRole::LastPurchaseDate)) {
                  *expression = quoteIdentifier(field->name);
                  *has = true;
              } else {
                  report.unavailable << tr("%1 (no numeric field has the role \"%2\")").arg(kpis, roleLabel);
              }
          };
    numericRole(FieldRole::Revenue, QStringLiteral("revenue, revenue_per_customer, average_order_value, clv"),
                fieldRoleName(FieldRole::Revenue), &columns.revenue, &columns.hasRevenue);
    numericRole(FieldRole::OrdersCount, QStringLiteral("purchase_frequency, average_order_value"),
                fieldRoleName(FieldRole::OrdersCount), &columns.orders, &columns.hasOrders);
    numericRole(FieldRole::LastPurchaseDate, QStringLiteral("median_recency_days"),
                fieldRoleName(FieldRole::LastPurchaseDate), &columns.lastPurchase, &columns.hasLastPurchase);
    numericRole(FieldRole::Churn, QStringLiteral("churn_rate"), fieldRoleName(FieldRole::Churn), &columns.churn,
                &columns.hasChurn);
    numericRole(FieldRole::Nps, QStringLiteral("nps"), fieldRoleName(FieldRole::Nps), &columns.nps, &columns.hasNps);
    if (columns.hasLastPurchase)
        columns.lastPurchase = QStringLiteral("julianday(date(%1))").arg(columns.lastPurchase);
    const double asOfJulian = double(asOfDate.toJulianDay()) - 0.5; // SQLite's julianday() of midnight

    const int total = int(segments.size()) + 1;
    SelectionSql sql(workspace);
    auto base = computeSet(sql, columns, asOfJulian, QString(), Selection::all(), error);
    if (!base)
        return std::nullopt;
    report.base = *base;
    report.base.share = base->size > 0 ? std::optional<double>(1.0) : std::nullopt;
    if (progress)
        progress(100 / total);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (cancel && cancel()) {
            if (error)
                *error = tr("The KPI computation was cancelled.");
            return std::nullopt;
        }
        auto set = computeSet(sql, columns, asOfJulian, segments.at(i).name, segments.at(i).selection, error);
        if (!set)
            return std::nullopt;
        set->share = KpiMath::ratio(double(set->size), double(report.base.size));
        report.segments << *set;
        if (progress)
            progress(int(100 * (i + 2) / total));
    }
    return report;
}

} // namespace swb
