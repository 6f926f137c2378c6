// `swb fields`: lists the field catalog of a workspace and changes the roles of columns.
#include "app/cli/cli.h"

#include "model/fieldcatalog.h"
#include "model/import/orderderivedfields.h"
#include "model/import/roleassignment.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::fields", text);
}

// Defines and drops the fields derived from order columns that the options name.
int changeDerivations(Database& db, const QStringList& derive, const QStringList& remove)
{
    QString error;
    for (const QString& text : derive) {
        const auto field = OrderDerivedFields::parse(text, &error);
        if (!field)
            return fail(error, Usage);
        if (!OrderDerivedFields::define(db, *field, &error))
            return fail(error);
    }
    for (const QString& name : remove) {
        if (!OrderDerivedFields::remove(db, name, &error))
            return fail(error);
    }
    return Ok;
}

} // namespace

int runFields(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the columns of a workspace table (name, original header, type, role, PII flag, derived) and "
           "changes column roles. A role belongs to one column at a time: giving it to a column takes it from any "
           "other; the PII flag follows the role.\nRoles: %1.")
            .arg(RoleAssignment::roleNames()));
    const QCommandLineOption db = workspaceOption();
    const QCommandLineOption table(QStringLiteral("table"), tr("customers (default) or orders."),
                                   QStringLiteral("TABLE"), QStringLiteral("customers"));
    const QCommandLineOption setRoleOption(QStringLiteral("set-role"),
                                           tr("Give ROLE to COLUMN (repeatable); ROLE none removes a role."),
                                           QStringLiteral("COLUMN=ROLE"));
    const QCommandLineOption deriveOption(
        QStringLiteral("derive"),
        tr("Add a customer field NAME derived from the order column COLUMN (repeatable), refreshed at every orders "
           "import. KIND: last, first or most_frequent value, or distinct_count."),
        QStringLiteral("NAME=KIND:COLUMN"));
    const QCommandLineOption removeDerivedOption(QStringLiteral("remove-derived"),
                                                 tr("Remove the customer field NAME derived from the orders."),
                                                 QStringLiteral("NAME"));
    const QCommandLineOption json = jsonOption(tr("Print the catalog as one JSON object."));
    parser.addOptions({db, table, setRoleOption, deriveOption, removeDerivedOption, json});
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    const QString tableName = parser.value(table);
    if (tableName != QLatin1String("customers") && tableName != QLatin1String("orders"))
        return fail(tr("Unknown --table \"%1\": use customers or orders.").arg(tableName), Usage);

    QString error;
    const auto workspace = openWorkspace(parser, &exitCode);
    if (!workspace)
        return exitCode;

    for (const QString& assignment : parser.values(setRoleOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(tr("--set-role needs COLUMN=ROLE, not \"%1\".").arg(assignment), Usage);
        const QString column = assignment.left(equals).trimmed();
        const auto role = fieldRoleFromName(assignment.mid(equals + 1).trimmed());
        if (!role)
            return fail(
                tr("Unknown role \"%1\". Roles: %2.").arg(assignment.mid(equals + 1), RoleAssignment::roleNames()),
                Usage);
        bool recomputed = false;
        if (!RoleAssignment::assign(workspace->db(), tableName, column, *role, &recomputed, &error))
            return fail(error);
        if (recomputed && !parser.isSet(json))
            print(tr("The customers' purchase fields were recomputed from the orders with the new role of %1.\n")
                      .arg(column));
    }

    if (const int changed
        = changeDerivations(workspace->db(), parser.values(deriveOption), parser.values(removeDerivedOption));
        changed != Ok)
        return changed;

    const QList<FieldInfo> fields = workspace->fields(tableName);
    QHash<QString, OrderDerivedField> fromOrders;
    if (tableName == QLatin1String("customers")) {
        for (const OrderDerivedField& field : OrderDerivedFields::load(workspace->db()))
            fromOrders.insert(field.name, field);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FieldInfo& field : fields) {
            QJsonObject object{{QStringLiteral("name"), field.name},
                               {QStringLiteral("header"), field.originalHeader},
                               {QStringLiteral("type"), fieldTypeName(field.type)},
                               {QStringLiteral("role"), fieldRoleName(field.role)},
                               {QStringLiteral("pii"), field.pii},
                               {QStringLiteral("derived"), field.derived},
                               {QStringLiteral("position"), field.position}};
            if (const auto found = fromOrders.constFind(field.name); found != fromOrders.cend()) {
                object.insert(QStringLiteral("derived_from"),
                              QJsonObject{{QStringLiteral("column"), found->source},
                                          {QStringLiteral("kind"), OrderDerivedFields::kindName(found->kind)}});
            }
            array.append(object);
        }
        printJson(QJsonObject{{QStringLiteral("table"), tableName}, {QStringLiteral("fields"), array}});
        return Ok;
    }
    if (fields.isEmpty()) {
        print(tr("The table %1 has no columns yet: import a file with swb import.").arg(tableName));
        return Ok;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(tr("name"), -24)
                       .arg(tr("type"), -8)
                       .arg(tr("role"), -20)
                       .arg(tr("pii"), -3)
                       .arg(tr("header"));
    for (const FieldInfo& field : fields) {
        text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                    .arg(field.name.leftJustified(24), fieldTypeName(field.type).leftJustified(8),
                         fieldRoleName(field.role).leftJustified(20),
                         (field.pii ? tr("yes") : QString()).leftJustified(3), field.originalHeader,
                         fromOrders.contains(field.name)
                             ? tr(" (derived: %1 of the order column %2)")
                                   .arg(OrderDerivedFields::kindName(fromOrders[field.name].kind),
                                        fromOrders[field.name].source)
                             : (field.derived ? tr(" (derived)") : QString()));
    }
    print(text);
    return Ok;
}

static const Registrar registrar("fields", "list the columns of a workspace and set their roles", &runFields);

} // namespace swb::cli
