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
    // The columns of `orders` (empty: the workspace has none, no order rules are offered) and their values.
    QList<FieldInfo> orderFields;
    ValueSuggestions* orderSuggestions = nullptr; // may be null
    // This context edits the condition ("where") of an order rule, on order columns, in a document of its own:
    // no order rules inside, and its rows are not dragged (their paths are not the builder's).
    bool orderCondition = false;

    ValueType typeOf(const QString& field) const;
};

} // namespace swb
