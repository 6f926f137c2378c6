// Columns the analyses write into `customers` (RFM scores, predicted values): added once, registered as derived.
#pragma once

#include "model/field.h"

#include <QCoreApplication>
#include <QString>

#include <span>

namespace swb {

class Database;

struct DerivedFieldDef
{
    const char* name;
    FieldType type;
    const char* header; // QT_TRANSLATE_NOOP("swb::DerivedField", ...)
};

class DerivedFields
{
    Q_DECLARE_TR_FUNCTIONS(swb::DerivedFields)

public:
    // Adds the missing columns and registers them in the catalog as derived fields. Refuses (nothing is
    // written over) when an imported column already has one of the names.
    static bool ensure(Database& db, std::span<const DerivedFieldDef> fields, QString* error);
};

} // namespace swb
