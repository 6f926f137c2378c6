// The pieces of the destination presets: phone numbers to E.164 (libphonenumber), countries to ISO alpha-2, the
// presets' normalisation of names and postal codes, and who is left out for what reason.
#include "model/export/countrycodes.h"
#include "model/export/exportpresets.h"
#include "model/export/phonenormalizer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace swb;

class TstExportPresets : public QObject
{
    Q_OBJECT

private slots:
    void phoneToE164_data();
    void phoneToE164();
    void countryCodes_data();
    void countryCodes();
    void namesAndPostalCodes();
    void presetNamesRoundTrip();
    void leftOutReasons_data();
    void leftOutReasons();
    void metaRowIsHashedInItsForm();
};

void TstExportPresets::phoneToE164_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // "" = not usable
    QTest::newRow("trunk-prefix") << QStringLiteral("030 123456") << QStringLiteral("DE")
                                  << QStringLiteral("+4930123456");
    QTest::newRow("double-zero") << QStringLiteral("0049 1512 3456789") << QStringLiteral("DE")
                                 << QStringLiteral("+4915123456789");
    QTest::newRow("brackets-dashes") << QStringLiteral("(201) 555-0123") << QStringLiteral("US")
                                     << QStringLiteral("+12015550123");
    QTest::newRow("plus-without-region") << QStringLiteral("+33 6 12 34 56 78") << QString()
                                         << QStringLiteral("+33612345678");
    QTest::newRow("italian-leading-zero-kept")
        << QStringLiteral("02 1234 5678") << QStringLiteral("IT") << QStringLiteral("+390212345678");
    QTest::newRow("national-without-region") << QStringLiteral("030 123456") << QString() << QString();
    QTest::newRow("too-short") << QStringLiteral("12") << QStringLiteral("DE") << QString();
    QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("DE") << QString();
}

void TstExportPresets::phoneToE164()
{
    QFETCH(QString, written);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const NormalizedPhone phone = PhoneNormalizer::toE164(written, region);
    QCOMPARE(phone.e164, e164);
    QCOMPARE(phone.status, e164.isEmpty() ? NormalizedPhone::Status::Invalid : NormalizedPhone::Status::Ok);
    QCOMPARE(PhoneNormalizer::toE164(QStringLiteral("  "), region).status, NormalizedPhone::Status::Missing);
}

void TstExportPresets::countryCodes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("DE") << QStringLiteral("DE");
    QTest::newRow("lower-code-spaces") << QStringLiteral(" es ") << QStringLiteral("ES");
    QTest::newRow("english") << QStringLiteral("United Kingdom") << QStringLiteral("GB");
    QTest::newRow("local") << QStringLiteral("Österreich") << QStringLiteral("AT");
    QTest::newRow("alias") << QStringLiteral("USA") << QStringLiteral("US");
    QTest::newRow("alpha-3") << QStringLiteral("CHE") << QStringLiteral("CH");
    QTest::newRow("unknown") << QStringLiteral("Narnia") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstExportPresets::countryCodes()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    QCOMPARE(CountryCodes::alpha2(value), code);
}

void TstExportPresets::namesAndPostalCodes()
{
    QCOMPARE(ContactNormalize::email(QStringLiteral("  John.Smith@Gmail.COM ")),
             QStringLiteral("john.smith@gmail.com"));
    QVERIFY(ContactNormalize::email(QStringLiteral("max@example")).isEmpty());
    QVERIFY(ContactNormalize::email(QStringLiteral("a b@example.com")).isEmpty());
    QCOMPARE(ContactNormalize::googleName(QStringLiteral(" García  López ")), QStringLiteral("garcía lópez"));
    QCOMPARE(ContactNormalize::metaName(QStringLiteral("O'Neill-Smith Jr.")), QStringLiteral("oneillsmithjr"));
    QCOMPARE(ContactNormalize::metaName(QStringLiteral("Valéry")), QStringLiteral("valéry"));
    QCOMPARE(ContactNormalize::metaPostalCode(QStringLiteral("94016-1234"), QStringLiteral("US")),
             QStringLiteral("94016"));
    QCOMPARE(ContactNormalize::metaPostalCode(QStringLiteral("SW1A 1AA"), QStringLiteral("GB")),
             QStringLiteral("sw1a1aa"));
}

void TstExportPresets::presetNamesRoundTrip()
{
    const QStringList names{QStringLiteral("plain"), QStringLiteral("google-customer-match"),
                            QStringLiteral("meta-custom-audience"), QStringLiteral("mailchimp"),
                            QStringLiteral("hubspot")};
    QCOMPARE(allExportPresets().size(), names.size());
    for (const ExportPreset preset : allExportPresets()) {
        QCOMPARE(exportPresetName(preset), names.at(allExportPresets().indexOf(preset)));
        QCOMPARE(exportPresetFromName(exportPresetName(preset).toUpper()), preset);
    }
    QVERIFY(!exportPresetFromName(QStringLiteral("google")));
    QCOMPARE(suppressionFromName(QStringLiteral("phone")), SuppressionKind::Phone);
    QVERIFY(!suppressionFromName(QStringLiteral("fax")));
}

void TstExportPresets::leftOutReasons_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<int>("suppression");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("reason"); // "" = written
    const int google = int(ExportPreset::GoogleCustomerMatch);
    const int none = int(SuppressionKind::None);
    QTest::newRow("both-missing") << google << none << QString() << QString()
                                  << QStringLiteral("email_missing_phone_missing");
    QTest::newRow("both-invalid") << google << none << QStringLiteral("x@y") << QStringLiteral("12")
                                  << QStringLiteral("email_invalid_phone_invalid");
    QTest::newRow("phone-only") << google << none << QString() << QStringLiteral("030 123456") << QString();
    QTest::newRow("mailchimp-needs-email") << int(ExportPreset::Mailchimp) << none << QString()
                                           << QStringLiteral("030 123456") << QStringLiteral("email_missing");
    QTest::newRow("suppression-phone") << google << int(SuppressionKind::Phone) << QStringLiteral("a@b.de")
                                       << QStringLiteral("12") << QStringLiteral("phone_invalid");
}

void TstExportPresets::leftOutReasons()
{
    QFETCH(int, preset);
    QFETCH(int, suppression);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, reason);
    ContactValues values;
    values.email = email;
    values.phone = phone;
    values.country = QStringLiteral("Germany");
    const PresetLayout layout = PresetLayout::make(ExportPreset(preset), true, SuppressionKind(suppression));
    const PresetLayout::Row row = layout.normalize(values, QString());
    QCOMPARE(row.leftOutReason, reason);
    QCOMPARE(row.cells.size(), reason.isEmpty() ? layout.columns().size() : 0);
    if (!reason.isEmpty())
        QVERIFY(PresetLayout::leftOutReasonText(reason) != reason);
}

// Meta: digits only with the country code, names without punctuation, country in lower case, all hashed.
void TstExportPresets::metaRowIsHashedInItsForm()
{
    ContactValues values;
    values.email = QStringLiteral(" Anna@Example.DE");
    values.phone = QStringLiteral("(030) 123456");
    values.firstName = QStringLiteral("Anna-Lena");
    values.lastName = QStringLiteral("Müller");
    values.country = QString(); // the default country decides
    values.postalCode = QStringLiteral("10 115");
    const PresetLayout layout = PresetLayout::make(ExportPreset::MetaCustomAudience, true, SuppressionKind::None);
    const PresetLayout::Row row = layout.normalize(values, QStringLiteral("DE"));
    auto sha = [](const char* text) {
        return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    };
    const QByteArrayList expected{sha("anna@example.de"), sha("4930123456"), sha("annalena"),
                                  sha("m\xC3\xBCller"),   sha("10115"),      sha("de")};
    QCOMPARE(row.cells, expected);
    QVERIFY(row.leftOutReason.isEmpty());
}

QTEST_GUILESS_MAIN(TstExportPresets)
#include "tst_exportpresets.moc"
