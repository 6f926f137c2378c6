// libFuzzer target: a segment definition from arbitrary bytes, parsed, resolved against a fixture workspace (every
// field type, NULLs, saved segments) and compiled. The compiled SQL must prepare and run, and the in-memory evaluator
// must count exactly the customers SQLite counts; a parsed definition must survive a round trip through its JSON.
#include "fuzzsupport.h"

#include "../model/testsupport_filter.h"
#include "model/database.h"
#include "model/filter/columnstore.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterdefinition.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"

#include <memory>

using namespace swb;

namespace {

struct Fixture
{
    std::unique_ptr<Workspace> workspace;
    FilterContext context;
    std::shared_ptr<const ColumnStore> store;
    QString keyExpression;

    Fixture()
    {
        QString error;
        workspace = Workspace::open(fuzz::scratchPath(QStringLiteral("fixture.sqlite")),
                                    Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            fuzz::fail(error);
        test::FilterFixtureOptions options;
        options.rows = 300;
        if (!test::buildFilterFixture(*workspace, options, &error))
            fuzz::fail(error);
        context = FilterContext::fromWorkspace(*workspace);
        const auto key = workspace->fieldByRole(FieldRole::CustomerKey);
        store = ColumnStore::load(workspace->db(), context.fields, key ? key->name : QString(), &error);
        if (!store)
            fuzz::fail(error);
        keyExpression = workspace->customerKeyExpression();
    }
};

qint64 sqlCount(Fixture& fixture, const CompiledFilter& compiled, const QByteArray& input)
{
    QString error;
    const QString sql = QStringLiteral("SELECT count(*) FROM customers WHERE ") + compiled.where;
    Statement statement = fixture.workspace->db().prepare(sql, &error);
    if (!statement.isValid())
        fuzz::fail(
            QStringLiteral("the compiled SQL does not prepare: %1\n%2\n%3").arg(error, sql, QString::fromUtf8(input)));
    FilterCompiler::bind(statement, compiled.bindings);
    if (!statement.next())
        fuzz::fail(QStringLiteral("the compiled SQL fails: %1\n%2\n%3")
                       .arg(statement.errorMessage(), sql, QString::fromUtf8(input)));
    return statement.toInt64(0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static Fixture fixture;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto definition = FilterDefinition::parse(input, &error);
    if (!definition)
        return 0;

    const QByteArray written = FilterDefinition::toJsonText(*definition);
    const auto reread = FilterDefinition::parse(written, &error);
    if (!reread)
        fuzz::fail(QStringLiteral("the written definition does not parse again: %1\n%2")
                       .arg(error, QString::fromUtf8(written)));
    if (FilterDefinition::toJsonText(*reread) != written)
        fuzz::fail(QStringLiteral("the definition changes in a round trip:\n%1\n%2")
                       .arg(QString::fromUtf8(written), QString::fromUtf8(FilterDefinition::toJsonText(*reread))));

    const auto resolved = FilterResolver::resolve(*definition, fixture.context, &error);
    if (!resolved)
        return 0;
    const CompiledFilter compiled = FilterCompiler::compile(*resolved, fixture.keyExpression);
    const qint64 sql = sqlCount(fixture, compiled, input);

    FilterEvaluator evaluator(fixture.store);
    evaluator.setDatabase(&fixture.workspace->db(), fixture.keyExpression);
    const auto memory = evaluator.count(*resolved, &error);
    if (!memory)
        fuzz::fail(QStringLiteral("the evaluator fails: %1\n%2").arg(error, QString::fromUtf8(input)));
    if (*memory != sql)
        fuzz::fail(QStringLiteral("SQLite counts %1, the evaluator %2\n%3\n%4")
                       .arg(QString::number(sql), QString::number(*memory), compiled.where, QString::fromUtf8(input)));
    const auto funnel = evaluator.funnel(*resolved, &error);
    if (!funnel)
        fuzz::fail(QStringLiteral("the funnel fails: %1\n%2").arg(error, QString::fromUtf8(input)));
    if (funnel->count != sql)
        fuzz::fail(QStringLiteral("SQLite counts %1, the funnel %2\n%3")
                       .arg(QString::number(sql), QString::number(funnel->count), QString::fromUtf8(input)));
    return 0;
}
