// How a stored value of a typed field is shown: numbers, money and dates through QLocale.
#pragma once

#include "model/field.h"

#include <QLocale>
#include <QVariant>

namespace swb::ValueFormat {

// Revenue-like roles are shown as money (two decimals, grouped).
bool isMoney(const FieldInfo& field);

// The text of `value` (as SQLite returned it) for a cell; NULL gives an empty string.
QString display(const QVariant& value, const FieldInfo& field, const QLocale& locale = QLocale());

Qt::Alignment alignment(const FieldInfo& field);

// A short date format of the locale with a four-digit year ("dd.MM.yyyy", "M/d/yyyy").
QString dateFormat(const QLocale& locale);

// "Yes" or "No" in the interface language: a yes/no value in the table and in the builder.
QString yesNo(bool value);

} // namespace swb::ValueFormat
