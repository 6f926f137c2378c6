#include "model/demo/demodata.h"

namespace swb::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::array deFemale{"Anna"sv,   "Lea"sv,       "Jülide"sv, "Sophie"sv, "Marie"sv, "Lena"sv,
                              "Hannah"sv, "Katharina"sv, "Gisela"sv, "Özlem"sv,  "Ursula"sv};
constexpr std::array deMale{"Lukas"sv, "Jonas"sv,  "Maximilian"sv, "Jörg"sv,   "Felix"sv,  "Paul"sv,
                            "Björn"sv, "Mehmet"sv, "Klaus"sv,      "Tobias"sv, "Günther"sv};
constexpr std::array deLast{"Müller"sv,        "Schmidt"sv,      "Schneider"sv, "Fischer"sv,   "Weber"sv, "Meyer"sv,
                            "Wagner"sv,        "Becker"sv,       "Schäfer"sv,   "Köhler"sv,    "Groß"sv,  "Yılmaz"sv,
                            "Hoffmann, Jr."sv, "Lüdenscheidt"sv, "Krüger"sv,    "Zimmermann"sv};
constexpr std::array deCities{
    City{"Berlin"sv, "10115"sv},  City{"Hamburg"sv, "20095"sv},           City{"München"sv, "80331"sv},
    City{"Köln"sv, "50667"sv},    City{"Frankfurt am Main"sv, "60311"sv}, City{"Dresden"sv, "01067"sv},
    City{"Leipzig"sv, "04109"sv}, City{"Düsseldorf"sv, "40213"sv},        City{"Nürnberg"sv, "90402"sv},
    City{"Erfurt"sv, "99084"sv}};
constexpr std::array deStreets{"Hauptstraße"sv,  "Schillerstraße"sv, "Am Mühlenweg"sv,
                               "Goethestraße"sv, "Bahnhofstraße"sv,  "Lindenallee"sv};
constexpr std::array deMail{"gmx.de"sv, "web.de"sv, "t-online.de"sv, "gmail.com"sv, "posteo.de"sv};

constexpr std::array atFemale{"Johanna"sv, "Theresa"sv, "Magdalena"sv, "Valentina"sv, "Lisa"sv};
constexpr std::array atMale{"Florian"sv, "Matthäus"sv, "Andreas"sv, "Stefan"sv, "Dominik"sv};
constexpr std::array atLast{"Gruber"sv,  "Huber"sv,   "Bauer"sv,       "Wagner"sv,
                            "Pichler"sv, "Steiner"sv, "Mösenbacher"sv, "Hofer"sv};
constexpr std::array atCities{City{"Wien"sv, "1010"sv}, City{"Graz"sv, "8010"sv}, City{"Linz"sv, "4020"sv},
                              City{"Salzburg"sv, "5020"sv}, City{"Innsbruck"sv, "6020"sv}};
constexpr std::array atStreets{"Mariahilfer Straße"sv, "Herrengasse"sv, "Landstraße"sv, "Schönbrunner Straße"sv};
constexpr std::array atMail{"gmx.at"sv, "aon.at"sv, "gmail.com"sv};

constexpr std::array chFemale{"Mia"sv, "Léa"sv, "Chiara"sv, "Nina"sv, "Aline"sv};
constexpr std::array chMale{"Noah"sv, "Luca"sv, "Rémy"sv, "Urs"sv, "Beat"sv};
constexpr std::array chLast{"Meier"sv,  "Keller"sv, "Brunner"sv, "Gerber"sv,
                            "Müller"sv, "Favre"sv,  "Rossi"sv,   "Zürcher"sv};
constexpr std::array chCities{City{"Zürich"sv, "8001"sv}, City{"Genève"sv, "1201"sv}, City{"Basel"sv, "4051"sv},
                              City{"Bern"sv, "3011"sv}, City{"Lausanne"sv, "1003"sv}};
constexpr std::array chStreets{"Bahnhofstrasse"sv, "Rue du Rhône"sv, "Spalenberg"sv, "Marktgasse"sv};
constexpr std::array chMail{"bluewin.ch"sv, "gmail.com"sv, "sunrise.ch"sv};

constexpr std::array frFemale{"Camille"sv, "Chloé"sv, "Léonie"sv, "Inès"sv, "Éloïse"sv, "Manon"sv};
constexpr std::array frMale{"Louis"sv, "Gabriel"sv, "Raphaël"sv, "Noé"sv, "Jérôme"sv, "François"sv};
constexpr std::array frLast{"Martin"sv, "Bernard"sv,        "Dubois"sv,  "Lefèvre"sv, "Moreau"sv,
                            "Girard"sv, "Lefebvre, fils"sv, "Château"sv, "Faure"sv};
constexpr std::array frCities{City{"Paris"sv, "75001"sv},     City{"Lyon"sv, "69001"sv},
                              City{"Marseille"sv, "13001"sv}, City{"Besançon"sv, "25000"sv},
                              City{"Orléans"sv, "45000"sv},   City{"Nice"sv, "06000"sv}};
constexpr std::array frStreets{"rue de la Paix"sv, "avenue des Champs-Élysées"sv, "boulevard Saint-Michel"sv,
                               "rue Lafayette"sv};
constexpr std::array frMail{"orange.fr"sv, "free.fr"sv, "laposte.net"sv, "gmail.com"sv};

constexpr std::array nlFemale{"Emma"sv, "Sanne"sv, "Fleur"sv, "Anouk"sv, "Roos"sv};
constexpr std::array nlMale{"Daan"sv, "Sem"sv, "Bram"sv, "Thijs"sv, "Joris"sv};
constexpr std::array nlLast{"de Jong"sv, "Jansen"sv,   "de Vries"sv, "van den Berg"sv,
                            "Bakker"sv,  "van Dijk"sv, "Visser"sv};
constexpr std::array nlCities{City{"Amsterdam"sv, "1011 AB"sv}, City{"Rotterdam"sv, "3011 AA"sv},
                              City{"Utrecht"sv, "3511 AA"sv}, City{"Den Haag"sv, "2511 AA"sv}};
constexpr std::array nlStreets{"Damrak"sv, "Prinsengracht"sv, "Coolsingel"sv, "Oudegracht"sv};
constexpr std::array nlMail{"ziggo.nl"sv, "kpnmail.nl"sv, "gmail.com"sv};

constexpr std::array esFemale{"Lucía"sv, "María José"sv, "Sofía"sv, "Begoña"sv, "Nuria"sv};
constexpr std::array esMale{"Hugo"sv, "Martín"sv, "Álvaro"sv, "Íñigo"sv, "José Luis"sv};
constexpr std::array esLast{"García"sv,   "Fernández"sv, "González"sv, "Rodríguez"sv, "López"sv,
                            "Martínez"sv, "Sánchez"sv,   "Núñez"sv,    "Peña"sv};
constexpr std::array esCities{City{"Madrid"sv, "28001"sv},   City{"Barcelona"sv, "08001"sv},
                              City{"València"sv, "46001"sv}, City{"Sevilla"sv, "41001"sv},
                              City{"A Coruña"sv, "15001"sv}, City{"Málaga"sv, "29001"sv}};
constexpr std::array esStreets{"Calle de Alcalá,"sv, "Gran Vía,"sv, "Avinguda Diagonal,"sv, "Calle Larios,"sv};
constexpr std::array esMail{"telefonica.net"sv, "gmail.com"sv, "hotmail.es"sv};

constexpr std::array itFemale{"Giulia"sv, "Francesca"sv, "Aurora"sv, "Ginevra"sv, "Chiara"sv};
constexpr std::array itMale{"Leonardo"sv, "Niccolò"sv, "Mattia"sv, "Giuseppe"sv, "Lorenzo"sv};
constexpr std::array itLast{"Rossi"sv,   "Russo"sv,  "Ferrari"sv,  "Esposito"sv,
                            "Bianchi"sv, "Romano"sv, "D'Angelo"sv, "Colombo"sv};
constexpr std::array itCities{City{"Roma"sv, "00118"sv}, City{"Milano"sv, "20121"sv}, City{"Napoli"sv, "80121"sv},
                              City{"Torino"sv, "10121"sv}, City{"Forlì"sv, "47121"sv}};
constexpr std::array itStreets{"Via del Corso"sv, "Via Montenapoleone"sv, "Via Toledo"sv,
                               "Corso Vittorio Emanuele II"sv};
constexpr std::array itMail{"libero.it"sv, "virgilio.it"sv, "gmail.com"sv};

constexpr std::array gbFemale{"Olivia"sv, "Amelia"sv, "Isla"sv, "Siobhan"sv, "Zoë"sv};
constexpr std::array gbMale{"Oliver"sv, "George"sv, "Harry"sv, "Rhys"sv, "Callum"sv};
constexpr std::array gbLast{"Smith"sv,  "Jones"sv,  "Williams"sv, "O'Brien"sv,
                            "Taylor"sv, "Davies"sv, "Evans"sv,    "Smith-Jones, OBE"sv};
constexpr std::array gbCities{City{"London"sv, "EC1A 1BB"sv}, City{"Manchester"sv, "M1 1AE"sv},
                              City{"Birmingham"sv, "B1 1AA"sv}, City{"Glasgow"sv, "G1 1XQ"sv},
                              City{"Cardiff"sv, "CF10 1AA"sv}};
constexpr std::array gbStreets{"High Street"sv, "Station Road"sv, "Church Lane"sv, "Victoria Road"sv};
constexpr std::array gbMail{"btinternet.com"sv, "gmail.com"sv, "outlook.com"sv};

constexpr std::array plFemale{"Zofia"sv, "Małgorzata"sv, "Agnieszka"sv, "Łucja"sv};
constexpr std::array plMale{"Jakub"sv, "Paweł"sv, "Łukasz"sv, "Wojciech"sv};
constexpr std::array plLast{"Nowak"sv, "Kowalski"sv, "Wiśniewski"sv, "Wójcik"sv, "Kamiński"sv, "Zieliński"sv};
constexpr std::array plCities{City{"Warszawa"sv, "00-001"sv}, City{"Kraków"sv, "30-001"sv}, City{"Łódź"sv, "90-001"sv},
                              City{"Gdańsk"sv, "80-001"sv}};
constexpr std::array plStreets{"ulica Marszałkowska"sv, "ulica Floriańska"sv, "ulica Piotrkowska"sv, "ulica Długa"sv};
constexpr std::array plMail{"wp.pl"sv, "onet.pl"sv, "gmail.com"sv};

constexpr std::array seFemale{"Alice"sv, "Maja"sv, "Elsa"sv, "Åsa"sv};
constexpr std::array seMale{"Erik"sv, "Lars"sv, "Björn"sv, "Oskar"sv};
constexpr std::array seLast{"Andersson"sv, "Johansson"sv, "Karlsson"sv, "Nilsson"sv, "Öberg"sv, "Ångström"sv};
constexpr std::array seCities{City{"Stockholm"sv, "111 20"sv}, City{"Göteborg"sv, "411 01"sv},
                              City{"Malmö"sv, "211 11"sv}, City{"Uppsala"sv, "753 10"sv}};
constexpr std::array seStreets{"Drottninggatan"sv, "Kungsgatan"sv, "Storgatan"sv, "Södra Förstadsgatan"sv};
constexpr std::array seMail{"telia.com"sv, "gmail.com"sv};

constexpr std::array usFemale{"Emily"sv, "Madison"sv, "Ava"sv, "Renée"sv};
constexpr std::array usMale{"James"sv, "Michael"sv, "Ethan"sv, "José"sv};
constexpr std::array usLast{"Johnson"sv, "Brown"sv, "Miller"sv, "Garcia"sv, "Davis, III"sv, "Rodriguez"sv};
constexpr std::array usCities{City{"New York"sv, "10001"sv}, City{"Boston"sv, "02108"sv}, City{"Chicago"sv, "60601"sv},
                              City{"Seattle"sv, "98101"sv}, City{"Newark"sv, "07102"sv}};
constexpr std::array usStreets{"Main Street"sv, "Broadway"sv, "Elm Street"sv, "Pike Street"sv};
constexpr std::array usMail{"gmail.com"sv, "yahoo.com"sv, "outlook.com"sv};

const std::array s_countries{
    Country{"DE"sv, 0.30, "+49"sv, "17"sv, 8, deFemale, deMale, deLast, deCities, deMail, deStreets, false},
    Country{"AT"sv, 0.08, "+43"sv, "664"sv, 7, atFemale, atMale, atLast, atCities, atMail, atStreets, false},
    Country{"CH"sv, 0.07, "+41"sv, "79"sv, 7, chFemale, chMale, chLast, chCities, chMail, chStreets, false},
    Country{"FR"sv, 0.10, "+33"sv, "612"sv, 6, frFemale, frMale, frLast, frCities, frMail, frStreets, true},
    Country{"NL"sv, 0.06, "+31"sv, "612"sv, 6, nlFemale, nlMale, nlLast, nlCities, nlMail, nlStreets, false},
    Country{"ES"sv, 0.08, "+34"sv, "6"sv, 8, esFemale, esMale, esLast, esCities, esMail, esStreets, false},
    Country{"IT"sv, 0.08, "+39"sv, "347"sv, 7, itFemale, itMale, itLast, itCities, itMail, itStreets, false},
    Country{"GB"sv, 0.10, "+44"sv, "7400"sv, 6, gbFemale, gbMale, gbLast, gbCities, gbMail, gbStreets, true},
    Country{"PL"sv, 0.05, "+48"sv, "50"sv, 7, plFemale, plMale, plLast, plCities, plMail, plStreets, false},
    Country{"SE"sv, 0.04, "+46"sv, "70"sv, 7, seFemale, seMale, seLast, seCities, seMail, seStreets, false},
    Country{"US"sv, 0.04, "+1"sv, "2125"sv, 6, usFemale, usMale, usLast, usCities, usMail, usStreets, true},
};

constexpr std::array s_channels{
    Channel{"organic"sv, 0.30, 1.15}, Channel{"paid_search"sv, 0.22, 0.85}, Channel{"social"sv, 0.18, 0.7},
    Channel{"email"sv, 0.10, 1.3},    Channel{"referral"sv, 0.12, 1.25},    Channel{"affiliate"sv, 0.08, 0.8},
};

} // namespace

std::span<const Country> countries()
{
    return s_countries;
}

std::span<const Channel> channels()
{
    return s_channels;
}

} // namespace swb::demo
