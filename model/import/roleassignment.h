// Giving a column of a workspace table a role after the import (swb fields --set-role): refused when the column's
// type cannot have the role; on the orders table a role the customers' purchase fields come from is followed by
// recomputing them.
#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QString>

namespace swb {

class Database;

class RoleAssignment
{
    Q_DECLARE_TR_FUNCTIONS(swb::RoleAssignment)

public:
    // The names roles have on the command line, "none" first: "none, customer_key, email, …".
    static QString roleNames();

    // Roles of the orders table whose change recomputes the customers' derived fields (customer key, order date,
    // amount, quantity, unit price, order id).
    static bool affectsCustomers(const QString& table, FieldRole role);

    // In one transaction: checks that `column` of `table` exists and that its type fits `role` (an order date must
    // be a date column; see RoleGuesser::roleFitsType), assigns the role (FieldCatalog::assignRole) and, when
    // affectsCustomers(), recomputes the customers' purchase fields and the fields derived from order columns
    // (`*recomputed` set). False with the reason; nothing changes then.
    static bool assign(Database& db, const QString& table, const QString& column, FieldRole role, bool* recomputed,
                       QString* error);
};

} // namespace swb
