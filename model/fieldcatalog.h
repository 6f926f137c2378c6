// Reads and writes the `fields` table: the catalog of imported and derived columns.
#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

#include <optional>

namespace swb {

class Database;

namespace FieldCatalog {

QList<FieldInfo> load(Database& db, const QString& table = QStringLiteral("customers"));
// Replaces the catalog of `table` with `fields` (call inside the caller's transaction).
bool replace(Database& db, const QString& table, const QList<FieldInfo>& fields, QString* error);
// Inserts or updates one field.
bool upsert(Database& db, const FieldInfo& field, QString* error);
bool setRole(Database& db, const QString& table, const QString& name, FieldRole role, QString* error);
// Takes `role` from every column of `table` except `keep` (a role belongs to one column at a time).
bool clearRole(Database& db, const QString& table, FieldRole role, const QString& keep, QString* error);
// Gives `role` to column `name` in one transaction: no other column of the table keeps it, and the column's PII
// flag follows the role. False with an empty error when the table has no such column.
bool assignRole(Database& db, const QString& table, const QString& name, FieldRole role, QString* error);
std::optional<FieldInfo> findByRole(const QList<FieldInfo>& fields, FieldRole role);
std::optional<FieldInfo> findByName(const QList<FieldInfo>& fields, const QString& name);

} // namespace FieldCatalog
} // namespace swb
