// `swb count`: how many customers a definition (or a saved segment) selects, printed alone.
#include "app/cli/cli.h"

#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/filter/segmentlookup.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::count", text);
}

// A saved segment counts as the definition "member of that segment": a dynamic segment's stored definition,
// a static segment's members that are still among the customers.
QByteArray segmentDefinition(const QString& name)
{
    const QJsonObject rule{{QStringLiteral("field"), FilterResolver::segmentField()},
                           {QStringLiteral("operator"), QStringLiteral("in")},
                           {QStringLiteral("value"), QJsonArray{name}}};
    const QJsonObject group{{QStringLiteral("combinator"), QStringLiteral("and")},
                            {QStringLiteral("rules"), QJsonArray{rule}}};
    return QJsonDocument(group).toJson(QJsonDocument::Compact);
}

int runCount(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints how many customers a definition selects. The definition is react-querybuilder JSON (or jQuery "
           "QueryBuilder JSON), given inline or as @FILE; --segment counts a saved segment instead."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The workspace file."), QStringLiteral("WS"));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("The definition: JSON text or @FILE."),
                                    QStringLiteral("JSON"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("A saved segment."), QStringLiteral("NAME"));
    parser.addOptions({db, filter, segment});
    int exitCode = Ok;
    if (!parse(parser, arguments, &exitCode) || !require(parser, QStringLiteral("db"), &exitCode))
        return exitCode;
    if (parser.isSet(filter) == parser.isSet(segment))
        return fail(tr("Give either --filter or --segment."), Usage);

    QString error;
    auto workspace = Workspace::open(parser.value(db), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return fail(error);
    if (!workspace->hasCustomers())
        return fail(tr("The workspace has no customers yet. Import a customers file with swb import first."));

    QByteArray definition;
    if (parser.isSet(segment)) {
        const QString name = parser.value(segment);
        if (!databaseSegmentLookup(workspace->db())(name))
            return fail(tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(name));
        definition = segmentDefinition(name);
    } else {
        definition = readJsonArgument(parser.value(filter), &error);
        if (!error.isEmpty())
            return fail(error);
    }

    const auto resolved = FilterResolver::resolve(definition, FilterContext::fromWorkspace(*workspace), &error);
    if (!resolved)
        return fail(tr("The definition is not valid: %1").arg(error));
    // One count on a freshly opened workspace: SQLite answers it without loading the in-memory store.
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, workspace->customerKeyExpression());
    const auto count = FilterCompiler::count(workspace->db(), compiled, &error);
    if (!count)
        return fail(tr("Counting failed: %1").arg(error));
    print(QString::number(*count));
    return Ok;
}

const Registrar registrar("count", "Count the customers a definition or segment selects", &runCount);

} // namespace

} // namespace swb::cli
