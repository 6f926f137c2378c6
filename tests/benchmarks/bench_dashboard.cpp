// Dashboard benchmark, in process: the KPIs of the base and every saved segment and the overlap of every pair, on
// the column store as the dashboard's jobs have it (loaded through ColumnStoreCache, segments evaluated as bitsets,
// each run with an empty rule cache), next to the old path (one SELECT per set through SQLite) for the same
// numbers. --print-sql prints each segment's WHERE clause (values written in) for the sqlite3 shell peer.
//
//   bench_dashboard --db WS [--runs N] [--no-sql-path]
//   bench_dashboard --db WS --print-sql
#include "analysis/benchstats.h"
#include "benchcli.h"
#include "model/analytics/kpicalculator.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace swb;
using bench::fail;
using bench::printJson;
using BenchStats::elapsedMs;
using BenchStats::percentile;
using BenchStats::round2;

namespace {

// A bound value as an SQL literal of the same type.
QString literal(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return QString::number(value.toLongLong());
    case QMetaType::Double: {
        QString text = QString::number(value.toDouble(), 'g', 17);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
            text += QStringLiteral(".0");
        return text;
    }
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    }
}

// The condition with its values written in place of the `?` (outside quoted text and names).
QString inlined(const SqlCondition& condition)
{
    QString out;
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : condition.sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            out += literal(condition.bindings.value(next++));
        } else {
            out += c;
        }
    }
    return out;
}

int printSql(Workspace& workspace, const QStringList& names)
{
    SelectionSql sql(workspace);
    QJsonArray segments;
    for (const QString& name : names) {
        QString error;
        const auto condition = sql.condition(Selection::segment(name), &error);
        if (!condition)
            return fail(error);
        segments << QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("where"), inlined(*condition)}};
    }
    printJson(QJsonObject{{QStringLiteral("as_of"), workspace.asOfDate().toString(Qt::ISODate)},
                          {QStringLiteral("segments"), segments}});
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({bench::dbOption(),
                       bench::runsOption(5),
                       {QStringLiteral("no-sql-path"), QStringLiteral("Skip the SQL path (slow).")},
                       {QStringLiteral("print-sql"), QStringLiteral("Print each segment's WHERE clause.")}});
    parser.process(app);
    QString error;
    auto workspace = Workspace::open(parser.value(QStringLiteral("db")), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return fail(error);
    QStringList names;
    for (const Segment& segment : SegmentRepository(*workspace).list())
        names << segment.name;
    if (parser.isSet(QStringLiteral("print-sql")))
        return printSql(*workspace, names);
    const int runs = bench::runCount(parser);
    QList<KpiSelection> selections;
    for (const QString& name : std::as_const(names))
        selections << KpiSelection{name, Selection::segment(name)};
    const QDate asOf = workspace->asOfDate();

    QElapsedTimer timer;
    timer.start();
    const auto loaded = StoreSelections::load(*workspace, &error);
    if (!loaded)
        return fail(error);
    const double loadMs = elapsedMs(timer);

    std::vector<double> kpiMs, overlapMs;
    std::optional<KpiReport> report;
    for (int run = 0; run < runs; ++run) {
        StoreSelections selectionsKpis(*workspace, loaded->sharedStore()); // an empty rule cache, as a new job has
        timer.restart();
        report = KpiCalculator::computeOnStore(selectionsKpis, asOf, selections, &error);
        kpiMs.push_back(elapsedMs(timer));
        if (!report)
            return fail(error);
        StoreSelections selectionsOverlap(*workspace, loaded->sharedStore());
        timer.restart();
        const auto matrix = selectionsOverlap.overlap(names, &error);
        overlapMs.push_back(elapsedMs(timer));
        if (!matrix)
            return fail(error);
    }
    QJsonObject result{{QStringLiteral("customers"), loaded->store().rowCount()},
                       {QStringLiteral("segments"), names.size()},
                       {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("store_load_ms"), round2(loadMs)},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("kpis_p50_ms"), round2(percentile(kpiMs, 0.5))},
                       {QStringLiteral("kpis_min_ms"), round2(percentile(kpiMs, 0.0))},
                       {QStringLiteral("overlap_p50_ms"), round2(percentile(overlapMs, 0.5))},
                       {QStringLiteral("overlap_min_ms"), round2(percentile(overlapMs, 0.0))}};
    if (!parser.isSet(QStringLiteral("no-sql-path"))) {
        // The SQL path for the same numbers: they must be identical, to the bit.
        timer.restart();
        const auto bySql = KpiCalculator::computeBySql(*workspace, asOf, selections, &error);
        result.insert(QStringLiteral("sql_path_ms"), round2(elapsedMs(timer)));
        if (!bySql)
            return fail(error);
        result.insert(QStringLiteral("identical_to_sql_path"), bySql->toJson() == report->toJson());
    }
    printJson(result);
    return 0;
}
