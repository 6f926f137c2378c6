#include "model/field.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace swb {

namespace {

constexpr std::array s_typeNames{
    std::pair{FieldType::Integer, "integer"},   std::pair{FieldType::Real, "real"},
    std::pair{FieldType::Text, "text"},         std::pair{FieldType::Date, "date"},
    std::pair{FieldType::DateTime, "datetime"}, std::pair{FieldType::Boolean, "boolean"},
};

constexpr std::array s_roleNames{
    std::pair{FieldRole::None, ""},
    std::pair{FieldRole::CustomerKey, "customer_key"},
    std::pair{FieldRole::Email, "email"},
    std::pair{FieldRole::Name, "name"},
    std::pair{FieldRole::FirstName, "first_name"},
    std::pair{FieldRole::LastName, "last_name"},
    std::pair{FieldRole::Phone, "phone"},
    std::pair{FieldRole::Address, "address"},
    std::pair{FieldRole::PostalCode, "postal_code"},
    std::pair{FieldRole::City, "city"},
    std::pair{FieldRole::Country, "country"},
    std::pair{FieldRole::Gender, "gender"},
    std::pair{FieldRole::Age, "age"},
    std::pair{FieldRole::BirthDate, "birth_date"},
    std::pair{FieldRole::SignupDate, "signup_date"},
    std::pair{FieldRole::Revenue, "revenue"},
    std::pair{FieldRole::OrdersCount, "orders_count"},
    std::pair{FieldRole::AverageOrderValue, "average_order_value"},
    std::pair{FieldRole::FirstPurchaseDate, "first_purchase_date"},
    std::pair{FieldRole::LastPurchaseDate, "last_purchase_date"},
    std::pair{FieldRole::Churn, "churn"},
    std::pair{FieldRole::Nps, "nps"},
    std::pair{FieldRole::Channel, "channel"},
    std::pair{FieldRole::OrderId, "order_id"},
    std::pair{FieldRole::OrderDate, "order_date"},
    std::pair{FieldRole::Amount, "amount"},
    std::pair{FieldRole::Quantity, "quantity"},
    std::pair{FieldRole::UnitPrice, "unit_price"},
};

} // namespace

QString fieldLabel(const FieldInfo& field)
{
    const QString header = field.originalHeader.trimmed();
    if (!field.derived)
        return header.isEmpty() ? field.name : header;
    if (!header.isEmpty() && header != field.name)
        return QCoreApplication::translate(derivedFieldContext, header.toUtf8().constData());
    QString text = field.name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString fieldMention(const FieldInfo& field)
{
    const QString label = fieldLabel(field);
    if (label == field.name)
        return QCoreApplication::translate("swb::FieldMention", "\"%1\"").arg(label);
    return QCoreApplication::translate("swb::FieldMention", "\"%1\" (%2)").arg(label, field.name);
}

QString fieldTypeName(FieldType type)
{
    for (const auto& [value, name] : s_typeNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString& name)
{
    for (const auto& [value, text] : s_typeNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString sqlStorageType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return QStringLiteral("INTEGER");
    case FieldType::Real:
        return QStringLiteral("REAL");
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::DateTime:
        break;
    }
    return QStringLiteral("TEXT");
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Real || type == FieldType::Boolean;
}

bool isTemporal(FieldType type)
{
    return type == FieldType::Date || type == FieldType::DateTime;
}

QString fieldRoleName(FieldRole role)
{
    for (const auto& [value, name] : s_roleNames) {
        if (value == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FieldRole> fieldRoleFromName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return FieldRole::None;
    for (const auto& [value, text] : s_roleNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QList<FieldRole> allFieldRoles()
{
    QList<FieldRole> roles;
    for (const auto& entry : s_roleNames)
        roles << entry.first;
    return roles;
}

bool isPiiRole(FieldRole role)
{
    switch (role) {
    case FieldRole::Email:
    case FieldRole::Name:
    case FieldRole::FirstName:
    case FieldRole::LastName:
    case FieldRole::Phone:
    case FieldRole::Address:
    case FieldRole::PostalCode:
    case FieldRole::BirthDate:
        return true;
    default:
        return false;
    }
}

} // namespace swb
