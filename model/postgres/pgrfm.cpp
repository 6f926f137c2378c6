#include "model/postgres/pgrfm.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"

#include <QHash>
#include <QJsonDocument>

namespace swb {

namespace {

// SELECT key, r, f, m (0: not scored in that dimension) of the customers with orders; `levels` is bound first.
std::optional<QString> scoreQuery(PgWorkspace& workspace, QString* error)
{
    const QList<FieldInfo> fields = workspace.fields();
    const auto last = FieldCatalog::findByRole(fields, FieldRole::LastPurchaseDate);
    const auto orders = FieldCatalog::findByRole(fields, FieldRole::OrdersCount);
    const auto revenue = FieldCatalog::findByRole(fields, FieldRole::Revenue);
    if (!last || !orders || !revenue) {
        *error = RfmAnalysis::tr(
                     "RFM needs fields with the roles %1. Import an orders file (it adds them), or set the roles "
                     "of existing columns (swb fields --set-role COLUMN=ROLE).")
                     .arg(QStringLiteral("last_purchase_date, orders_count, revenue"));
        return std::nullopt;
    }
    // The values as SQLite's side reads them: julianday() of the last purchase (a timestamp here), the numbers.
    const QString r = QStringLiteral("CAST(%1 AS timestamp)").arg(quoteIdentifier(last->name));
    const QString f = QStringLiteral("CAST(%1 AS double precision)").arg(quoteIdentifier(orders->name));
    const QString m = QStringLiteral("CAST(%1 AS double precision)").arg(quoteIdentifier(revenue->name));
    auto score = [](const QString& value, const QString& name) {
        return QStringLiteral("CASE WHEN %1 IS NULL THEN 0 WHEN count(%1) OVER () = 1 THEN 1 ELSE least(CAST(? AS "
                              "bigint), 1 + (CAST(? AS bigint) * (rank() OVER (ORDER BY %1) - 1)) / (count(%1) OVER () "
                              "- 1)) END AS %2")
            .arg(value, name);
    };
    return QStringLiteral("SELECT %1 AS key, %2, %3, %4 FROM customers WHERE %5 > 0")
        .arg(workspace.customerKeyExpression(), score(r, QStringLiteral("r")), score(f, QStringLiteral("f")),
             score(m, QStringLiteral("m")), quoteIdentifier(orders->name));
}

QList<FilterValue> levelValues(int levels)
{
    QList<FilterValue> values;
    for (int i = 0; i < 6; ++i)
        values << FilterValue(qint64(levels));
    return values;
}

} // namespace

RfmConfig PgRfm::loadConfig(PgWorkspace& workspace)
{
    QString error;
    const auto stored
        = workspace.connection().query(QStringLiteral("SELECT value FROM meta WHERE key = 'rfm_config'"), {}, &error);
    if (stored && stored->rowCount() > 0) {
        if (const auto loaded
            = RfmConfig::fromJson(QJsonDocument::fromJson(stored->text(0, 0).toUtf8()).object(), &error))
            return *loaded;
    }
    return {};
}

std::optional<QList<PgRfmScore>> PgRfm::scores(PgWorkspace& workspace, int levels, QString* error)
{
    const auto query = scoreQuery(workspace, error);
    if (!query)
        return std::nullopt;
    const auto rows = workspace.connection().query(
        QStringLiteral("SELECT key, r, f, m FROM (%1) AS scored WHERE r > 0 AND f > 0 AND m > 0").arg(*query),
        levelValues(levels), error);
    if (!rows)
        return std::nullopt;
    QList<PgRfmScore> scores;
    for (int row = 0; row < rows->rowCount(); ++row)
        scores << PgRfmScore{rows->text(row, 0), int(rows->toInt64(row, 1)), int(rows->toInt64(row, 2)),
                             int(rows->toInt64(row, 3))};
    return scores;
}

std::optional<RfmResult> PgRfm::groups(PgWorkspace& workspace, const RfmConfig& config, QString* error)
{
    const auto query = scoreQuery(workspace, error);
    if (!query)
        return std::nullopt;
    // FM = ⌊(F + M + 1) / 2⌋ (RfmScoring::fmScore); the grid names the (R, FM) pairs here.
    const auto rows = workspace.connection().query(
        QStringLiteral("SELECT r, (f + m + 1) / 2 AS fm, count(*) FROM (%1) AS scored WHERE r > 0 AND f > 0 AND m > 0 "
                       "GROUP BY 1, 2")
            .arg(*query),
        levelValues(config.levels), error);
    const auto total = workspace.connection().queryInt64(QStringLiteral("SELECT count(*) FROM customers"), {}, error);
    if (!rows || !total)
        return std::nullopt;
    RfmResult result;
    result.asOfDate = workspace.asOfDate();
    result.config = config;
    QHash<QString, qint64> counts;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const qint64 customers = rows->toInt64(row, 2);
        counts[config.grid.group(int(rows->toInt64(row, 0)), int(rows->toInt64(row, 1)))] += customers;
        result.scored += customers;
    }
    result.unscored = *total - result.scored;
    for (const QString& group : config.grid.groupNames())
        result.groups << RfmGroupCount{group, counts.value(group)};
    return result;
}

} // namespace swb
