#include "ui/customers/valueformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace swb::ValueFormat {

bool isMoney(const FieldInfo& field)
{
    switch (field.role) {
    case FieldRole::Revenue:
    case FieldRole::AverageOrderValue:
    case FieldRole::Amount:
    case FieldRole::UnitPrice:
        return isNumeric(field.type) && field.type != FieldType::Boolean;
    default:
        return false;
    }
}

QString dateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString display(const QVariant& value, const FieldInfo& field, const QLocale& locale)
{
    if (value.isNull())
        return {};
    // Values that do not fit the declared type (SQLite keeps what it was given) are shown as they are.
    const int type = value.typeId();
    const bool integral = type == QMetaType::LongLong || type == QMetaType::Int;
    const bool floating = type == QMetaType::Double;
    if (isMoney(field) && (integral || floating))
        return locale.toString(value.toDouble(), 'f', 2);
    switch (field.type) {
    case FieldType::Integer:
        // Years, IDs and ZIP-like numbers read badly with group separators.
        if (integral) {
            QLocale plain = locale;
            plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
            return plain.toString(value.toLongLong());
        }
        break;
    case FieldType::Real:
        if (integral || floating)
            return locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
        break;
    case FieldType::Boolean:
        if (integral)
            return yesNo(value.toLongLong() != 0);
        break;
    case FieldType::Date:
        if (const QDate date = QDate::fromString(value.toString(), Qt::ISODate); date.isValid())
            return locale.toString(date, dateFormat(locale));
        break;
    case FieldType::DateTime:
        if (const QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODate); dateTime.isValid())
            return locale.toString(dateTime,
                                   dateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
        break;
    case FieldType::Text:
        break;
    }
    return value.toString();
}

Qt::Alignment alignment(const FieldInfo& field)
{
    if (isNumeric(field.type) && field.type != FieldType::Boolean)
        return Qt::AlignRight | Qt::AlignVCenter;
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("swb::ValueFormat", "Yes")
                 : QCoreApplication::translate("swb::ValueFormat", "No");
}

} // namespace swb::ValueFormat
