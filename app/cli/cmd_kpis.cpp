// `swb kpis`: the KPIs of design.md for the whole base and for saved segments, with lift.
#include "app/cli/cli.h"
#include "model/analytics/kpiservice.h"
#include "model/postgres/pgkpis.h"
#include "model/postgres/pgworkspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::kpis", text);
}

QString format(const KpiValue& value, int decimals)
{
    return value.value ? QString::number(*value.value, 'f', decimals) : QStringLiteral("n/a");
}

QString row(const KpiSet& set, const KpiSet* base)
{
    const QString lift
        = base && set.revenuePerCustomer.value && base->revenuePerCustomer.value && *base->revenuePerCustomer.value != 0
        ? QString::number(*set.revenuePerCustomer.value / *base->revenuePerCustomer.value * 100.0, 'f', 0)
        : QStringLiteral("n/a");
    // Joined, not .arg()-ed: a segment name may hold "%1".
    return QStringList{set.name.isEmpty() ? tr("(all customers)") : set.name,
                       QString::number(set.size),
                       format(set.revenue, 2),
                       format(set.revenuePerCustomer, 2),
                       lift,
                       format(set.averageOrderValue, 2),
                       format(set.medianRecencyDays, 0),
                       format(set.churnRate, 3),
                       format(set.nps, 1),
                       format(set.predictedClv, 2)}
               .join(QLatin1Char('\t'))
        + QLatin1Char('\n');
}

int runKpis(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("KPIs for the whole base and for saved segments, with lift = segment / base "
                                        "× 100. A KPI whose field role is missing is reported as unavailable."));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("segment"), tr("A saved segment (repeat for several)."), tr("NAME")},
        asOfOption(tr("As-of date YYYY-MM-DD for recency (default: the workspace's).")),
        jsonOption(),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    std::optional<QDate> asOf;
    if (!readAsOf(parser, &asOf, &exitCode))
        return exitCode;
    const QString db = parser.value(QStringLiteral("db"));
    const QStringList segments = parser.values(QStringLiteral("segment"));
    KpiOutcome outcome;
    if (PgWorkspace::isUri(db)) // computed by the server in one statement
        outcome.report = PgKpis::compute(db, segments, asOf, &outcome.error);
    else
        outcome = KpiService::compute(db, segments, asOf);
    if (!outcome.report)
        return fail(outcome.error);
    const KpiReport& report = *outcome.report;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(report.toJson());
        return Ok;
    }
    QString text = tr("As of %1\n").arg(report.asOfDate.toString(Qt::ISODate));
    text += tr("segment\tsize\trevenue\trevenue/customer\tlift\tavg order value\tmedian recency (days)\tchurn rate\t"
               "NPS\tpredicted CLV\n");
    text += row(report.base, nullptr);
    for (const KpiSet& set : report.segments)
        text += row(set, &report.base);
    for (const QString& missing : report.unavailable)
        text += tr("unavailable: %1\n").arg(missing);
    print(text);
    return Ok;
}

const Registrar registrar("kpis", "KPIs of the base and of segments, with lift", &runKpis);

} // namespace
} // namespace swb::cli
