#include "model/import/roleassignment.h"

#include "model/customerchanges.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/compactdates.h"
#include "model/import/orderderivedfields.h"
#include "model/import/ordersaggregator.h"
#include "model/import/roleguesser.h"

namespace swb {

QString RoleAssignment::roleNames()
{
    QStringList names;
    for (const FieldRole role : allFieldRoles())
        names << (role == FieldRole::None ? QStringLiteral("none") : fieldRoleName(role));
    return names.join(QStringLiteral(", "));
}

bool RoleAssignment::affectsCustomers(const QString& table, FieldRole role)
{
    if (table != QLatin1String("orders"))
        return false;
    switch (role) {
    case FieldRole::CustomerKey:
    case FieldRole::OrderDate:
    case FieldRole::Amount:
    case FieldRole::Quantity:
    case FieldRole::UnitPrice:
    case FieldRole::OrderId:
        return true;
    default:
        return false;
    }
}

bool RoleAssignment::assign(Database& db, const QString& table, const QString& column, FieldRole role, bool* recomputed,
                            QString* error)
{
    *recomputed = false;
    const auto field = FieldCatalog::findByName(FieldCatalog::load(db, table), column);
    if (!field) {
        *error = tr("The table %1 has no column \"%2\". Run swb fields --db WS --table %1 to see the columns.")
                     .arg(table, column);
        return false;
    }
    if (!RoleGuesser::roleFitsType(role, field->type)) {
        *error = tr("The column \"%1\" is of type %2, which cannot have the role %3 (%4). Choose a column of a fitting "
                    "type, or import the file again with --type %1=TYPE.")
                     .arg(column, fieldTypeName(field->type), fieldRoleName(role),
                          !CompactDates::isDateRole(role)
                              ? tr("the role needs another type")
                              : tr("a date role needs a date column; dates written as 19970101 are read as dates "
                                   "with --type COLUMN=date"));
        return false;
    }
    // The field's role before, to tell whether the customers' fields depend on the change.
    const bool before = affectsCustomers(table, field->role);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("The workspace is busy or cannot be written: %1").arg(db.lastError());
        return false;
    }
    if (!FieldCatalog::assignRole(db, table, column, role, error))
        return false;
    if (before || affectsCustomers(table, role)) {
        qint64 created = 0;
        if (!customerchanges::suspend(db, error) || !OrdersAggregator::recompute(db, &created, error)
            || !OrderDerivedFields::recompute(db, error) || !customerchanges::resume(db, error))
            return false;
        *recomputed = true;
    }
    return transaction.commit(error);
}

} // namespace swb
