// `swb import`: imports a customers or orders CSV file into a workspace (created when missing).
#include "app/cli/cli.h"
#include "app/cli/interrupt.h"
#include "app/cli/servercancel.h"

#include "model/analytics/trendservice.h"
#include "model/import/compactdates.h"
#include "model/import/importer.h"
#include "model/import/roleassignment.h"
#include "model/import/roleguesser.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgimport.h"
#include "model/postgres/pgworkspace.h"
#include "model/postgres/pgworkspacecopy.h"
#include "model/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::import", text);
}

// After an import the copies the counts and trends read are out of date; making them now (seconds on millions of
// order lines) spares the first trend the decoding from SQLite. The seconds it took, or -1 when the workspace has no
// orders to go back in time with or Ctrl+C stopped it (the import stands either way).
double prepareTrends(const QString& workspacePath)
{
    QElapsedTimer timer;
    timer.start();
    const InterruptScope interrupt;
    ProgressLine progress(tr("Preparing the data for trends…"));
    QString ignored;
    if (!TrendService::prepare(workspacePath, &ignored, &InterruptScope::interrupted,
                               [&progress](int percent) { progress.update(percent, 100); }))
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

std::optional<char> delimiterFromName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("auto"))
        return char(0);
    if (name == QLatin1String("tab") || name == QLatin1String("\\t") || name == QLatin1String("\t"))
        return '\t';
    if (name == QLatin1String(",") || name == QLatin1String("comma"))
        return ',';
    if (name == QLatin1String(";") || name == QLatin1String("semicolon"))
        return ';';
    if (name == QLatin1String("|") || name == QLatin1String("pipe"))
        return '|';
    return std::nullopt;
}

QString typeList()
{
    QStringList names;
    for (const FieldType type : {FieldType::Integer, FieldType::Real, FieldType::Text, FieldType::Date,
                                 FieldType::DateTime, FieldType::Boolean})
        names << fieldTypeName(type);
    return names.join(QStringLiteral(", "));
}

// The override of the file column that `assignment` (COLUMN=VALUE) names: by its header, else its column name,
// else either without regard to case. Null with the message when there is no such column.
ColumnOverride* overrideFor(const QString& option, const QString& assignment, const ImportPreview& preview,
                            QList<ColumnOverride>* overrides, QString* value, QString* error)
{
    const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = tr("%1 needs COLUMN=VALUE, not \"%2\".").arg(option, assignment);
        return nullptr;
    }
    const QString column = assignment.left(equals).trimmed();
    *value = assignment.mid(equals + 1).trimmed();
    const ImportColumn* found = nullptr;
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const ImportColumn& c : preview.columns) {
            if (!found && (c.header.compare(column, cs) == 0 || c.name.compare(column, cs) == 0))
                found = &c;
        }
    }
    if (!found) {
        QStringList headers;
        for (const ImportColumn& c : preview.columns)
            headers << c.header;
        *error = tr("%1: the file has no column \"%2\". Its columns: %3.")
                     .arg(option, column, headers.join(QStringLiteral(", ")));
        return nullptr;
    }
    for (ColumnOverride& o : *overrides) {
        if (o.column == found->fileColumn)
            return &o;
    }
    ColumnOverride o;
    o.column = found->fileColumn;
    overrides->append(o);
    return &overrides->last();
}

// --role COLUMN=ROLE and --type COLUMN=TYPE, as the wizard's overrides; false with the message.
bool readOverrides(const QStringList& roles, const QStringList& types, ImportOptions* options, QString* error)
{
    if (roles.isEmpty() && types.isEmpty())
        return true;
    const ImportPreview preview = Importer::preview(*options, 1000);
    if (!preview.ok) {
        *error = preview.error;
        return false;
    }
    QString value;
    for (const QString& assignment : types) {
        ColumnOverride* o
            = overrideFor(QStringLiteral("--type"), assignment, preview, &options->overrides, &value, error);
        if (!o)
            return false;
        const auto type = fieldTypeFromName(value);
        if (!type) {
            *error = tr("--type: unknown type \"%1\". Types: %2.").arg(value, typeList());
            return false;
        }
        o->type = *type;
    }
    for (const QString& assignment : roles) {
        ColumnOverride* o
            = overrideFor(QStringLiteral("--role"), assignment, preview, &options->overrides, &value, error);
        if (!o)
            return false;
        const auto role = value == QLatin1String("none") ? std::optional(FieldRole::None) : fieldRoleFromName(value);
        if (!role) {
            *error = tr("--role: unknown role \"%1\". Roles: %2.").arg(value, RoleAssignment::roleNames());
            return false;
        }
        const ImportColumn& column = preview.columns[o->column];
        const FieldType type = o->type.value_or(column.type);
        const bool compactDate = column.compactDates && type == FieldType::Integer && CompactDates::isDateRole(*role);
        if (!compactDate && !RoleGuesser::roleFitsType(*role, type)) {
            *error = tr("--role: the column \"%1\" is read as %2, which cannot have the role %3. Give its type "
                        "with --type %1=TYPE, or choose another column.")
                         .arg(column.header, fieldTypeName(type), value);
            return false;
        }
        o->role = *role;
    }
    return true;
}

QString summary(const ImportReport& report)
{
    const QLocale locale;
    // One arg() call: a file named "a%1.csv" must not be substituted again.
    QString text = tr("Imported %1 of %2 records from %3 into %4 (%5, %6, delimiter %7, %8 s).\n")
                       .arg(locale.toString(report.rowsImported), locale.toString(report.rowsRead), report.file,
                            importKindName(report.kind), importModeName(report.mode), report.encoding,
                            report.delimiter == QLatin1String("\t") ? QStringLiteral("TAB") : report.delimiter,
                            locale.toString(report.seconds, 'f', 2));
    if (report.mode == ImportMode::Upsert)
        text += tr("%1 new, %2 updated.\n")
                    .arg(locale.toString(report.rowsInserted), locale.toString(report.rowsUpdated));
    if (report.kind == ImportKind::Customers && report.customersCreated > 0) {
        text += QCoreApplication::translate("swb::cli::import",
                                            "%Ln customer(s) that exist only in the orders were kept, so that every "
                                            "order keeps its customer.\n",
                                            nullptr, int(report.customersCreated));
    }
    if (report.kind == ImportKind::Orders) {
        text += tr("Orders without a customer key: %1. Customers created from orders: %2.\n")
                    .arg(locale.toString(report.ordersWithoutCustomer), locale.toString(report.customersCreated));
    }
    text += tr("Columns:\n");
    for (const ImportColumn& column : report.columns) {
        // One arg() call: a column name from the file must not be substituted again.
        text += QStringLiteral("  %1  %2%3%4%5\n")
                    .arg(column.name.leftJustified(24), fieldTypeName(column.type).leftJustified(9),
                         column.role == FieldRole::None ? QString() : QStringLiteral("  ") + fieldRoleName(column.role),
                         column.pii ? QStringLiteral("  pii") : QString(),
                         column.format.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(column.format));
    }
    if (report.issueCount > 0) {
        text += tr("%1 issues (all are in the table import_issues, import id %2); the first:\n")
                    .arg(locale.toString(report.issueCount), QString::number(report.importId));
        for (int i = 0; i < std::min<qsizetype>(report.issues.size(), 10); ++i) {
            const ImportIssue& issue = report.issues[i];
            const QString line = QString::number(issue.line);
            text += issue.column.isEmpty() ? tr("  line %1: %2\n").arg(line, issue.reason)
                                           : tr("  line %1, %2: %3\n").arg(line, issue.column, issue.reason);
        }
    }
    return text;
}

// --shard SERVER=URI: the coordinator's postgres_fdw server and a direct connection to it.
bool readShards(const QStringList& values, PgLayout* layout, QString* error)
{
    for (const QString& value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || !PgWorkspace::isUri(value.mid(equals + 1))) {
            *error = tr("--shard needs SERVER=URI, such as shard1=postgresql://swb@10.0.0.2/swb (SERVER: the "
                        "coordinator's postgres_fdw server); \"%1\" is not.")
                         .arg(value);
            return false;
        }
        layout->shards << PgShard{value.left(equals), value.mid(equals + 1)};
    }
    return true;
}

// --db postgresql://…: the file's rows are streamed into COPY as they are parsed, checked and typed as into a file
// (the catalog and issues in a workspace file in a temporary folder), in one transaction: on any error or Ctrl+C
// the server keeps what it had.
ImportReport importToServer(const QString& uri, const ImportOptions& options, const PgLayout& layout, QString* error)
{
    ImportReport report;
    if (options.kind != ImportKind::Customers || options.mode != ImportMode::Replace) {
        report.error = tr("On a PostgreSQL server, swb import replaces the customers so far (--kind customers "
                          "--mode replace); orders, append and upsert work on workspace files.");
        return report;
    }
    auto connection = PgConnection::open(uri, error);
    if (!connection) {
        report.error = tr("Cannot use the server: %1").arg(*error);
        return report;
    }
    // Ctrl+C stops the parsing between batches, and the server's statement (a COPY that waits, the ANALYZE).
    const ServerCancelScope cancel(*connection);
    ProgressLine progress(tr("Importing %1…").arg(QFileInfo(options.filePath).fileName()));
    report = PgImport::run(*connection, layout, options, &InterruptScope::interrupted,
                           [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    if (!report.ok && cancel.canceled()) {
        report.canceled = true;
        report.error = tr("The import was cancelled; the server keeps what it had.");
    }
    return report;
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports a CSV file into a workspace (created when missing) in one transaction: on an error or a cancel "
        "the workspace stays as it was. Column types are inferred from the whole file; records with the wrong "
        "number of fields and values that do not fit a column are recorded in the table import_issues (or stop "
        "the import with --strict). Dates like 03/04/2020 that read both ways in a column follow the file's other date "
        "columns (month-first in a US export), else they are taken day-first."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    const QCommandLineOption db = workspaceOption();
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("customers (one row per customer) or orders (one row per order line: "
                                     "customer key, date, amount or quantity and unit price). Default: customers."),
                                  QStringLiteral("KIND"), QStringLiteral("customers"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("replace (default), append, or upsert (customers: match on the customer key; "
                                     "an empty cell keeps the stored value)."),
                                  QStringLiteral("MODE"), QStringLiteral("replace"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), tr("auto (default), ',', ';', tab or '|'."),
                                       QStringLiteral("D"), QStringLiteral("auto"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("auto (default: BOM, else UTF-8 when valid, else Windows-1252), utf-8, "
                                         "utf-16le, utf-16be, latin1, windows-1252, or another ICU name."),
                                      QStringLiteral("E"), QStringLiteral("auto"));
    const QCommandLineOption header(QStringLiteral("header"), tr("auto (default), yes or no."), QStringLiteral("H"),
                                    QStringLiteral("auto"));
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Stop at the first problem (naming its line and column) and change nothing."));
    const QCommandLineOption json = jsonOption(tr("Print the report as one JSON object."));
    const QCommandLineOption derive(QStringLiteral("derive"),
                                    tr("Orders: also derive the customer field NAME from the order column COLUMN "
                                       "(repeatable; KIND: last, first, most_frequent or distinct_count), refreshed "
                                       "at every later import, as swb fields --derive."),
                                    QStringLiteral("NAME=KIND:COLUMN"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        tr("Give the column COLUMN (its header in the file) the role ROLE, as swb fields names roles (repeatable), "
           "e.g. --role masterid=customer_key; none: no role."),
        QStringLiteral("COLUMN=ROLE"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        tr("Read the column COLUMN as TYPE: integer, real, text, date, datetime or "
                                           "boolean (repeatable); date reads 19970101 as 1997-01-01."),
                                        QStringLiteral("COLUMN=TYPE"));
    const QCommandLineOption shard(QStringLiteral("shard"),
                                   tr("With --db postgresql://COORDINATOR: lay the customers out over this shard, "
                                      "SERVER=URI (the coordinator's postgres_fdw server and a connection to it; "
                                      "repeatable, hash-partitioned on the customer key)."),
                                   QStringLiteral("SERVER=URI"));
    parser.addOptions(
        {db, kind, mode, delimiter, encoding, header, strict, derive, roleOption, typeOption, shard, json});
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.first().trimmed().isEmpty())
        return fail(tr("Give exactly one FILE to import (swb import FILE --db WS)."), Usage);

    ImportOptions options;
    options.filePath = files.first();
    const auto kindValue = importKindFromName(parser.value(kind));
    if (!kindValue)
        return fail(tr("Unknown --kind \"%1\": use customers or orders.").arg(parser.value(kind)), Usage);
    options.kind = *kindValue;
    const auto modeValue = importModeFromName(parser.value(mode));
    if (!modeValue)
        return fail(tr("Unknown --mode \"%1\": use replace, append or upsert.").arg(parser.value(mode)), Usage);
    options.mode = *modeValue;
    const auto delimiterValue = delimiterFromName(parser.value(delimiter));
    if (!delimiterValue)
        return fail(tr("Unknown --delimiter \"%1\": use auto, ',', ';', tab or '|'.").arg(parser.value(delimiter)),
                    Usage);
    options.delimiter = *delimiterValue;
    options.encoding = parser.value(encoding);
    const QString headerValue = parser.value(header).toLower();
    if (headerValue == QLatin1String("yes"))
        options.header = HeaderMode::Yes;
    else if (headerValue == QLatin1String("no"))
        options.header = HeaderMode::No;
    else if (headerValue != QLatin1String("auto"))
        return fail(tr("Unknown --header \"%1\": use auto, yes or no.").arg(parser.value(header)), Usage);
    options.strict = parser.isSet(strict);
    for (const QString& text : parser.values(derive)) {
        QString reason;
        const auto field = OrderDerivedFields::parse(text, &reason);
        if (!field)
            return fail(reason, Usage);
        if (options.kind != ImportKind::Orders)
            return fail(tr("--derive takes the values from order columns: use it with --kind orders."), Usage);
        options.deriveFields << *field;
    }

    QString error;
    if (!readOverrides(parser.values(roleOption), parser.values(typeOption), &options, &error))
        return fail(error);
    const QString workspacePath = parser.value(db);
    PgLayout layout;
    if (!readShards(parser.values(shard), &layout, &error))
        return fail(error, Usage);
    if (!layout.shards.isEmpty() && !PgWorkspace::isUri(workspacePath))
        return fail(tr("--shard lays out a workspace on a PostgreSQL coordinator: give --db postgresql://…."), Usage);
    if (PgWorkspace::isUri(workspacePath)) {
        const ImportReport report = importToServer(workspacePath, options, layout, &error);
        if (parser.isSet(json))
            printJson(report.toJson());
        if (!report.ok)
            return fail(report.error, report.canceled ? Canceled : Failure);
        if (!parser.isSet(json))
            print(summary(report));
        return Ok;
    }
    const bool existed = QFileInfo::exists(workspacePath);
    {
        // Validates, creates or migrates the workspace; the importer then works on its own connection.
        const auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            return fail(error);
    }
    ImportReport report;
    {
        const InterruptScope interrupt; // Ctrl+C cancels: the workspace stays as it was
        ProgressLine progress(tr("Importing %1…").arg(QFileInfo(options.filePath).fileName()));
        report = Importer::run(workspacePath, options, &InterruptScope::interrupted,
                               [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    }
    if (!report.ok && !existed)
        Workspace::removeFiles(workspacePath); // made for this import only: no empty file is left behind
    const double prepared = report.ok ? prepareTrends(workspacePath) : -1;
    if (parser.isSet(json)) {
        QJsonObject object = report.toJson();
        if (prepared >= 0)
            object.insert(QStringLiteral("prepare_seconds"), prepared);
        printJson(object);
    }
    if (!report.ok)
        return fail(report.error, report.canceled ? Canceled : Failure);
    if (!parser.isSet(json)) {
        print(summary(report));
        if (prepared >= 0)
            print(tr("Prepared the customers and order lines for trends in %1 s.\n")
                      .arg(QLocale().toString(prepared, 'f', 2)));
    }
    return Ok;
}

static const Registrar registrar("import", "import a customers or orders CSV file into a workspace", &runImport);

} // namespace swb::cli
