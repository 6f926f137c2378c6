// `swb export`: writes a segment's (or a definition's) customers to CSV, TSV, XLSX or JSON.
#include "app/cli/cli.h"

#include "app/cli/interrupt.h"
#include "model/export/exporter.h"
#include "model/export/exportpresets.h"
#include "model/export/exporttarget.h"
#include "model/export/multisegment.h"
#include "model/filter/filterresolver.h"
#include "model/filter/segmentlookup.h"
#include "model/postgres/pgexport.h"
#include "model/postgres/pgworkspace.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace swb::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("swb::cli::export", text, nullptr, n);
}

void warn(const QString& message)
{
    std::fprintf(stderr, "swb: warning: %s\n", qUtf8Printable(message));
}

// --preset, --suppression and --default-country into `options`; false (a usage error printed) when they do not fit.
bool readPreset(const QCommandLineParser& parser, ExportOptions* options, int* exitCode)
{
    const auto preset = exportPresetFromName(parser.value(QStringLiteral("preset")));
    if (!preset) {
        *exitCode = fail(tr("Unknown preset \"%1\": use plain, google-customer-match, meta-custom-audience, mailchimp "
                            "or hubspot.")
                             .arg(parser.value(QStringLiteral("preset"))),
                         Usage);
        return false;
    }
    options->preset = *preset;
    if (parser.isSet(QStringLiteral("suppression"))) {
        const auto kind = suppressionFromName(parser.value(QStringLiteral("suppression")));
        if (!kind) {
            *exitCode = fail(tr("Unknown --suppression \"%1\": use email or phone.")
                                 .arg(parser.value(QStringLiteral("suppression"))),
                             Usage);
            return false;
        }
        options->suppression = *kind;
        options->pii = PiiPolicy::Hash;
    } else if (presetAllowsHashing(*preset) && !parser.isSet(QStringLiteral("pii"))) {
        options->pii = PiiPolicy::Hash;
    }
    const bool layout = options->preset != ExportPreset::Plain || options->suppression != SuppressionKind::None;
    if (layout && !options->columns.isEmpty()) {
        *exitCode = fail(tr("--columns cannot be combined with a preset or a suppression list: they write their own "
                            "columns."),
                         Usage);
        return false;
    }
    options->defaultCountry = parser.value(QStringLiteral("default-country")).trimmed().toUpper();
    return true;
}

// --format against the extension of --out: the extension decides when --format is not given; both given and
// disagreeing is a usage error naming both.
bool readFormat(const QCommandLineParser& parser, ExportOptions* options, int* exitCode)
{
    const std::optional<ExportFormat> byName = exportFormatForPath(options->outputPath);
    if (!parser.isSet(QStringLiteral("format"))) {
        options->format = byName.value_or(ExportFormat::Csv);
        return true;
    }
    const auto format = exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        *exitCode
            = fail(tr("Unknown format \"%1\": use csv, tsv, xlsx or json.").arg(parser.value(QStringLiteral("format"))),
                   Usage);
        return false;
    }
    // .txt reads as TSV by default but may hold CSV: only an extension that names a format disagrees.
    const auto named = exportFormatFromName(QFileInfo(options->outputPath).suffix());
    if (named && *named != *format) {
        *exitCode = fail(tr("--format %1 does not match the file name %2, which says %3: change the extension of "
                            "--out or leave out --format.")
                             .arg(exportFormatName(*format), options->outputPath, exportFormatName(*named)),
                         Usage);
        return false;
    }
    options->format = *format;
    return true;
}

// --segment given more than once, and --multi: several segments in one export. One --segment without --multi stays
// an ordinary segment export.
bool readSegments(const QCommandLineParser& parser, ExportOptions* options, int* exitCode)
{
    const QStringList names = parser.values(QStringLiteral("segment"));
    const bool multi = parser.isSet(QStringLiteral("multi"));
    if (multi && names.isEmpty()) {
        *exitCode = fail(tr("--multi needs the segments: give --segment once per segment."), Usage);
        return false;
    }
    if (names.size() < 2 && !multi)
        return true;
    if (multi) {
        const auto layout = multiLayoutFromName(parser.value(QStringLiteral("multi")));
        if (!layout) {
            *exitCode = fail(tr("Unknown --multi \"%1\": use segments-column, columns or sheets.")
                                 .arg(parser.value(QStringLiteral("multi"))),
                             Usage);
            return false;
        }
        options->multi = *layout;
    } else {
        options->multi = MultiLayout::SegmentsColumn;
    }
    options->segments = names;
    const QString problem = MultiSegmentExporter::checkOptions(*options);
    if (!problem.isEmpty()) {
        *exitCode = fail(problem, Usage);
        return false;
    }
    return true;
}

// --decimal: the decimal mark of CSV/TSV numbers; a comma does not go with the comma delimiter.
bool readDecimal(const QCommandLineParser& parser, ExportOptions* options, int* exitCode)
{
    const QString mark = parser.value(QStringLiteral("decimal"));
    if (mark != QLatin1String(".") && mark != QLatin1String(",")) {
        *exitCode = fail(tr("The decimal mark must be . or , (as in --decimal ,)."), Usage);
        return false;
    }
    options->decimal = char(mark.at(0).unicode());
    if (options->decimal == ',' && options->format == ExportFormat::Csv && options->delimiter == ',') {
        *exitCode = fail(tr("--decimal , needs another delimiter than the comma: add --delimiter \";\"."), Usage);
        return false;
    }
    return true;
}

// --headers and --booleans into `options`; false (a usage error printed) when a value is unknown.
bool readSourceForms(const QCommandLineParser& parser, ExportOptions* options, int* exitCode)
{
    const auto headers = headerStyleFromName(parser.value(QStringLiteral("headers")));
    if (!headers) {
        *exitCode = fail(tr("Unknown --headers \"%1\": use original (the imported file's headers) or columns (the "
                            "workspace's column names).")
                             .arg(parser.value(QStringLiteral("headers"))),
                         Usage);
        return false;
    }
    const auto booleans = booleanFormFromName(parser.value(QStringLiteral("booleans")));
    if (!booleans) {
        *exitCode = fail(tr("Unknown --booleans \"%1\": use source (the imported file's words), 1/0 or true/false.")
                             .arg(parser.value(QStringLiteral("booleans"))),
                         Usage);
        return false;
    }
    options->headers = *headers;
    options->booleans = *booleans;
    return true;
}

// Prints what an export did (warnings, left-out rows, the summary or its JSON).
int printReport(const ExportReport& report, bool json, bool toStandardOutput)
{
    for (const QString& warning : std::as_const(report.warnings))
        warn(warning);
    if (report.ok && report.leftOut > 0 && !json)
        warn(report.leftOutSummary());
    if (!report.ok)
        return fail(report.error, report.canceled ? Canceled : Failure);
    const QString done = tr("Exported %n customer(s) to %1.", int(report.rows)).arg(report.outputPath);
    if (json)
        printJson(report.toJson());
    else if (toStandardOutput)
        std::fprintf(stderr, "%s\n", qUtf8Printable(done)); // stdout holds the export
    else
        print(done);
    return Ok;
}

// --db postgresql://…: one segment or definition, the plain export, read through a server-side cursor.
int exportFromServer(const QCommandLineParser& parser, const ExportOptions& options, bool json, bool toStandardOutput)
{
    if (options.preset != ExportPreset::Plain || options.suppression != SuppressionKind::None
        || parser.values(QStringLiteral("segment")).size() > 1)
        return fail(tr("On a PostgreSQL server, swb export writes one segment or definition with the plain layout so "
                       "far; presets, suppression lists and several segments work on workspace files."));
    QString error;
    const QString uri = parser.value(QStringLiteral("db"));
    const auto workspace = PgWorkspace::open(uri, &error);
    if (!workspace)
        return fail(tr("Cannot use the server: %1").arg(error));
    const FilterContext context = workspace->filterContext();
    QByteArray definition;
    if (parser.isSet(QStringLiteral("segment"))) {
        const QString name = parser.value(QStringLiteral("segment"));
        if (!context.segments(name))
            return fail(tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(name));
        definition = FilterResolver::segmentReference(name);
    } else {
        definition = readJsonArgument(parser.value(QStringLiteral("filter")), &error);
        if (!error.isEmpty())
            return fail(error);
    }
    const auto resolved = FilterResolver::resolve(definition, context, &error);
    if (!resolved)
        return fail(error);
    ExportReport report;
    {
        const InterruptScope interrupt; // Ctrl+C cancels between batches: no partial file
        report = PgExport::run(*workspace, uri, *resolved, options, &InterruptScope::interrupted);
    }
    return printReport(report, json, toStandardOutput);
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports customers. The PII policy applies to the fields flagged as personal data: keep, omit, mask "
           "(a***@example.com) or hash (hex SHA-256 of the trimmed, lower-cased value, as ad platforms' "
           "customer-match uploads require)."));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("segment"),
         tr("Saved segment to export; give it more than once to export several segments (see --multi)."), tr("NAME")},
        {QStringLiteral("multi"),
         tr("Several segments: segments-column (default: one file, a segments column naming each customer's "
            "segments separated by ;), columns (one 1/0 column per segment) or sheets (XLSX: one sheet per "
            "segment and a summary sheet)."),
         tr("LAYOUT")},
        {QStringLiteral("filter"), tr("Definition as JSON, or @FILE."), tr("JSON")},
        {QStringLiteral("out"),
         tr("Output file; replaced only once the export is complete. A pipe or device such as /dev/stdout or "
            "/dev/null is written directly; - is standard output. Never the workspace itself."),
         tr("FILE")},
        {QStringLiteral("format"),
         tr("csv, tsv, xlsx or json (default: from the file name, else csv); refused when the file name's extension "
            "says another format."),
         tr("FORMAT")},
        {QStringLiteral("columns"), tr("Comma-separated columns (default: all)."), tr("a,b,c")},
        {QStringLiteral("pii"), tr("keep, omit, mask or hash (default keep)."), tr("POLICY"), QStringLiteral("keep")},
        {QStringLiteral("delimiter"), tr("CSV delimiter: , ; | or tab (default ,)."), tr("CHAR"), QStringLiteral(",")},
        {QStringLiteral("decimal"), tr("CSV/TSV decimal mark: . or , (default .)."), tr("MARK"), QStringLiteral(".")},
        {QStringLiteral("bom"), tr("Start CSV/TSV with a UTF-8 byte order mark (for Excel).")},
        {QStringLiteral("formulas"),
         tr("CSV/TSV text cells starting with = + - @, a tab or a carriage return: escape (default) writes them "
            "with a leading ' so spreadsheets show them as text instead of running them as formulas; keep writes "
            "them as they are."),
         tr("escape|keep"), QStringLiteral("escape")},
        {QStringLiteral("preset"),
         tr("Destination layout: plain (default: the chosen columns as they are), google-customer-match, "
            "meta-custom-audience, mailchimp or hubspot (the destination's columns, headers and normalisation; "
            "--pii hash or keep, hash being the default for Google and Meta)."),
         tr("NAME"), QStringLiteral("plain")},
        {QStringLiteral("suppression"),
         tr("Write a suppression list instead: one column of SHA-256 hashes of the normalised e-mail addresses or "
            "phone numbers (E.164; digits only with --preset meta-custom-audience), no header."),
         tr("email|phone")},
        {QStringLiteral("default-country"),
         tr("Country (ISO 3166-1 alpha-2, such as DE) of phone numbers whose customer has no or an unknown "
            "country."),
         tr("CODE")},
        {QStringLiteral("headers"),
         tr("Header row: original (default: the headers of the imported file) or columns (the workspace's column "
            "names)."),
         tr("original|columns"), QStringLiteral("original")},
        {QStringLiteral("booleans"),
         tr("Yes/no columns: source (default: the words the imported file had, such as Yes/No), 1/0 or true/false."),
         tr("source|1/0|true/false"), QStringLiteral("source")},
        jsonOption(tr("Print a JSON report.")),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode) || !require(parser, QStringLiteral("out"), &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("segment")) == parser.isSet(QStringLiteral("filter")))
        return fail(tr("Give either --segment or --filter."), Usage);

    ExportOptions options;
    options.outputPath = parser.value(QStringLiteral("out"));
    if (options.outputPath == QLatin1String("-")) // as for most tools; else a file named "-" appeared
        options.outputPath = QStringLiteral("/dev/stdout");
    if (!readFormat(parser, &options, &exitCode))
        return exitCode;
    const auto pii = piiPolicyFromName(parser.value(QStringLiteral("pii")));
    if (!pii)
        return fail(
            tr("Unknown PII policy \"%1\": use keep, omit, mask or hash.").arg(parser.value(QStringLiteral("pii"))),
            Usage);
    options.pii = *pii;
    options.columns = splitList(parser.value(QStringLiteral("columns")));
    options.utf8Bom = parser.isSet(QStringLiteral("bom"));
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        options.delimiter = '\t';
    else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
        options.delimiter = char(delimiter.at(0).unicode());
    else
        return fail(tr("The delimiter must be , ; | or tab."), Usage);
    const auto formulas = formulaPolicyFromName(parser.value(QStringLiteral("formulas")));
    if (!formulas)
        return fail(tr("Unknown --formulas \"%1\": use escape (text that starts like a formula gets a leading ') or "
                       "keep (written as it is).")
                        .arg(parser.value(QStringLiteral("formulas"))),
                    Usage);
    options.formulas = *formulas;
    if (!readPreset(parser, &options, &exitCode) || !readSourceForms(parser, &options, &exitCode))
        return exitCode;
    if (!readDecimal(parser, &options, &exitCode) || !readSegments(parser, &options, &exitCode))
        return exitCode;

    QString error;
    const QString path = parser.value(QStringLiteral("db"));
    const std::optional<ExportTarget> target = ExportTarget::resolve(options.outputPath, path, &error);
    if (!target)
        return fail(error);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json && target->isStandardOutput())
        return fail(tr("--json and --out %1 would both write to standard output: export to a file, or leave out "
                       "--json.")
                        .arg(options.outputPath),
                    Usage);
    if (PgWorkspace::isUri(path))
        return exportFromServer(parser, options, json, target->isStandardOutput());
    Selection selection;
    {
        const auto workspace = openWorkspace(parser, &exitCode);
        if (!workspace)
            return exitCode;
        if (parser.isSet(QStringLiteral("segment"))) {
            const auto lookup = databaseSegmentLookup(workspace->db());
            for (const QString& name : parser.values(QStringLiteral("segment"))) {
                if (!lookup(name))
                    return fail(
                        tr("There is no segment called \"%1\". swb segment list shows the saved segments.").arg(name));
            }
            selection = Selection::segment(parser.value(QStringLiteral("segment")));
        } else {
            const QByteArray definition = readJsonArgument(parser.value(QStringLiteral("filter")), &error);
            if (!error.isEmpty())
                return fail(error);
            selection = Selection::definition(definition);
        }
        // Checked here, before any output is opened: the export would only report the same error later.
        if (!SelectionSql(*workspace).condition(selection, &error))
            return fail(error);
    }
    ExportReport report;
    {
        const InterruptScope interrupt; // Ctrl+C cancels: no partial file, an older file untouched
        ProgressLine progress(tr("Exporting…"));
        report = Exporter::run(path, selection, options, &InterruptScope::interrupted,
                               [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    }
    return printReport(report, json, target->isStandardOutput());
}

const Registrar registrar("export", "Export a segment's customers to CSV, TSV, XLSX or JSON", &runExport);

} // namespace
} // namespace swb::cli
