#include "ui/export/exportdestinationbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace swb {

namespace {

// The combo's entries: a preset, or a suppression list in a preset's phone form (Meta: digits only).
struct Destination
{
    ExportPreset preset;
    SuppressionKind suppression;
    const char* label;
    const char* help;
};

const Destination s_destinations[] = {
    {ExportPreset::Plain, SuppressionKind::None, QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Any tool (as chosen)"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "The chosen columns with the personal data policy below, values as the workspace holds them.")},
    {ExportPreset::GoogleCustomerMatch, SuppressionKind::None,
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Google Ads Customer Match"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "Email, Phone, First Name, Last Name (hashed or plain), Country and Zip: e-mail trimmed and in "
                       "lower case, phone in E.164 (+4930123456), names in lower case.")},
    {ExportPreset::MetaCustomAudience, SuppressionKind::None,
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Meta Custom Audience"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "email, phone, fn, ln, zip, country (hashed or plain): phone as digits with the country code "
                       "(4930123456), names in lower case without punctuation, country as two lower-case letters.")},
    {ExportPreset::Mailchimp, SuppressionKind::None, QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Mailchimp"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "Email Address, First Name, Last Name, Phone Number (E.164), Country, Zip Code. Customers "
                       "without a valid e-mail address are left out.")},
    {ExportPreset::Hubspot, SuppressionKind::None, QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "HubSpot"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "Email, First Name, Last Name, Phone Number (E.164), Country/Region, Postal Code.")},
    {ExportPreset::GoogleCustomerMatch, SuppressionKind::Email,
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Suppression list: hashed e-mail addresses"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "One SHA-256 hash of each trimmed, lower-case e-mail address a line, no header.")},
    {ExportPreset::GoogleCustomerMatch, SuppressionKind::Phone,
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Suppression list: hashed phone numbers (Google)"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "One SHA-256 hash of each phone number in E.164 (+4930123456) a line, no header.")},
    {ExportPreset::MetaCustomAudience, SuppressionKind::Phone,
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox", "Suppression list: hashed phone numbers (Meta)"),
     QT_TRANSLATE_NOOP("swb::ExportDestinationBox",
                       "One SHA-256 hash of each phone number as digits with the country code (4930123456) a line, "
                       "no header.")},
};

const Destination& destinationAt(int index)
{
    return s_destinations[index < 0 ? 0 : index];
}

} // namespace

ExportDestinationBox::ExportDestinationBox(QWidget* parent)
    : QGroupBox(tr("Destination"), parent)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("preset"));
    for (const Destination& destination : s_destinations)
        m_destination->addItem(tr(destination.label));
    form->addRow(tr("&Upload to:"), m_destination);

    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("defaultCountry"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("for example DE"));
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    m_country->setToolTip(tr("Phone numbers of customers whose country is empty or unknown are read as numbers of "
                             "this country (ISO 3166-1 alpha-2 code)."));
    form->addRow(tr("Default &country:"), m_country);

    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_help);

    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        describe();
        emit destinationChanged();
    });
    describe();
}

ExportPreset ExportDestinationBox::preset() const
{
    return destinationAt(m_destination->currentIndex()).preset;
}

SuppressionKind ExportDestinationBox::suppression() const
{
    return destinationAt(m_destination->currentIndex()).suppression;
}

QString ExportDestinationBox::defaultCountry() const
{
    return m_country->text().trimmed().toUpper();
}

void ExportDestinationBox::setDestination(ExportPreset preset, SuppressionKind suppression)
{
    for (int i = 0; i < int(std::size(s_destinations)); ++i) {
        if (s_destinations[i].preset == preset && s_destinations[i].suppression == suppression) {
            m_destination->setCurrentIndex(i);
            return;
        }
    }
}

void ExportDestinationBox::setDefaultCountry(const QString& code)
{
    m_country->setText(code);
}

void ExportDestinationBox::describe()
{
    const Destination& destination = destinationAt(m_destination->currentIndex());
    m_country->setEnabled(destination.preset != ExportPreset::Plain);
    m_help->setText(tr(destination.help));
}

} // namespace swb
