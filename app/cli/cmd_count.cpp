// `swb count`: how many customers a definition (or a saved segment) selects, printed alone or with each rule's
// funnel number.
#include "app/cli/cli.h"
#include "app/cli/servercancel.h"

#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/filter/segmentlookup.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::count", text);
}

int printFunnelResult(const FilterFunnel& funnel, bool json);

// Each rule's number: how much the count changes when the rule is muted, on the in-memory store the builder
// counts with (the kept copy when there is one).
int printFunnel(Workspace& workspace, const ResolvedGroup& resolved, bool json)
{
    QString error;
    const QList<FieldInfo> fields = workspace.fields();
    const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
    const ColumnStoreCache cache;
    ColumnStoreCache::Result loaded = cache.load(workspace.db(), fields, key ? key->name : QString(), &error);
    const std::shared_ptr<const ColumnStore> store(std::move(loaded.store));
    if (!store)
        return fail(tr("Counting failed: %1").arg(error));
    if (!loaded.keyToSave.isEmpty())
        cache.save(workspace.path(), *store, loaded.keyToSave);
    FilterEvaluator evaluator(store);
    evaluator.setDatabase(&workspace.db(), workspace.customerKeyExpression());
    const auto funnel = evaluator.funnel(resolved, &error);
    if (!funnel)
        return fail(tr("Counting failed: %1").arg(error));
    return printFunnelResult(*funnel, json);
}

int printFunnelResult(const FilterFunnel& funnel, bool json)
{
    if (!funnel.hasSteps())
        return fail(
            tr("The funnel is computed for definitions of at most %1 rules; this one has %2.")
                .arg(QLocale().toString(FilterEvaluator::maxFunnelRules), QLocale().toString(funnel.ruleCount)));
    if (json) {
        QJsonArray rules;
        for (const FunnelStep& step : funnel.steps) {
            QJsonArray path;
            for (const int index : FilterDefinition::pathIndexes(step.path))
                path.append(index);
            rules.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("change"), step.change}});
        }
        printJson(QJsonObject{{QStringLiteral("count"), funnel.count}, {QStringLiteral("rules"), rules}});
        return Ok;
    }
    QString text = QString::number(funnel.count);
    for (const FunnelStep& step : funnel.steps) {
        const QString change
            = step.change > 0 ? QLatin1Char('+') + QString::number(step.change) : QString::number(step.change);
        text += QLatin1Char('\n') + change + QLatin1Char('\t') + step.path + QLatin1Char('\t') + step.field
            + QLatin1Char(' ') + step.operatorName;
    }
    print(text);
    return Ok;
}

// The definition given by --filter or --segment (whose existence `exists` checks); empty with the error printed.
QByteArray definitionArgument(const QCommandLineParser& parser, const SegmentLookup& lookup, int* exitCode)
{
    QString error;
    if (parser.isSet(QStringLiteral("segment"))) {
        const QString name = parser.value(QStringLiteral("segment"));
        if (!lookup(name)) {
            *exitCode
                = fail(tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(name));
            return {};
        }
        return FilterResolver::segmentReference(name); // a dynamic one's definition, a static one's members
    }
    const QByteArray definition = readJsonArgument(parser.value(QStringLiteral("filter")), &error);
    if (!error.isEmpty())
        *exitCode = fail(error);
    return error.isEmpty() ? definition : QByteArray();
}

// --db postgresql://…: the count (or the funnel) computed by the server in one statement.
int countOnServer(const QCommandLineParser& parser, const std::optional<QDate>& asOfDate)
{
    QString error;
    const auto workspace = PgWorkspace::open(parser.value(QStringLiteral("db")), &error);
    if (!workspace)
        return fail(tr("Cannot use the server: %1").arg(error));
    int exitCode = Ok;
    const FilterContext context = workspace->filterContext(asOfDate);
    const QByteArray definition = definitionArgument(parser, context.segments, &exitCode);
    if (definition.isEmpty())
        return exitCode;
    const auto resolved = FilterResolver::resolve(definition, context, &error);
    if (!resolved)
        return fail(tr("The definition is not valid: %1").arg(error));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("funnel"))) {
        std::optional<FilterFunnel> funnel;
        {
            const ServerCancelScope cancel(workspace->connection());
            funnel = workspace->funnel(*resolved, &error);
            if (cancel.canceled())
                return fail(tr("Canceled: the server stopped counting."), Canceled);
        }
        return funnel ? printFunnelResult(*funnel, json) : fail(tr("Counting failed: %1").arg(error));
    }
    if (parser.isSet(QStringLiteral("sql"))) {
        const CompiledFilter compiled
            = FilterCompiler::compile(*resolved, workspace->customerKeyExpression(), SqlDialect::PostgreSQL);
        print(PgConnection::numberPlaceholders(FilterCompiler::countQueryText(compiled))
                  .replace(QStringLiteral("\n-- ?"), QStringLiteral("\n-- $")));
        return Ok;
    }
    std::optional<qint64> count;
    {
        const ServerCancelScope cancel(workspace->connection());
        count = workspace->count(*resolved, &error);
        if (cancel.canceled())
            return fail(tr("Canceled: the server stopped counting."), Canceled);
    }
    if (!count)
        return fail(tr("Counting failed: %1").arg(error));
    if (json)
        printJson(QJsonObject{{QStringLiteral("count"), *count}});
    else
        print(QString::number(*count));
    return Ok;
}

int runCount(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints how many customers a definition selects. The definition is react-querybuilder JSON (or jQuery "
           "QueryBuilder JSON), given inline or as @FILE; --segment counts a saved segment instead. --funnel adds "
           "each rule's number: how much the count changes when that rule is muted."));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("The definition: JSON text or @FILE."),
                                    QStringLiteral("JSON"));
    const QCommandLineOption segment(QStringLiteral("segment"), tr("A saved segment."), QStringLiteral("NAME"));
    const QCommandLineOption asOf = asOfOption(tr("The date relative-date rules count back from, YYYY-MM-DD "
                                                  "(default: the workspace's as-of date)."));
    const QCommandLineOption funnel(QStringLiteral("funnel"),
                                    tr("Also print each rule's change of the count when it is muted."));
    const QCommandLineOption json = jsonOption(tr("Print one JSON object: {\"count\": n} and, with --funnel, "
                                                  "\"rules\": [{\"path\": [0, 1], \"change\": -603}, …]."));
    const QCommandLineOption sql(QStringLiteral("sql"),
                                 tr("Print the count query instead of counting: the SQL statement, then one comment "
                                    "line per parameter (\"-- ?1 = 'DE'\"), to read or to run in the sqlite3 shell."));
    parser.addOptions({workspaceOption(), filter, segment, asOf, funnel, sql, json});
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(filter) == parser.isSet(segment))
        return fail(tr("Give either --filter or --segment."), Usage);
    std::optional<QDate> asOfDate;
    if (!readAsOf(parser, &asOfDate, &exitCode))
        return exitCode;

    QString error;
    if (PgWorkspace::isUri(parser.value(QStringLiteral("db"))))
        return countOnServer(parser, asOfDate);
    const auto workspace = openWorkspace(parser, &exitCode);
    if (!workspace)
        return exitCode;
    if (!workspace->hasCustomers())
        return fail(tr("The workspace has no customers yet. Import a customers file with swb import first."));

    const QByteArray definition = definitionArgument(parser, databaseSegmentLookup(workspace->db()), &exitCode);
    if (definition.isEmpty())
        return exitCode;

    FilterContext context = FilterContext::fromWorkspace(*workspace);
    if (asOfDate)
        context.asOfDate = *asOfDate;
    const auto resolved = FilterResolver::resolve(definition, context, &error);
    if (!resolved)
        return fail(tr("The definition is not valid: %1").arg(error));
    if (parser.isSet(funnel))
        return printFunnel(*workspace, *resolved, parser.isSet(json));
    // One count on a freshly opened workspace: SQLite answers it without loading the in-memory store.
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, workspace->customerKeyExpression());
    if (parser.isSet(sql)) {
        print(FilterCompiler::countQueryText(compiled));
        return Ok;
    }
    const auto count = FilterCompiler::count(workspace->db(), compiled, &error);
    if (!count)
        return fail(tr("Counting failed: %1").arg(error));
    if (parser.isSet(json))
        printJson(QJsonObject{{QStringLiteral("count"), *count}});
    else
        print(QString::number(*count));
    return Ok;
}

const Registrar registrar("count", "Count the customers a definition or segment selects", &runCount);

} // namespace

} // namespace swb::cli
