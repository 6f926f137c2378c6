#include "model/export/countrycodes.h"

#include <QHash>
#include <QLocale>

namespace swb::CountryCodes {

namespace {

QString key(const QString& value)
{
    QString folded;
    for (const QChar c : value.toCaseFolded()) {
        if (c.isLetter())
            folded += c;
    }
    return folded;
}

// Names in English (from Qt's locale data), the codes themselves, alpha-3 codes and the local names of the countries
// customer files of this workbench come from most often.
QHash<QString, QString> buildTable()
{
    QHash<QString, QString> table;
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter())
            continue;
        table.insert(key(code), code);
        table.insert(key(QLocale::territoryToString(territory)), code);
    }
    const char* const aliases[][2] = {
        {"UK", "GB"},          {"Great Britain", "GB"}, {"England", "GB"},     {"Scotland", "GB"},
        {"Wales", "GB"},       {"USA", "US"},           {"United States of America", "US"},
        {"America", "US"},     {"Deutschland", "DE"},   {"Österreich", "AT"},  {"Schweiz", "CH"},
        {"Suisse", "CH"},      {"Svizzera", "CH"},      {"España", "ES"},      {"Italia", "IT"},
        {"Nederland", "NL"},   {"Holland", "NL"},       {"Polska", "PL"},      {"Sverige", "SE"},
        {"Belgique", "BE"},    {"België", "BE"},        {"Danmark", "DK"},     {"Norge", "NO"},
        {"Suomi", "FI"},       {"Éire", "IE"},          {"Česko", "CZ"},       {"Czech Republic", "CZ"},
        {"DEU", "DE"},         {"AUT", "AT"},           {"CHE", "CH"},         {"FRA", "FR"},
        {"NLD", "NL"},         {"ESP", "ES"},           {"ITA", "IT"},         {"GBR", "GB"},
        {"POL", "PL"},         {"SWE", "SE"},           {"BEL", "BE"},         {"DNK", "DK"},
        {"NOR", "NO"},         {"FIN", "FI"},           {"IRL", "IE"},         {"PRT", "PT"},
        {"CZE", "CZ"},         {"CAN", "CA"},           {"AUS", "AU"},         {"JPN", "JP"},
        {"BRA", "BR"},         {"MEX", "MX"},           {"IND", "IN"},         {"CHN", "CN"},
    };
    for (const auto& alias : aliases)
        table.insert(key(QString::fromUtf8(alias[0])), QString::fromLatin1(alias[1]));
    return table;
}

} // namespace

QString alpha2(const QString& value)
{
    static const QHash<QString, QString> table = buildTable();
    const QString folded = key(value);
    return folded.isEmpty() ? QString() : table.value(folded);
}

} // namespace swb::CountryCodes
