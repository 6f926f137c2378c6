// Human-readable, translated names of field types and roles, for combo boxes and summaries.
#pragma once

#include "model/field.h"
#include "model/import/importtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace swb {

class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(swb::FieldLabels)

public:
    static QString type(FieldType type);
    static QString role(FieldRole role); // "—" for None
    static QList<FieldType> types();
    // The roles that make sense for a file of `kind` (None first).
    static QList<FieldRole> roles(ImportKind kind);
};

} // namespace swb
