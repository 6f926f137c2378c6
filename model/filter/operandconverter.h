// Turns a rule's operands, as react-querybuilder writes them, into values of the field's type (the conversion
// rules are listed in filterresolver.h).
#pragma once

#include "model/field.h"
#include "model/filter/filteroperator.h"
#include "model/filter/resolvedfilter.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

class OperandConverter
{
    Q_DECLARE_TR_FUNCTIONS(swb::OperandConverter)

public:
    static constexpr qint64 maxDays = 100000; // ~270 years: date arithmetic stays far from QDate's limits
    static constexpr qsizetype maxPattern = 10000; // SQLite refuses LIKE patterns beyond 50,000 bytes

    // react-querybuilder's toArray(): an array as it is, a text split at commas (items trimmed, `\,` is a comma;
    // blank text is no item), a number or boolean alone.
    static QList<QJsonValue> list(const QJsonValue& value);

    // One operand of `op` converted to `field`'s type; on failure `error` says why (without the rule's path).
    static std::optional<FilterValue> convert(const QJsonValue& value, const FieldInfo& field, FilterOperator op,
                                              QString* error);

    // A whole number of days from 0 to maxDays, as a JSON number or text.
    static std::optional<qint64> days(const QJsonValue& value);

    // The value as the user wrote it, for messages.
    static QString displayText(const QJsonValue& value);
};

} // namespace swb
