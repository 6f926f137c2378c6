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
    // "CODE:name,name;" — the other names of a country.
    static const char* const aliases
        = "GB:UK,Great Britain,England,Scotland,Wales,GBR;US:USA,United States of America,America;"
          "DE:Deutschland,DEU;AT:Österreich,AUT;CH:Schweiz,Suisse,Svizzera,CHE;ES:España,ESP;IT:Italia,ITA;"
          "NL:Nederland,Holland,NLD;PL:Polska,POL;SE:Sverige,SWE;BE:Belgique,België,BEL;DK:Danmark,DNK;"
          "NO:Norge,NOR;FI:Suomi,FIN;IE:Éire,IRL;CZ:Česko,Czech Republic,CZE;FR:FRA;PT:PRT;CA:CAN;AU:AUS;"
          "JP:JPN;BR:BRA;MX:MEX;IN:IND;CN:CHN;";
    for (const QString& entry : QString::fromUtf8(aliases).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString code = entry.section(QLatin1Char(':'), 0, 0);
        for (const QString& name : entry.section(QLatin1Char(':'), 1).split(QLatin1Char(',')))
            table.insert(key(name), code);
    }
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
