#include "model/postgres/pgworkspace.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgconnection.h"

#include <QCoreApplication>
#include <QUrl>

namespace swb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::PgWorkspace", text);
}

} // namespace

bool PgWorkspace::isUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString PgWorkspace::displayName(const QString& uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty())
        return uri.section(QLatin1Char('@'), -1); // a user:password before it is left out
    const QString database = url.path().mid(1);
    return tr("%1 on %2:%3").arg(database.isEmpty() ? url.userName() : database, url.host()).arg(url.port(5432));
}

std::unique_ptr<PgWorkspace> PgWorkspace::open(const QString& uri, QString* error)
{
    auto connection = PgConnection::open(uri, error);
    if (!connection)
        return nullptr;
    const auto tables = connection->queryInt64(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
                       "c.relnamespace WHERE n.nspname = current_schema() AND c.relname IN ('fields', 'customers')"),
        {}, error);
    if (!tables)
        return nullptr;
    if (*tables < 2) {
        *error = tr("The database holds no workspace (no tables \"fields\" and \"customers\"): import a customers "
                    "file into it first (swb import FILE --db URI).");
        return nullptr;
    }
    const auto partitions = connection->query(
        QStringLiteral("SELECT c.relname FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = "
                       "i.inhrelid WHERE i.inhparent = to_regclass('customers') ORDER BY c.relname"),
        {}, error);
    if (!partitions)
        return nullptr;
    std::unique_ptr<PgWorkspace> workspace(new PgWorkspace(std::move(connection)));
    for (int row = 0; row < partitions->rowCount(); ++row)
        workspace->m_partitions << partitions->text(row, 0);
    return workspace;
}

std::optional<PgResult> PgWorkspace::sumOverPartitions(const std::function<QString(const QString&)>& perTable,
                                                       int columns, const QList<FilterValue>& values, QString* error)
{
    if (m_partitions.isEmpty())
        return m_connection->query(perTable(QStringLiteral("customers")), values, error);
    QStringList parts;
    QList<FilterValue> bound;
    for (const QString& partition : m_partitions) {
        parts << perTable(quoteIdentifier(partition));
        bound << values;
    }
    QStringList sums;
    for (int c = 0; c < columns; ++c)
        sums << QStringLiteral("sum(c%1)").arg(c);
    return m_connection->query(QStringLiteral("SELECT %1 FROM (%2) AS parts")
                                   .arg(sums.join(QStringLiteral(", ")), parts.join(QStringLiteral(" UNION ALL "))),
                               bound, error);
}

PgWorkspace::PgWorkspace(std::unique_ptr<PgConnection> connection)
    : m_connection(std::move(connection))
{ }

PgWorkspace::~PgWorkspace() = default;

QList<FieldInfo> PgWorkspace::fields(const QString& table)
{
    if (const auto known = m_fields.constFind(table); known != m_fields.constEnd())
        return *known;
    QString error;
    const auto rows = m_connection->query(
        QStringLiteral("SELECT name, original_header, type, role, pii, position, derived, true_word, false_word, "
                       "coalesce(min_decimals, -1), coalesce(max_decimals, -1) FROM fields WHERE table_name = ? "
                       "ORDER BY position, name"),
        {FilterValue(table)}, &error);
    QList<FieldInfo> fields;
    for (int row = 0; rows && row < rows->rowCount(); ++row) {
        FieldInfo info;
        info.table = table;
        info.name = rows->text(row, 0);
        info.originalHeader = rows->text(row, 1);
        info.type = fieldTypeFromName(rows->text(row, 2)).value_or(FieldType::Text);
        info.role = fieldRoleFromName(rows->text(row, 3)).value_or(FieldRole::None);
        info.pii = rows->toInt64(row, 4) != 0;
        info.position = int(rows->toInt64(row, 5));
        info.derived = rows->toInt64(row, 6) != 0;
        info.trueWord = rows->text(row, 7);
        info.falseWord = rows->text(row, 8);
        info.minDecimals = int(rows->toInt64(row, 9));
        info.maxDecimals = int(rows->toInt64(row, 10));
        fields << info;
    }
    if (rows)
        m_fields.insert(table, fields);
    return fields;
}

QString PgWorkspace::customerKeyExpression()
{
    const auto key = FieldCatalog::findByRole(fields(), FieldRole::CustomerKey);
    return key ? quoteIdentifier(key->name) : QStringLiteral("ctid"); // PgWorkspaceCopy always has a key
}

std::optional<QDate> PgWorkspace::asOfDateOverride()
{
    QString error;
    const auto fixed
        = m_connection->query(QStringLiteral("SELECT value FROM meta WHERE key = 'as_of_date'"), {}, &error);
    if (fixed && fixed->rowCount() > 0) {
        const QDate date = QDate::fromString(fixed->text(0, 0), Qt::ISODate);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

QDate PgWorkspace::asOfDate()
{
    // Once per PgWorkspace (a job's or a command's life), as the fields: without an override it is a scan of the
    // customers, and every filterContext() asks for it (the sizes of N segments asked N times).
    if (!m_asOfDate)
        m_asOfDate = readAsOfDate();
    return *m_asOfDate;
}

QDate PgWorkspace::readAsOfDate()
{
    if (const auto fixed = asOfDateOverride())
        return *fixed;
    QString error;
    if (const auto last = FieldCatalog::findByRole(fields(), FieldRole::LastPurchaseDate)) {
        const auto latest = m_connection->query(
            QStringLiteral("SELECT max(%1) FROM customers").arg(quoteIdentifier(last->name)), {}, &error);
        if (latest && latest->rowCount() > 0 && !latest->isNull(0, 0)) {
            const QDate date = QDate::fromString(latest->text(0, 0).left(10), Qt::ISODate);
            if (date.isValid())
                return date.addDays(1);
        }
    }
    return QDate::currentDate();
}

SegmentLookup PgWorkspace::segmentLookup()
{
    PgConnection* connection = m_connection.get();
    return [connection](const QString& name) -> std::optional<SegmentInfo> {
        QString error;
        const auto rows = connection->query(
            QStringLiteral("SELECT id, name, kind, definition, updated_at FROM segments WHERE name = ?"),
            {FilterValue(name)}, &error);
        if (!rows || rows->rowCount() == 0)
            return std::nullopt;
        SegmentInfo info;
        info.id = rows->toInt64(0, 0);
        info.name = rows->text(0, 1);
        info.kind = segmentKindFromName(rows->text(0, 2)).value_or(SegmentKind::Dynamic);
        info.definition = rows->text(0, 3).toUtf8();
        info.updatedAt = rows->text(0, 4);
        return info;
    };
}

FilterContext PgWorkspace::filterContext(std::optional<QDate> asOf)
{
    FilterContext context;
    context.fields = fields();
    context.orderFields = fields(QStringLiteral("orders"));
    context.asOfDate = asOf ? *asOf : asOfDate();
    context.segments = segmentLookup();
    return context;
}

std::optional<qint64> PgWorkspace::count(const ResolvedGroup& definition, QString* error)
{
    const CompiledFilter compiled
        = FilterCompiler::compile(definition, customerKeyExpression(), SqlDialect::PostgreSQL);
    const auto result = sumOverPartitions(
        [&](const QString& table) {
            return QStringLiteral("SELECT count(*) AS c0 FROM ") + table + QStringLiteral(" WHERE ") + compiled.where;
        },
        1, compiled.bindings, error);
    if (!result)
        return std::nullopt;
    return result->toInt64(0, 0);
}

std::optional<FilterFunnel> PgWorkspace::funnel(const ResolvedGroup& definition, QString* error)
{
    const QString key = customerKeyExpression();
    std::vector<const ResolvedRule*> rules;
    collectRules(definition, &rules);
    FilterFunnel funnel;
    funnel.ruleCount = int(rules.size());
    const bool withSteps = funnel.ruleCount <= FilterEvaluator::maxFunnelRules;
    // count(*) FILTER (WHERE …) for the definition, and per rule for it alone and for the rest without it.
    QStringList columns{QStringLiteral("count(*) AS c0")};
    QList<FilterValue> bindings;
    auto add = [&](const CompiledFilter& filter) {
        columns << QStringLiteral("count(*) FILTER (WHERE ") + filter.where + QStringLiteral(") AS c")
                + QString::number(columns.size());
        bindings << filter.bindings;
    };
    add(FilterCompiler::compile(definition, key, SqlDialect::PostgreSQL));
    for (const ResolvedRule* rule : withSteps ? rules : std::vector<const ResolvedRule*>()) {
        add(FilterCompiler::compileRule(*rule, key, SqlDialect::PostgreSQL));
        add(FilterCompiler::compile(withoutRule(definition, rule->path), key, SqlDialect::PostgreSQL));
    }
    const QString selected = columns.join(QStringLiteral(", "));
    const auto result = sumOverPartitions(
        [&](const QString& table) { return QStringLiteral("SELECT ") + selected + QStringLiteral(" FROM ") + table; },
        int(columns.size()), bindings, error);
    if (!result)
        return std::nullopt;
    funnel.total = result->toInt64(0, 0);
    funnel.count = result->toInt64(0, 1);
    for (size_t i = 0; withSteps && i < rules.size(); ++i) {
        funnel.steps << FunnelStep::of(*rules[i], result->toInt64(0, int(2 + 2 * i)),
                                       result->toInt64(0, int(3 + 2 * i)), funnel.count);
    }
    return funnel;
}

ResolvedGroup PgWorkspace::withoutRule(const ResolvedGroup& group, const QString& path)
{
    ResolvedGroup copy;
    copy.path = group.path;
    copy.combinator = group.combinator;
    copy.negated = group.negated;
    for (const ResolvedNode& node : group.children) {
        if (const ResolvedRule* rule = node.rule()) {
            if (rule->path != path)
                copy.children.push_back(node);
        } else {
            ResolvedGroup child = withoutRule(*node.group(), path);
            if (!child.children.empty())
                copy.children.push_back(ResolvedNode{std::move(child)});
        }
    }
    return copy;
}

} // namespace swb
