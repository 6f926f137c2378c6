// `swb bench count`: live-count latency on a workspace, as the GUI counts (in-memory column store).
#include "app/cli/cli.h"

#include "model/filter/countbenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::bench", text);
}

int runBenchCount(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures live counts: open_ms (open the workspace and load the in-memory column store), p50_ms and "
           "p95_ms of cold counts (per-rule cache cleared before each run), funnel_ms (a cold count with the "
           "per-rule funnel), count; also cached_p50_ms, funnel_cached_ms, sqlite_ms (SQLite's own count of the "
           "same definition in this process), store_from (cache: the column store was read from the copy kept in "
           "the user's cache folder; sqlite: decoded from the workspace) and cache_save_ms (writing that copy)."));
    const QCommandLineOption db = workspaceOption();
    const QCommandLineOption filter(QStringLiteral("filter"), tr("The definition: JSON text or @FILE."),
                                    QStringLiteral("JSON"));
    const QCommandLineOption runs(QStringLiteral("runs"), tr("Number of timed counts (default 50)."),
                                  QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json = jsonOption(tr("Print one JSON object (the only output format)."));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Load the column store from the workspace even when a current copy exists, "
                                        "and keep no copy (the first opening after an import)."));
    parser.addOptions({db, filter, runs, noCache, json});
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode) || !require(parser, QStringLiteral("filter"), &exitCode))
        return exitCode;
    bool ok = false;
    CountBenchmarkOptions options;
    options.workspacePath = parser.value(db);
    options.runs = parser.value(runs).toInt(&ok);
    options.useCache = !parser.isSet(noCache);
    if (!ok || options.runs < 1)
        return fail(tr("--runs needs a positive whole number."), Usage);
    QString error;
    options.definition = readJsonArgument(parser.value(filter), &error);
    if (!error.isEmpty())
        return fail(error);
    const auto result = CountBenchmark::run(options, &error);
    if (!result)
        return fail(error);
    printJson(result->toJson());
    return Ok;
}

int runBench(const QStringList& arguments)
{
    const QString what = arguments.value(1);
    if (what == QLatin1String("count"))
        return runBenchCount(arguments.mid(1));
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        print(tr("Usage: swb bench count --db WS --filter JSON|@FILE [--runs N] [--no-cache] --json"));
        return Ok;
    }
    return fail(tr("Unknown benchmark \"%1\". Available: count.").arg(what), Usage);
}

const Registrar registrar("bench", "Benchmarks: swb bench count (live-count latency)", &runBench);

} // namespace

} // namespace swb::cli
