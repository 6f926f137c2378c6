// How an imported file wrote its values (boolean words, decimal places), kept in the field catalog for exports.
#pragma once

#include "model/field.h"
#include "model/import/typeinference.h"

#include <QString>

#include <vector>

namespace swb {

class Database;
struct ImportTarget;

namespace SourceForms {

// Fills `field`'s words and decimal places from the whole column's statistics and its type. A boolean column with
// only one of its words in the file gets the other from the usual pair in the same case ("Yes" → "No").
void describe(const ColumnStats& stats, const InferredType& type, FieldInfo* field);
// The counterpart of a boolean word ("Yes" → "No", "FALSE" → "TRUE", "0" → "1"); "" when the word is unknown.
QString counterpart(const QString& word);
// Stores the forms of the columns an import created (not those it found in the table already).
bool store(Database& db, const QString& table, const std::vector<ImportTarget>& targets,
           const std::vector<ColumnStats>& stats, QString* error);

} // namespace SourceForms

} // namespace swb
