#include "model/import/roleguesser.h"

#include <array>
#include <vector>

namespace swb::RoleGuesser {

namespace {

struct RoleNames
{
    FieldRole role;
    // A copy of the names: an initializer_list member would point to a temporary array of the tables' dynamic
    // initialisation, which clang does not keep alive (AddressSanitizer: stack-use-after-scope in guess()).
    std::vector<const char*> names;
};

// Order matters: the first role whose names hold a header wins for that column.
const std::array s_customerRoles{
    RoleNames{FieldRole::CustomerKey,
              {"customerid", "customerno",   "customernumber", "customerkey", "custid",   "customercode", "clientid",
               "clientno",   "clientnumber", "kundennummer",   "kundenid",    "kundennr", "kdnr",         "idcliente",
               "clienteid",  "numeroclient", "idclient",       "userid",      "memberid", "accountid",    "contactid"}},
    RoleNames{FieldRole::Email,
              {"email", "emailaddress", "mail", "emailadresse", "mailadresse", "correo", "correoelectronico",
               "courriel", "adressemail"}},
    RoleNames{FieldRole::FirstName, {"firstname", "givenname", "forename", "vorname", "prénom", "prenom", "nombre"}},
    RoleNames{FieldRole::LastName,
              {"lastname", "surname", "familyname", "nachname", "familienname", "nom", "apellido", "apellidos"}},
    RoleNames{FieldRole::Name, {"name", "fullname", "customername", "kundenname", "clientname", "nomcomplet"}},
    RoleNames{FieldRole::Phone,
              {"phone", "phonenumber", "telephone", "tel", "telefon", "telefonnummer", "telefono", "teléfono", "mobile",
               "mobilephone", "handy", "cell", "cellphone", "téléphone"}},
    RoleNames{FieldRole::Address,
              {"address", "street", "streetaddress", "address1", "addressline1", "adresse", "strasse", "straße",
               "direccion", "dirección", "rue"}},
    RoleNames{FieldRole::PostalCode,
              {"zip", "zipcode", "postalcode", "postcode", "plz", "postleitzahl", "codepostal", "codigopostal"}},
    RoleNames{FieldRole::City, {"city", "town", "stadt", "ort", "ville", "ciudad", "citta", "città"}},
    RoleNames{FieldRole::Country, {"country", "countrycode", "land", "pays", "pais", "país", "nation"}},
    RoleNames{FieldRole::Gender, {"gender", "sex", "geschlecht", "sexe", "genero", "género", "sesso"}},
    RoleNames{FieldRole::Age, {"age", "alter", "edad", "âge", "customerage"}},
    RoleNames{FieldRole::BirthDate,
              {"birthdate", "dateofbirth", "dob", "birthday", "geburtsdatum", "geburtstag", "fechanacimiento",
               "fechadenacimiento", "datedenaissance", "datenaissance"}},
    RoleNames{FieldRole::SignupDate,
              {"signupdate", "signup", "signedup", "registrationdate", "registered", "registeredat", "createdat",
               "created", "joindate", "joined", "customersince", "membersince", "dtcustomer", "anmeldedatum",
               "registrierungsdatum", "kundeseit", "enrollmentdate", "dateinscription", "fechaalta"}},
    RoleNames{FieldRole::Revenue,
              {"revenue", "totalrevenue", "totalspent", "totalspend", "spent", "amountspent", "sales", "totalsales",
               "umsatz", "gesamtumsatz", "monetary", "lifetimevalue", "ltv", "clv", "totalamount"}},
    RoleNames{FieldRole::OrdersCount,
              {"orders", "orderscount", "ordercount", "numorders", "numberoforders", "totalorders", "frequency",
               "purchases", "numpurchases", "purchasecount", "bestellungen", "anzahlbestellungen"}},
    RoleNames{FieldRole::AverageOrderValue, {"avgordervalue", "averageordervalue", "aov"}},
    RoleNames{FieldRole::FirstPurchaseDate, {"firstpurchase", "firstpurchasedate", "firstorderdate", "firstorder"}},
    RoleNames{FieldRole::LastPurchaseDate,
              {"lastpurchase", "lastpurchasedate", "lastorderdate", "lastorder", "letztebestellung", "letzterkauf"}},
    RoleNames{FieldRole::Churn,
              {"churn", "churned", "exited", "attrition", "churnflag", "ischurned", "haschurned", "gekündigt",
               "gekuendigt", "abgewandert", "churnstatus"}},
    RoleNames{FieldRole::Nps,
              {"nps", "npsscore", "netpromoterscore", "likelihoodtorecommend", "recommend", "weiterempfehlung"}},
    RoleNames{FieldRole::Channel,
              {"channel", "acquisitionchannel", "marketingchannel", "source", "utmsource", "leadsource", "kanal",
               "canal", "acquisition"}},
};

const std::array s_orderRoles{
    RoleNames{FieldRole::CustomerKey,
              {"customerid", "customerno", "customernumber", "customerkey", "custid", "customercode", "clientid",
               "clientno", "kundennummer", "kundenid", "kundennr", "kdnr", "idcliente", "idclient", "userid",
               "memberid", "accountid", "customer"}},
    RoleNames{FieldRole::OrderId,
              {"orderid", "orderno", "ordernumber", "invoiceno", "invoice", "invoiceid", "invoicenumber",
               "transactionid", "bestellnummer", "bestellid", "rechnungsnummer", "receiptid", "order", "id"}},
    RoleNames{FieldRole::OrderDate,
              {"orderdate", "invoicedate", "date", "transactiondate", "purchasedate", "datum", "bestelldatum",
               "orderedat", "createdat", "timestamp", "fecha"}},
    RoleNames{FieldRole::Amount,
              {"amount", "total", "ordertotal", "revenue", "sales", "value", "umsatz", "betrag", "totalamount",
               "linetotal", "totalprice", "gesamtpreis", "importe"}},
    RoleNames{FieldRole::Quantity, {"quantity", "qty", "items", "menge", "anzahl", "units", "cantidad", "quantite"}},
    RoleNames{FieldRole::UnitPrice,
              {"unitprice", "price", "preis", "itemprice", "einzelpreis", "stückpreis", "precio", "prix"}},
};

bool typeFits(FieldRole role, const InferredType& type, const ColumnStats& stats)
{
    const FieldType t = type.type;
    if (!roleFitsType(role, t))
        return false;
    switch (role) {
    case FieldRole::Age:
        return stats.intMin >= 0 && stats.intMax <= 130;
    case FieldRole::Nps:
        return stats.intMin >= 0 && stats.intMax <= 10;
    default:
        return true;
    }
}

// Orders without a column named like a customer key: a key-like column (see guess()).
int keyLikeColumn(const QStringList& headers, const QList<FieldRole>& roles, const auto& fits)
{
    static const std::array<const char*, 10> s_preferred{"master", "customer", "cust",    "client", "kunde",
                                                         "member", "user",     "account", "buyer",  "shopper"};
    int firstIdLike = -1;
    for (int column = 0; column < headers.size(); ++column) {
        if (roles[column] != FieldRole::None || !fits(column, FieldRole::CustomerKey))
            continue;
        const QString key = compactHeader(headers[column]);
        const bool idLike = key.endsWith(QLatin1String("id")) || key.endsWith(QLatin1String("nr"))
            || key.endsWith(QLatin1String("no")) || key.endsWith(QLatin1String("key"));
        for (const char* prefix : s_preferred) {
            if (key.startsWith(QLatin1String(prefix)) && (idLike || key == QLatin1String(prefix)))
                return column;
        }
        if (idLike && firstIdLike < 0)
            firstIdLike = column;
    }
    return firstIdLike;
}

} // namespace

bool roleFitsType(FieldRole role, FieldType t)
{
    switch (role) {
    case FieldRole::CustomerKey:
    case FieldRole::OrderId:
        return t == FieldType::Integer || t == FieldType::Text;
    case FieldRole::Email:
    case FieldRole::Name:
    case FieldRole::FirstName:
    case FieldRole::LastName:
    case FieldRole::Address:
    case FieldRole::City:
    case FieldRole::Country:
    case FieldRole::Channel:
        return t == FieldType::Text;
    case FieldRole::Gender:
    case FieldRole::Phone:
    case FieldRole::PostalCode:
        return t == FieldType::Text || t == FieldType::Integer;
    case FieldRole::Age:
        return t == FieldType::Integer;
    case FieldRole::BirthDate:
    case FieldRole::SignupDate:
    case FieldRole::FirstPurchaseDate:
    case FieldRole::LastPurchaseDate:
    case FieldRole::OrderDate:
        return isTemporal(t);
    case FieldRole::Revenue:
    case FieldRole::AverageOrderValue:
    case FieldRole::Amount:
    case FieldRole::UnitPrice:
    case FieldRole::OrdersCount:
    case FieldRole::Quantity:
        return t == FieldType::Integer || t == FieldType::Real;
    case FieldRole::Churn:
        return t == FieldType::Boolean;
    case FieldRole::Nps:
        return t == FieldType::Integer || t == FieldType::Boolean;
    case FieldRole::None:
        return true;
    }
    return false;
}

QString compactHeader(const QString& header)
{
    const QString text = header.normalized(QString::NormalizationForm_C).toLower();
    QString compact;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            compact += c;
    }
    return compact;
}

QList<FieldRole> guess(ImportKind kind, const QStringList& headers, const QList<InferredType>& types,
                       const std::vector<ColumnStats>& stats)
{
    QList<FieldRole> roles(headers.size(), FieldRole::None);
    struct UsedRoles
    {
        std::array<bool, 64> used{};
        bool contains(FieldRole role) const { return used[size_t(role)]; }
        void insert(FieldRole role) { used[size_t(role)] = true; }
    } used;
    auto assign = [&](int column, FieldRole role) {
        roles[column] = role;
        used.insert(role);
    };
    const auto fits = [&](int column, FieldRole role) {
        return size_t(column) < stats.size() && column < types.size()
            && typeFits(role, types[column], stats[size_t(column)]);
    };
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = compactHeader(headers[column]);
        if (key.isEmpty())
            continue;
        auto tryTable = [&](const auto& table) {
            for (const RoleNames& entry : table) {
                if (used.contains(entry.role))
                    continue;
                for (const char* name : entry.names) {
                    if (key == QString::fromUtf8(name) && fits(column, entry.role)) {
                        assign(column, entry.role);
                        return;
                    }
                }
            }
        };
        if (kind == ImportKind::Orders)
            tryTable(s_orderRoles);
        else
            tryTable(s_customerRoles);
    }
    if (kind == ImportKind::Orders && !used.contains(FieldRole::CustomerKey)) {
        const int column = keyLikeColumn(headers, roles, fits);
        if (column >= 0)
            assign(column, FieldRole::CustomerKey);
    }
    if (kind == ImportKind::Customers) {
        for (int column = 0; column < headers.size(); ++column) {
            if (roles[column] != FieldRole::None || size_t(column) >= stats.size())
                continue;
            const QString key = compactHeader(headers[column]);
            const ColumnStats& s = stats[size_t(column)];
            if (!used.contains(FieldRole::CustomerKey)
                && (key == QLatin1String("id") || key.endsWith(QLatin1String("customerid")))
                && fits(column, FieldRole::CustomerKey)) {
                assign(column, FieldRole::CustomerKey);
            } else if (!used.contains(FieldRole::Gender) && key == QLatin1String("genre")
                       && (s.candidates & ColumnStats::Gender) && s.values > 0) {
                assign(column, FieldRole::Gender);
            } else if (!used.contains(FieldRole::Email) && fits(column, FieldRole::Email)
                       && (((s.candidates & ColumnStats::Email) && s.values > 0)
                           || key.contains(QLatin1String("email")))) {
                assign(column, FieldRole::Email);
            }
        }
    }
    return roles;
}

} // namespace swb::RoleGuesser
