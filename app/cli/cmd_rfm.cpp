// `swb rfm`: RFM scores and groups for every customer with an order, optionally saved as segments.
#include "app/cli/cli.h"

#include "model/analytics/rfmservice.h"
#include "model/postgres/pgrfm.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::rfm", text);
}

// The groups computed by the server (window functions), nothing saved: the JSON has no run_id and no segments.
int rfmOnServer(PgWorkspace& server, const RfmConfig& config, bool json)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    auto result = PgRfm::groups(server, config, &error);
    if (!result)
        return fail(error);
    result->seconds = double(timer.elapsed()) / 1000.0;
    if (json) {
        QJsonObject object = result->toJson();
        object.remove(QStringLiteral("run_id"));
        object.remove(QStringLiteral("segments"));
        printJson(object);
        return Ok;
    }
    QString text = tr("RFM as of %1 (not saved): %2 customers scored, %3 without orders.\n")
                       .arg(result->asOfDate.toString(Qt::ISODate))
                       .arg(result->scored)
                       .arg(result->unscored);
    for (const RfmGroupCount& group : result->groups)
        text += QStringLiteral("%1\t%2\n").arg(group.group, QString::number(group.customers));
    print(text);
    return Ok;
}

int runRfm(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("RFM scoring: writes rfm_r, rfm_f, rfm_m and rfm_group into the customer "
                                        "table and prints the group counts. Levels and grid are remembered in the "
                                        "workspace."));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("levels"), tr("Score levels 3, 4 or 5 (default: the workspace's, else 5)."), tr("N")},
        {QStringLiteral("grid"), tr("Grid JSON file {\"levels\":5,\"rows\":[…]} (see --print-grid)."), tr("FILE")},
        {QStringLiteral("print-grid"), tr("Print the grid in use as JSON and exit.")},
        {QStringLiteral("save-segments"), tr("Save one static segment per group (\"RFM: Champions\", …).")},
        {QStringLiteral("transitions"), tr("Print how customers moved between two runs, e.g. 1,2."), tr("FROM,TO")},
        jsonOption(),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.value(QStringLiteral("db"));
    QString error;
    RfmConfig config;
    std::unique_ptr<PgWorkspace> server;
    if (PgWorkspace::isUri(path)) {
        if (parser.isSet(QStringLiteral("transitions")) || parser.isSet(QStringLiteral("save-segments")))
            return fail(tr("On a PostgreSQL server, swb rfm computes the groups without saving a run so far: "
                           "--transitions and --save-segments work on workspace files."));
        server = PgWorkspace::open(path, &error);
        if (!server)
            return fail(tr("Cannot use the server: %1").arg(error));
        config = PgRfm::loadConfig(*server);
    } else {
        const auto workspace = openWorkspace(parser, &exitCode);
        if (!workspace)
            return exitCode;
        config = RfmAnalysis::loadConfig(workspace->db());
        if (parser.isSet(QStringLiteral("transitions"))) {
            const QStringList runs = splitList(parser.value(QStringLiteral("transitions")));
            bool fromOk = false, toOk = false;
            const qint64 from = runs.value(0).toLongLong(&fromOk);
            const qint64 to = runs.value(1).toLongLong(&toOk);
            if (runs.size() != 2 || !fromOk || !toOk)
                return fail(tr("--transitions needs two run ids, e.g. 1,2."), Usage);
            const auto matrix = RfmAnalysis::transitions(workspace->db(), from, to, &error);
            if (!matrix)
                return fail(error);
            printJson(matrix->toJson());
            return Ok;
        }
    }
    if (parser.isSet(QStringLiteral("grid"))) {
        const QString gridPath = parser.value(QStringLiteral("grid"));
        const QByteArray gridJson = readLimitedFile(gridPath, maxGridBytes, tr("RFM grid"), &error);
        if (!error.isEmpty())
            return fail(error);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(gridJson, &parseError);
        if (document.isNull())
            return fail(tr("%1 is not valid JSON: %2").arg(gridPath, parseError.errorString()));
        if (!document.isObject())
            return fail(tr("%1 is not an RFM grid: it should hold a JSON object with \"levels\" and \"rows\"; swb rfm "
                           "--print-grid shows one.")
                            .arg(gridPath));
        auto grid = RfmGrid::fromJson(document.object(), &error);
        if (!grid)
            return fail(error);
        config.grid = *grid;
        config.levels = grid->levels();
    } else if (parser.isSet(QStringLiteral("levels"))) {
        bool ok = false;
        const int levels = parser.value(QStringLiteral("levels")).toInt(&ok);
        if (!ok || levels < 3 || levels > 5)
            return fail(tr("--levels must be 3, 4 or 5 (the score levels the named groups are defined for), not "
                           "\"%1\".")
                            .arg(parser.value(QStringLiteral("levels"))),
                        Usage);
        config.levels = levels;
        config.grid = RfmGrid::defaultGrid(levels);
    }
    if (parser.isSet(QStringLiteral("print-grid"))) {
        printJson(config.grid.toJson());
        return Ok;
    }
    if (server)
        return rfmOnServer(*server, config, parser.isSet(QStringLiteral("json")));
    const RfmOutcome outcome = RfmService::compute(path, config, parser.isSet(QStringLiteral("save-segments")));
    if (!outcome.result)
        return fail(outcome.error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(outcome.result->toJson());
        return Ok;
    }
    QString text = tr("RFM run %1 as of %2: %3 customers scored, %4 without orders.\n")
                       .arg(outcome.result->runId)
                       .arg(outcome.result->asOfDate.toString(Qt::ISODate))
                       .arg(outcome.result->scored)
                       .arg(outcome.result->unscored);
    for (const RfmGroupCount& group : outcome.result->groups)
        text += QStringLiteral("%1\t%2\n").arg(group.group, QString::number(group.customers));
    print(text);
    return Ok;
}

const Registrar registrar("rfm", "RFM scores and groups (Champions … Lost)", &runRfm);

} // namespace
} // namespace swb::cli
