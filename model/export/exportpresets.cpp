#include "model/export/exportpresets.h"

#include "model/export/countrycodes.h"
#include "model/export/phonenormalizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace swb {

namespace {

QByteArray sha256Hex(const QString& value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// Why a value cannot be used: it was not there, or it was and is not an address or number.
QString statusWord(bool present)
{
    return present ? QStringLiteral("invalid") : QStringLiteral("missing");
}

} // namespace

QString exportPresetName(ExportPreset preset)
{
    switch (preset) {
    case ExportPreset::Plain:
        return QStringLiteral("plain");
    case ExportPreset::GoogleCustomerMatch:
        return QStringLiteral("google-customer-match");
    case ExportPreset::MetaCustomAudience:
        return QStringLiteral("meta-custom-audience");
    case ExportPreset::Mailchimp:
        return QStringLiteral("mailchimp");
    case ExportPreset::Hubspot:
        return QStringLiteral("hubspot");
    }
    return {};
}

QList<ExportPreset> allExportPresets()
{
    return {ExportPreset::Plain, ExportPreset::GoogleCustomerMatch, ExportPreset::MetaCustomAudience,
            ExportPreset::Mailchimp, ExportPreset::Hubspot};
}

std::optional<ExportPreset> exportPresetFromName(const QString& name)
{
    for (const ExportPreset preset : allExportPresets()) {
        if (name.compare(exportPresetName(preset), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

QString suppressionName(SuppressionKind kind)
{
    return kind == SuppressionKind::Email ? QStringLiteral("email")
        : kind == SuppressionKind::Phone  ? QStringLiteral("phone")
                                          : QString();
}

std::optional<SuppressionKind> suppressionFromName(const QString& name)
{
    for (const SuppressionKind kind : {SuppressionKind::Email, SuppressionKind::Phone}) {
        if (name.compare(suppressionName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

bool presetAllowsHashing(ExportPreset preset)
{
    return preset == ExportPreset::GoogleCustomerMatch || preset == ExportPreset::MetaCustomAudience;
}

namespace ContactNormalize {

QString email(const QString& written)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    const QString normalized = written.trimmed().toLower();
    return address.match(normalized).hasMatch() ? normalized : QString();
}

QString googleName(const QString& written)
{
    return written.simplified().toLower();
}

QString metaName(const QString& written)
{
    QString name;
    for (const QChar c : written.toLower()) {
        if (c.isLetter() || c.isMark())
            name += c;
    }
    return name;
}

QString metaPostalCode(const QString& written, const QString& country)
{
    QString code;
    for (const QChar c : written.toLower()) {
        if (c.isLetterOrNumber())
            code += c;
    }
    return country == QLatin1String("US") ? code.left(5) : code;
}

} // namespace ContactNormalize

PresetLayout PresetLayout::make(ExportPreset preset, bool hashed, SuppressionKind suppression)
{
    PresetLayout layout;
    layout.m_preset = preset;
    layout.m_phoneDigitsOnly = preset == ExportPreset::MetaCustomAudience;
    auto add = [&layout](const char* header, ContactField field, bool hash) {
        layout.m_columns.append(PresetColumn{QString::fromLatin1(header), field, hash});
    };
    if (suppression != SuppressionKind::None) {
        layout.m_header = false;
        layout.m_requirement = suppression == SuppressionKind::Email ? Requirement::Email : Requirement::Phone;
        add(suppression == SuppressionKind::Email ? "email" : "phone",
            suppression == SuppressionKind::Email ? ContactField::Email : ContactField::Phone, true);
        return layout;
    }
    switch (preset) {
    case ExportPreset::Plain:
        break;
    case ExportPreset::GoogleCustomerMatch: // country and postal code are never hashed
        add("Email", ContactField::Email, hashed);
        add("Phone", ContactField::Phone, hashed);
        add("First Name", ContactField::FirstName, hashed);
        add("Last Name", ContactField::LastName, hashed);
        add("Country", ContactField::Country, false);
        add("Zip", ContactField::PostalCode, false);
        break;
    case ExportPreset::MetaCustomAudience:
        add("email", ContactField::Email, hashed);
        add("phone", ContactField::Phone, hashed);
        add("fn", ContactField::FirstName, hashed);
        add("ln", ContactField::LastName, hashed);
        add("zip", ContactField::PostalCode, hashed);
        add("country", ContactField::Country, hashed);
        break;
    case ExportPreset::Mailchimp:
        layout.m_requirement = Requirement::Email;
        add("Email Address", ContactField::Email, false);
        add("First Name", ContactField::FirstName, false);
        add("Last Name", ContactField::LastName, false);
        add("Phone Number", ContactField::Phone, false);
        add("Country", ContactField::Country, false);
        add("Zip Code", ContactField::PostalCode, false);
        break;
    case ExportPreset::Hubspot:
        add("Email", ContactField::Email, false);
        add("First Name", ContactField::FirstName, false);
        add("Last Name", ContactField::LastName, false);
        add("Phone Number", ContactField::Phone, false);
        add("Country/Region", ContactField::Country, false);
        add("Postal Code", ContactField::PostalCode, false);
        break;
    }
    return layout;
}

bool PresetLayout::uses(ContactField field) const
{
    for (const PresetColumn& column : m_columns) {
        if (column.field == field)
            return true;
    }
    return false;
}

PresetLayout::Row PresetLayout::normalize(const ContactValues& values, const QString& defaultCountry) const
{
    Row row;
    QString country = CountryCodes::alpha2(values.country);
    if (country.isEmpty())
        country = defaultCountry.trimmed().toUpper();
    const QString email = ContactNormalize::email(values.email);
    const NormalizedPhone phone = PhoneNormalizer::toE164(values.phone, country);
    const bool emailOk = !email.isEmpty();
    const bool phoneOk = phone.status == NormalizedPhone::Status::Ok;
    const QString emailStatus = QStringLiteral("email_") + statusWord(!values.email.trimmed().isEmpty());
    const QString phoneStatus = QStringLiteral("phone_") + statusWord(phone.status != NormalizedPhone::Status::Missing);
    switch (m_requirement) {
    case Requirement::EmailOrPhone:
        if (!emailOk && !phoneOk)
            row.leftOutReason = emailStatus + QLatin1Char('_') + phoneStatus;
        break;
    case Requirement::Email:
        if (!emailOk)
            row.leftOutReason = emailStatus;
        break;
    case Requirement::Phone:
        if (!phoneOk)
            row.leftOutReason = phoneStatus;
        break;
    }
    if (!row.leftOutReason.isEmpty())
        return row;
    const QString phoneText = !phoneOk ? QString()
        : m_phoneDigitsOnly            ? PhoneNormalizer::digitsOnly(phone.e164)
                                       : phone.e164;
    for (const PresetColumn& column : m_columns)
        row.cells.append(cell(column, values, country, phoneText, email));
    return row;
}

QByteArray PresetLayout::cell(const PresetColumn& column, const ContactValues& values, const QString& country,
                              const QString& phone, const QString& email) const
{
    QString first = values.firstName.trimmed();
    QString last = values.lastName.trimmed();
    if (first.isEmpty() && last.isEmpty() && !values.fullName.trimmed().isEmpty()) {
        QStringList words = values.fullName.simplified().split(QLatin1Char(' '));
        last = words.size() > 1 ? words.takeLast() : QString();
        first = words.join(QLatin1Char(' '));
    }
    const bool meta = m_preset == ExportPreset::MetaCustomAudience;
    const bool google = m_preset == ExportPreset::GoogleCustomerMatch;
    QString value;
    switch (column.field) {
    case ContactField::Email:
        value = email;
        break;
    case ContactField::Phone:
        value = phone;
        break;
    case ContactField::FirstName:
    case ContactField::LastName: {
        const QString& name = column.field == ContactField::FirstName ? first : last;
        value = meta ? ContactNormalize::metaName(name) : google ? ContactNormalize::googleName(name) : name;
        break;
    }
    case ContactField::Country:
        value = meta ? country.toLower() : country;
        break;
    case ContactField::PostalCode:
        value = meta ? ContactNormalize::metaPostalCode(values.postalCode, country) : values.postalCode.trimmed();
        break;
    }
    if (value.isEmpty())
        return {};
    return column.hashed ? sha256Hex(value) : value.toUtf8();
}

QString PresetLayout::leftOutReasonText(const QString& code)
{
    static const char* const texts[][2] = {
        {"email_missing_phone_missing", QT_TR_NOOP("no e-mail address and no phone number")},
        {"email_missing_phone_invalid", QT_TR_NOOP("no e-mail address and a phone number that is not valid")},
        {"email_invalid_phone_missing", QT_TR_NOOP("an e-mail address that is not valid and no phone number")},
        {"email_invalid_phone_invalid", QT_TR_NOOP("neither a valid e-mail address nor a valid phone number")},
        {"email_missing", QT_TR_NOOP("no e-mail address")},
        {"email_invalid", QT_TR_NOOP("an e-mail address that is not valid")},
        {"phone_missing", QT_TR_NOOP("no phone number")},
        {"phone_invalid", QT_TR_NOOP("a phone number that is not valid")},
    };
    for (const auto& text : texts) {
        if (code == QLatin1String(text[0]))
            return tr(text[1]);
    }
    return code;
}

} // namespace swb
