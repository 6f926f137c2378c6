// What the workspace knows about one column: its type, its role and whether it holds personal data.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace swb {

// Logical type of a column. Storage in SQLite: Integer/Boolean → INTEGER, Real → REAL,
// Text/Date/DateTime → TEXT (dates as ISO-8601 `YYYY-MM-DD` / `YYYY-MM-DD HH:MM:SS`).
enum class FieldType { Integer, Real, Text, Date, DateTime, Boolean };

// What a column means; the KPI, RFM, export and segment code find columns by role, not by name.
enum class FieldRole {
    None,
    CustomerKey,
    Email,
    Name,
    FirstName,
    LastName,
    Phone,
    Address,
    PostalCode,
    City,
    Country,
    Gender,
    Age,
    BirthDate,
    SignupDate,
    Revenue,
    OrdersCount,
    AverageOrderValue,
    FirstPurchaseDate,
    LastPurchaseDate,
    Churn,
    Nps,
    Channel,
    // Roles of the orders table.
    OrderId,
    OrderDate,
    Amount,
    Quantity,
    UnitPrice,
};

struct FieldInfo
{
    QString table = QStringLiteral("customers");
    QString name; // column name in the table
    QString originalHeader; // header as it was in the imported file
    FieldType type = FieldType::Text;
    FieldRole role = FieldRole::None;
    bool pii = false;
    int position = 0; // column order in the table
    bool derived = false; // computed by the workbench (orders aggregation, RFM), not imported
    // How the imported file wrote the values; exports write them back that way. A boolean column's words for true
    // and false ("Yes"/"No", "1"/"0"; empty: not known), a real column's fewest and most decimal places (-1: not
    // known).
    QString trueWord{};
    QString falseWord{};
    int minDecimals = -1;
    int maxDecimals = -1;
};

// What a user sees for a field: its header from the file, else its column name; columns the workbench computed show
// their label in the interface language ("Total revenue", "Umsatz gesamt"), a derived column without one its name
// made readable ("rfm_r" → "Rfm r").
QString fieldLabel(const FieldInfo& field);
// How messages name a field: its label in quotes, followed by the column name (what definitions and the command line
// use) when that differs: "Signup Date" (signup_date).
QString fieldMention(const FieldInfo& field);
// Translation context of the labels of derived columns (QT_TRANSLATE_NOOP where they are defined).
inline constexpr const char* derivedFieldContext = "swb::DerivedField";

QString fieldTypeName(FieldType type); // "integer", "real", "text", "date", "datetime", "boolean"
std::optional<FieldType> fieldTypeFromName(const QString& name);
QString sqlStorageType(FieldType type); // "INTEGER", "REAL", "TEXT"
bool isNumeric(FieldType type); // Integer, Real, Boolean
bool isTemporal(FieldType type); // Date, DateTime

QString fieldRoleName(FieldRole role); // "customer_key", "email", … ("" for None)
std::optional<FieldRole> fieldRoleFromName(const QString& name);
QList<FieldRole> allFieldRoles();
bool isPiiRole(FieldRole role); // email, names, phone, address, postal code, birth date

} // namespace swb
