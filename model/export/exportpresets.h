// Destination presets: the columns, headers and normalisation an upload to Google Customer Match, Meta Custom
// Audiences, Mailchimp or HubSpot expects, and suppression lists (docs/export-presets.md cites the sources).
#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

enum class ExportPreset { Plain, GoogleCustomerMatch, MetaCustomAudience, Mailchimp, Hubspot };
// A suppression list: one column of hashed e-mail addresses or phone numbers, no header.
enum class SuppressionKind { None, Email, Phone };

QString exportPresetName(ExportPreset preset); // "plain", "google-customer-match", …
std::optional<ExportPreset> exportPresetFromName(const QString& name);
QList<ExportPreset> allExportPresets();
QString suppressionName(SuppressionKind kind); // "", "email", "phone"
std::optional<SuppressionKind> suppressionFromName(const QString& name);
// Ad platforms take SHA-256 hashes or plain values (and hash those themselves); e-mail tools need the values.
bool presetAllowsHashing(ExportPreset preset);

enum class ContactField { Email, Phone, FirstName, LastName, Country, PostalCode };

struct PresetColumn
{
    QString header;
    ContactField field = ContactField::Email;
    bool hashed = false;
};

// One customer's contact values as the workspace holds them.
struct ContactValues
{
    QString email;
    QString phone;
    QString firstName;
    QString lastName;
    QString fullName; // used when first and last name are not columns of their own
    QString country;
    QString postalCode;
};

// The columns of one preset and how each value is normalised; normalize() turns a customer into the cells to write
// or says why the customer is left out.
class PresetLayout
{
    Q_DECLARE_TR_FUNCTIONS(swb::PresetLayout)

public:
    enum class Requirement { EmailOrPhone, Email, Phone };

    static PresetLayout make(ExportPreset preset, bool hashed, SuppressionKind suppression);

    ExportPreset preset() const { return m_preset; }
    const QList<PresetColumn>& columns() const { return m_columns; }
    bool hasHeader() const { return m_header; }
    Requirement requirement() const { return m_requirement; }
    bool uses(ContactField field) const;

    struct Row
    {
        QByteArrayList cells; // UTF-8, one per column; empty = empty cell
        QString leftOutReason; // a reason code (leftOutReasonText), empty when the row is written
    };
    // `defaultCountry`: ISO alpha-2 used when the customer's country is empty or unknown.
    Row normalize(const ContactValues& values, const QString& defaultCountry) const;

    // "email_missing_phone_invalid" → a sentence part for the user.
    static QString leftOutReasonText(const QString& code);

private:
    QByteArray cell(const PresetColumn& column, const ContactValues& values, const QString& country,
                    const QString& phone, const QString& email) const;

    ExportPreset m_preset = ExportPreset::Plain;
    QList<PresetColumn> m_columns;
    bool m_header = true;
    bool m_phoneDigitsOnly = false; // Meta: digits with the country code, else E.164 with +
    Requirement m_requirement = Requirement::EmailOrPhone;
};

// Normalisations shared with the tests.
namespace ContactNormalize {
QString email(const QString& written); // trimmed, lower-cased; "" when not an address
QString googleName(const QString& written); // trimmed, lower-cased, inner whitespace runs as one space
QString metaName(const QString& written); // lower-cased letters only (accents kept), no punctuation or spaces
QString metaPostalCode(const QString& written, const QString& country); // lower-cased, no spaces or dashes; US: 5
} // namespace ContactNormalize

} // namespace swb
