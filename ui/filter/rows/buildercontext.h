// What the builder's widgets share: the document they edit and what they offer (fields, segments, suggestions).
#pragma once

#include "model/field.h"
#include "ui/filter/definition/valuetype.h"

#include <QDate>
#include <QList>

namespace swb {

class FilterDocument;
class ValueSuggestions;

struct BuilderContext
{
    FilterDocument* document = nullptr;
    QList<FieldInfo> fields;
    bool offerSegments = true; // the pseudo-field "Segment" (`@segment`)
    ValueSuggestions* suggestions = nullptr; // may be null
    QDate asOfDate;

    ValueType typeOf(const QString& field) const;
};

} // namespace swb
