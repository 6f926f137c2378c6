// Guesses what each imported column means (customer key, email, revenue, order date, …) from headers and values.
#pragma once

#include "model/field.h"
#include "model/import/importtypes.h"
#include "model/import/typeinference.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace swb::RoleGuesser {

// One role per column (None when nothing fits); each role is given to at most one column. A header decides
// (common names in English, German, French, Spanish, e.g. "CustomerID", "Kundennummer", "E-Mail", "Geschlecht"),
// but only when the column's type fits the role (dates for date roles, numbers for amounts, 0–10 integers for
// NPS, booleans for churn). Orders with no column named like a customer key take a key-like column (integer or
// text, no other role): the first whose name starts with master, customer, cust, client, kunde, member, user,
// account, buyer or shopper and ends like an id (or is that word), else the first whose name ends in id, nr, no or key
// (CDNOW: masterid before sampleid). "Genre" is the gender only when its values are gender words (it can mean a music
// genre). A text column whose every value looks like an e-mail address is the email without any header hint.
QList<FieldRole> guess(ImportKind kind, const QStringList& headers, const QList<InferredType>& types,
                       const std::vector<ColumnStats>& stats);

// Whether a column of type `type` can have `role` (dates for date roles, numbers for amounts, …); None fits all.
bool roleFitsType(FieldRole role, FieldType type);

// Header reduced to lowercase letters and digits ("E-Mail" → "email"), as the role tables use.
QString compactHeader(const QString& header);

} // namespace swb::RoleGuesser
