// Test fixtures for the filter engine: customers tables with every field type, and saved segments.
#pragma once

#include "model/field.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace swb {
class Database;
class FilterEvaluator;
class Workspace;
struct ResolvedGroup;
} // namespace swb

namespace swb::test {

// Creates `customers` with one typed column per field (SQLite storage of the field's type), inserts `rows`
// (one QVariant per field, invalid QVariant = NULL) and writes the field catalog.
bool createCustomers(Database& db, const QList<FieldInfo>& fields, const QList<QVariantList>& rows, QString* error);

// The keys (text column `keyColumn` of `customers`) of the customers a resolved definition selects, sorted: through
// SQLite running the compiled SQL, and through the in-memory evaluator (whose store must have loaded `keyColumn`).
// An error comes back as the one item "<error: …>".
QStringList keysSelectedBySql(Workspace& workspace, const ResolvedGroup& resolved, const QString& keyColumn);
QStringList keysSelectedInMemory(FilterEvaluator& evaluator, const ResolvedGroup& resolved, const QString& keyColumn);

FieldInfo makeField(const QString& name, FieldType type, FieldRole role = FieldRole::None);

// Saves a segment directly in the `segments` / `segment_members` tables. `updatedAt` distinguishes versions.
bool saveSegment(Database& db, const QString& name, bool isStatic, const QByteArray& definition,
                 const QList<QVariant>& members, QString* error, const QString& updatedAt = QStringLiteral("1"));

struct FilterFixtureOptions
{
    int rows = 2000;
    quint32 seed = 1;
    bool integerKey = false; // key column "id" INTEGER instead of "customer_id" TEXT
    bool irregularColumn = true; // "legacy" is an integer field that also holds text
};

// A generated workspace with every field type, NULLs, duplicates, empty strings, mixed-case and non-ASCII text,
// LIKE wildcards in values, negative numbers, fractions, huge integers, dates and datetimes; as-of date fixed to
// 2024-07-01; static segments "static_a", "static_b" and dynamic segments "dyn_young", "dyn_rich",
// "dyn_nested" (which refers to the others).
// Fields: key, name, country, email, age (integer), revenue (real), big (integer), newsletter (boolean),
// signup (date), last_seen (datetime), legacy (integer, irregular when asked).
bool buildFilterFixture(Workspace& workspace, const FilterFixtureOptions& options, QString* error);

} // namespace swb::test
