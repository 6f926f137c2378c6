#include "ui/shell/fieldlabels.h"

namespace swb {

QString FieldLabels::type(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return tr("Whole number");
    case FieldType::Real:
        return tr("Decimal number");
    case FieldType::Text:
        return tr("Text");
    case FieldType::Date:
        return tr("Date");
    case FieldType::DateTime:
        return tr("Date and time");
    case FieldType::Boolean:
        return tr("Yes/No");
    }
    return {};
}

QString FieldLabels::role(FieldRole role)
{
    switch (role) {
    case FieldRole::None:
        return tr("—");
    case FieldRole::CustomerKey:
        return tr("Customer key");
    case FieldRole::Email:
        return tr("Email");
    case FieldRole::Name:
        return tr("Name");
    case FieldRole::FirstName:
        return tr("First name");
    case FieldRole::LastName:
        return tr("Last name");
    case FieldRole::Phone:
        return tr("Phone");
    case FieldRole::Address:
        return tr("Address");
    case FieldRole::PostalCode:
        return tr("Postal code");
    case FieldRole::City:
        return tr("City");
    case FieldRole::Country:
        return tr("Country");
    case FieldRole::Gender:
        return tr("Gender");
    case FieldRole::Age:
        return tr("Age");
    case FieldRole::BirthDate:
        return tr("Birth date");
    case FieldRole::SignupDate:
        return tr("Signup date");
    case FieldRole::Revenue:
        return tr("Revenue");
    case FieldRole::OrdersCount:
        return tr("Number of orders");
    case FieldRole::AverageOrderValue:
        return tr("Average order value");
    case FieldRole::FirstPurchaseDate:
        return tr("First purchase date");
    case FieldRole::LastPurchaseDate:
        return tr("Last purchase date");
    case FieldRole::Churn:
        return tr("Churned (flag)");
    case FieldRole::Nps:
        return tr("NPS answer (0–10)");
    case FieldRole::Channel:
        return tr("Channel");
    case FieldRole::OrderId:
        return tr("Order ID");
    case FieldRole::OrderDate:
        return tr("Order date");
    case FieldRole::Amount:
        return tr("Order amount");
    case FieldRole::Quantity:
        return tr("Quantity");
    case FieldRole::UnitPrice:
        return tr("Unit price");
    }
    return {};
}

QList<FieldType> FieldLabels::types()
{
    return {FieldType::Text, FieldType::Integer,  FieldType::Real,
            FieldType::Date, FieldType::DateTime, FieldType::Boolean};
}

QList<FieldRole> FieldLabels::roles(ImportKind kind)
{
    static const QList<FieldRole> orderRoles{FieldRole::OrderId, FieldRole::OrderDate, FieldRole::Amount,
                                             FieldRole::Quantity, FieldRole::UnitPrice};
    QList<FieldRole> result;
    for (const FieldRole role : allFieldRoles()) {
        const bool orderRole = orderRoles.contains(role);
        if (role == FieldRole::None || role == FieldRole::CustomerKey || role == FieldRole::Channel
            || (kind == ImportKind::Orders) == orderRole)
            result.append(role);
    }
    if (!result.contains(FieldRole::None))
        result.prepend(FieldRole::None);
    return result;
}

} // namespace swb
