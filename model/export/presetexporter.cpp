#include "model/export/presetexporter.h"

#include "model/database.h"
#include "model/export/countrycodes.h"
#include "model/export/exportpresets.h"
#include "model/export/tablewriter.h"
#include "model/fieldcatalog.h"
#include "model/selection/selectionsql.h"

#include <QRegularExpression>

namespace swb {

namespace {

// The workspace columns the layout reads, in ContactValues order; "" where the workspace has no such column.
struct SourceColumns
{
    QString email, phone, firstName, lastName, fullName, country, postalCode;

    QStringList all() const { return {email, phone, firstName, lastName, fullName, country, postalCode}; }
};

QString firstWithRole(const QList<FieldInfo>& catalog, FieldRole role)
{
    for (const FieldInfo& field : catalog) {
        if (field.table == QLatin1String("customers") && field.role == role)
            return field.name;
    }
    return {};
}

SourceColumns findSources(const QList<FieldInfo>& catalog)
{
    SourceColumns sources;
    sources.email = firstWithRole(catalog, FieldRole::Email);
    sources.phone = firstWithRole(catalog, FieldRole::Phone);
    sources.firstName = firstWithRole(catalog, FieldRole::FirstName);
    sources.lastName = firstWithRole(catalog, FieldRole::LastName);
    sources.fullName = firstWithRole(catalog, FieldRole::Name);
    sources.country = firstWithRole(catalog, FieldRole::Country);
    sources.postalCode = firstWithRole(catalog, FieldRole::PostalCode);
    return sources;
}

// `role` is a role name of `swb fields` ("email", "phone"), or "" when either would do.
QString missingRoleError(const QString& workspacePath, const QString& role)
{
    if (role.isEmpty())
        return PresetExporter::tr("The workspace has no column with the role email or phone, which this export "
                                  "needs. Give the column that holds the e-mail addresses that role, for example: "
                                  "swb fields --db %1 --set-role COLUMN=email")
            .arg(workspacePath);
    return PresetExporter::tr("The workspace has no column with the role %1, which this export needs. Give the "
                              "column that holds it that role, for example: swb fields --db %2 --set-role "
                              "COLUMN=%1")
        .arg(role, workspacePath);
}

ContactValues readValues(const Statement& rows)
{
    ContactValues values;
    QString* const targets[] = {&values.email,    &values.phone,   &values.firstName, &values.lastName,
                                &values.fullName, &values.country, &values.postalCode};
    for (int c = 0; c < 7; ++c) {
        if (!rows.isNull(c))
            *targets[c] = rows.toString(c);
    }
    return values;
}

void writeRow(TableWriter& writer, const QByteArrayList& cells)
{
    for (const QByteArray& cell : cells) {
        if (cell.isEmpty())
            writer.null();
        else
            writer.text(std::string_view(cell.constData(), size_t(cell.size())));
    }
}

} // namespace

QString PresetExporter::checkOptions(const ExportOptions& options)
{
    const QString name = exportPresetName(options.preset);
    if (options.suppression != SuppressionKind::None) {
        if (options.format != ExportFormat::Csv && options.format != ExportFormat::Tsv)
            return tr("A suppression list is one column of text without a header: choose the CSV or TSV format.");
    } else if (options.pii == PiiPolicy::Hash && !presetAllowsHashing(options.preset)) {
        return tr("The preset %1 needs the e-mail addresses and phone numbers themselves: choose the PII policy "
                  "keep, or a Google or Meta preset for hashed values.")
            .arg(name);
    } else if (options.pii != PiiPolicy::Hash && options.pii != PiiPolicy::Keep) {
        return tr("The preset %1 writes personal data hashed (SHA-256) or as it is: choose the PII policy hash or "
                  "keep.")
            .arg(name);
    }
    if (!options.defaultCountry.isEmpty() && CountryCodes::alpha2(options.defaultCountry) != options.defaultCountry)
        return tr("The default country \"%1\" is not an ISO 3166-1 alpha-2 code: give two capital letters such as "
                  "DE, FR or GB.")
            .arg(options.defaultCountry);
    return {};
}

PresetExporter::Outcome PresetExporter::run(Database& db, const QString& workspacePath, const SqlCondition& condition,
                                            qint64 total, const ExportOptions& options, const ExportTarget& target,
                                            const ExportCancel& cancel, const ExportProgress& progress,
                                            ExportReport* report, QString* error)
{
    const PresetLayout layout = PresetLayout::make(options.preset, options.pii == PiiPolicy::Hash, options.suppression);
    const SourceColumns sources = findSources(FieldCatalog::load(db));
    const bool needsEmail = layout.requirement() != PresetLayout::Requirement::Phone;
    const bool needsPhone = layout.requirement() != PresetLayout::Requirement::Email;
    if (layout.requirement() == PresetLayout::Requirement::EmailOrPhone && sources.email.isEmpty()
        && sources.phone.isEmpty()) {
        *error = missingRoleError(workspacePath, QString());
        return Outcome::Failed;
    }
    if ((needsEmail && !needsPhone && sources.email.isEmpty())
        || (needsPhone && !needsEmail && sources.phone.isEmpty())) {
        *error = missingRoleError(workspacePath, needsEmail ? QStringLiteral("email") : QStringLiteral("phone"));
        return Outcome::Failed;
    }
    QStringList select;
    for (const QString& column : sources.all())
        select << (column.isEmpty() ? QStringLiteral("NULL") : quoteIdentifier(column));
    Statement rows = SelectionSql::prepare(db, QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")), condition,
                                           QStringLiteral(" ORDER BY rowid"), error);
    if (!rows.isValid())
        return Outcome::Failed;

    ExportOptions writerOptions = options;
    writerOptions.header = layout.hasHeader();
    QList<ExportColumn> columns;
    for (const PresetColumn& column : layout.columns()) {
        // Hashes, E.164 numbers and country codes are what the exporter made: never a formula, so never escaped.
        const bool made = column.hashed || column.field == ContactField::Phone || column.field == ContactField::Country;
        columns << ExportColumn{column.header, FieldType::Text, made};
        report->columns << column.header;
    }
    std::unique_ptr<TableWriter> writer = TableWriter::create(writerOptions, target);
    if (!writer->begin(columns, error))
        return Outcome::Failed;
    if (progress)
        progress(0, total);
    qint64 read = 0;
    while (rows.next()) {
        const PresetLayout::Row row = layout.normalize(readValues(rows), options.defaultCountry);
        if (row.leftOutReason.isEmpty()) {
            writeRow(*writer, row.cells);
            if (!writer->endRow(error)) {
                writer->discard();
                return Outcome::Failed;
            }
            ++report->rows;
        } else {
            ++report->leftOut;
            ++report->leftOutReasons[row.leftOutReason];
        }
        if ((++read & 0x3FF) == 0) {
            if (cancel && cancel()) {
                writer->discard();
                return Outcome::Canceled;
            }
            if (progress)
                progress(read, total);
        }
    }
    if (rows.failed() || (cancel && cancel())) {
        *error = rows.failed() ? tr("Reading the customers failed: %1").arg(rows.errorMessage()) : QString();
        writer->discard();
        return rows.failed() ? Outcome::Failed : Outcome::Canceled;
    }
    if (!writer->commit(error))
        return Outcome::Failed;
    if (progress)
        progress(read, total);
    return Outcome::Done;
}

} // namespace swb
