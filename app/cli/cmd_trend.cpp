// `swb trend`: a saved segment's size (and KPIs) back-calculated as of the end of each month or week, from the
// order lines dated on or before each date.
#include "app/cli/cli.h"

#include "model/analytics/trendservice.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::trend", text);
}

bool readDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* date, int* exitCode)
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date->isValid() || parser.value(option).size() != 10) {
        *exitCode = fail(tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".")
                             .arg(option.names().constFirst(), parser.value(option)),
                         Usage);
        return false;
    }
    return true;
}

// The options into a range; false with a usage error.
bool readRange(const QCommandLineParser& parser, const QCommandLineOption& months, const QCommandLineOption& from,
               const QCommandLineOption& to, const QCommandLineOption& step, TrendRange* range, int* exitCode)
{
    if (parser.isSet(months) && (parser.isSet(from) || parser.isSet(to))) {
        *exitCode = fail(tr("Give either --months or --from and --to."), Usage);
        return false;
    }
    if (parser.isSet(from) != parser.isSet(to)) {
        *exitCode = fail(tr("--from and --to go together: give both."), Usage);
        return false;
    }
    if (parser.isSet(months)) {
        bool ok = false;
        range->months = parser.value(months).toInt(&ok);
        if (!ok || range->months < 1 || range->months > 1200) {
            *exitCode = fail(tr("--months takes a whole number from 1 to 1200, not \"%1\".").arg(parser.value(months)),
                             Usage);
            return false;
        }
    }
    if (!readDate(parser, from, &range->from, exitCode) || !readDate(parser, to, &range->to, exitCode))
        return false;
    if (range->from.isValid() && range->to < range->from) {
        *exitCode = fail(tr("--from must not be after --to."), Usage);
        return false;
    }
    const QString stepName = parser.value(step);
    if (stepName == QLatin1String("month")) {
        range->step = TrendStep::Month;
    } else if (stepName == QLatin1String("week")) {
        range->step = TrendStep::Week;
    } else {
        *exitCode = fail(tr("--step takes month or week, not \"%1\".").arg(stepName), Usage);
        return false;
    }
    return true;
}

QJsonObject toJson(const TrendResult& result, const TrendSeries& series)
{
    QJsonArray points;
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const TrendPoint& point = series.points[i];
        points.append(QJsonObject{{QStringLiteral("date"), point.date.toString(Qt::ISODate)},
                                  {QStringLiteral("size"), point.size},
                                  {QStringLiteral("base_size"), result.baseSizes[i]},
                                  {QStringLiteral("kpis"), point.kpis.toJson(&result.baseKpis[i])},
                                  {QStringLiteral("base_kpis"), result.baseKpis[i].toJson()}});
    }
    return QJsonObject{{QStringLiteral("segment"), series.name},
                       {QStringLiteral("points"), points},
                       {QStringLiteral("unavailable"), QJsonArray::fromStringList(result.unavailable)},
                       {QStringLiteral("note"), TrendService::note()},
                       {QStringLiteral("order_lines"), result.orderLines},
                       {QStringLiteral("undated_lines"), result.undatedLines},
                       {QStringLiteral("unmatched_lines"), result.unmatchedLines}};
}

QString toText(const TrendResult& result, const TrendSeries& series)
{
    const QLocale locale;
    auto format = [](const KpiValue& value, int decimals) {
        return value.value ? QString::number(*value.value, 'f', decimals) : QStringLiteral("n/a");
    };
    QStringList lines{tr("Trend of \"%1\"").arg(series.name),
                      tr("date\tsize\tbase size\trevenue\taverage order value\tmedian recency (days)")};
    for (qsizetype i = 0; i < series.points.size(); ++i) {
        const TrendPoint& point = series.points[i];
        lines << QStringList{point.date.toString(Qt::ISODate),        locale.toString(point.size),
                             locale.toString(result.baseSizes[i]),    format(point.kpis.revenue, 2),
                             format(point.kpis.averageOrderValue, 2), format(point.kpis.medianRecencyDays, 0)}
                     .join(QLatin1Char('\t'));
    }
    lines << TrendService::note();
    if (result.undatedLines > 0)
        lines << QCoreApplication::translate("swb::cli::trend",
                                             "%n order line(s) without a date are left out of every point.", nullptr,
                                             int(result.undatedLines));
    return lines.join(QLatin1Char('\n'));
}

int runTrend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Back-calculates a saved segment over time: its size as of the end of each month (or week), with the "
           "fields derived from orders computed from the order lines dated on or before that day and relative "
           "dates counted from it. All other fields are taken as they are today."));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("The saved segment."), QStringLiteral("NAME"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    tr("The last N months up to the as-of date (default 12)."), QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the range, YYYY-MM-DD (with --to)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the range, YYYY-MM-DD (with --from)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption step(QStringLiteral("step"), tr("A point per month end or per week end (Sunday)."),
                                  QStringLiteral("month|week"), QStringLiteral("month"));
    const QCommandLineOption asOf = asOfOption(tr("The day the last --months end on, YYYY-MM-DD (default: the "
                                                  "workspace's as-of date)."));
    const QCommandLineOption json = jsonOption(tr("Print one JSON object: {\"segment\": …, \"points\": [{\"date\", "
                                                  "\"size\", \"base_size\", \"kpis\"}, …]}."));
    parser.addOptions({workspaceOption(), segment, months, from, to, step, asOf, json});
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode) || !require(parser, segment.names().constFirst(), &exitCode))
        return exitCode;
    TrendRange range;
    if (!readRange(parser, months, from, to, step, &range, &exitCode))
        return exitCode;
    if (!readAsOf(parser, &range.asOf, &exitCode))
        return exitCode;
    if (range.asOf && range.from.isValid())
        return fail(tr("--as-of sets the end of --months; with --from and --to leave it out."), Usage);
    if (!openWorkspace(parser, &exitCode))
        return exitCode;

    const TrendOutcome outcome
        = TrendService::compute(parser.value(QStringLiteral("db")), {parser.value(segment)}, range);
    if (!outcome.result)
        return fail(tr("The trend could not be computed: %1").arg(outcome.error));
    if (outcome.result->series.isEmpty()) {
        const QString why = outcome.result->leftOut.isEmpty() ? QString() : outcome.result->leftOut.constFirst().second;
        return fail(tr("The trend could not be computed: %1").arg(why));
    }
    const TrendSeries& series = outcome.result->series.constFirst();
    if (parser.isSet(json))
        printJson(toJson(*outcome.result, series));
    else
        print(toText(*outcome.result, series));
    return Ok;
}

const Registrar registrar("trend", "Back-calculate a segment's size over past months or weeks", &runTrend);

} // namespace

} // namespace swb::cli
