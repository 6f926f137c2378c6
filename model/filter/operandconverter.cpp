#include "model/filter/operandconverter.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>
#include <QVariant>

#include <cmath>

namespace swb {

namespace {

QStringList splitAtCommas(const QString& text)
{
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char(',')) {
            current += QLatin1Char(',');
            ++i;
        } else if (c == QLatin1Char(',')) {
            items << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    items << current.trimmed();
    return items;
}

std::optional<FilterValue> number(const QJsonValue& value, const FieldInfo& field, QString* error)
{
    std::optional<qint64> integer;
    std::optional<double> real;
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            integer = variant.toLongLong();
        else
            real = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (ok) {
            integer = i;
        } else {
            const double d = text.toDouble(&ok);
            if (ok && std::isfinite(d))
                real = d;
        }
    }
    if (!integer && !real) {
        *error = OperandConverter::tr("value \"%1\" is not a number, but %2 is a number field")
                     .arg(OperandConverter::displayText(value), fieldMention(field));
        return std::nullopt;
    }
    if (field.type == FieldType::Real)
        return FilterValue(integer ? double(*integer) : *real);
    if (integer)
        return FilterValue(*integer);
    // An integral real is an integer for an integer field (2.0 = 2 in SQLite as well).
    if (std::floor(*real) == *real && std::fabs(*real) < 9.2e18)
        return FilterValue(qint64(*real));
    return FilterValue(*real);
}

std::optional<FilterValue> boolean(const QJsonValue& value, const FieldInfo& field, QString* error)
{
    if (value.isBool())
        return FilterValue(qint64(value.toBool() ? 1 : 0));
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0))
        return FilterValue(qint64(value.toDouble()));
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1"))
            return FilterValue(qint64(1));
        if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("0"))
            return FilterValue(qint64(0));
    }
    *error = OperandConverter::tr("value \"%1\" is not yes or no; the yes/no field %2 takes true, false, 1, 0, "
                                  "yes or no")
                 .arg(OperandConverter::displayText(value), fieldMention(field));
    return std::nullopt;
}

std::optional<FilterValue> text(const QJsonValue& value, const FieldInfo& field, QString* error)
{
    if (value.isString())
        return FilterValue(value.toString());
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        return FilterValue(variant.typeId() == QMetaType::LongLong
                               ? QString::number(variant.toLongLong())
                               : QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    }
    *error = OperandConverter::tr("value %1 is not text, but %2 is a text field; put the value in quotes")
                 .arg(OperandConverter::displayText(value), fieldMention(field));
    return std::nullopt;
}

std::optional<FilterValue> date(const QJsonValue& value, const FieldInfo& field, QString* error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?$)"));
    const QString written = value.isString() ? value.toString().trimmed() : QString();
    const QRegularExpressionMatch match = pattern.match(written);
    bool valid = match.hasMatch() && QDate::fromString(match.captured(1), Qt::ISODate).isValid();
    QString normalized = match.captured(1);
    if (valid && match.hasCaptured(2)) {
        const QString time = match.captured(2) + (match.hasCaptured(3) ? match.captured(3) : QStringLiteral(":00"));
        valid = QTime::fromString(time, QStringLiteral("HH:mm:ss")).isValid();
        normalized += QLatin1Char(' ') + time;
    }
    if (valid)
        return FilterValue(normalized);
    if (field.type == FieldType::Date)
        *error = OperandConverter::tr("value \"%1\" is not a date; the date field %2 takes dates as YYYY-MM-DD")
                     .arg(OperandConverter::displayText(value), fieldMention(field));
    else
        *error = OperandConverter::tr("value \"%1\" is not a date; the date and time field %2 takes YYYY-MM-DD or "
                                      "YYYY-MM-DD HH:MM:SS")
                     .arg(OperandConverter::displayText(value), fieldMention(field));
    return std::nullopt;
}

} // namespace

QList<QJsonValue> OperandConverter::list(const QJsonValue& value)
{
    QList<QJsonValue> items;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const auto& item : array)
            items << QJsonValue(item);
    } else if (value.isString()) {
        if (!value.toString().trimmed().isEmpty()) {
            for (const QString& item : splitAtCommas(value.toString()))
                items << QJsonValue(item);
        }
    } else if (value.isDouble() || value.isBool()) {
        items << value;
    }
    return items;
}

std::optional<FilterValue> OperandConverter::convert(const QJsonValue& value, const FieldInfo& field, FilterOperator op,
                                                     QString* error)
{
    if (value.isArray() || value.isObject() || value.isNull() || value.isUndefined()) {
        *error = tr("a value of %1 is missing or is not a single value").arg(fieldMention(field));
        return std::nullopt;
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Real:
        return number(value, field, error);
    case FieldType::Boolean:
        return boolean(value, field, error);
    case FieldType::Text:
        break;
    case FieldType::Date:
    case FieldType::DateTime:
        if (!isTextPatternOperator(op))
            return date(value, field, error);
        break;
    }
    auto converted = text(value, field, error);
    if (converted && isTextPatternOperator(op) && std::get<QString>(*converted).size() > maxPattern) {
        *error = tr("the text of \"%1\" is longer than %2 characters; shorten it")
                     .arg(filterOperatorName(op), QString::number(maxPattern));
        return std::nullopt;
    }
    return converted;
}

std::optional<qint64> OperandConverter::days(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d <= double(maxDays) && std::floor(d) == d)
            return qint64(d);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok && parsed >= 0 && parsed <= maxDays)
            return parsed;
    }
    return std::nullopt;
}

QString OperandConverter::displayText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        return variant.typeId() == QMetaType::LongLong ? QString::number(variant.toLongLong())
                                                       : QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isNull())
        return QStringLiteral("null");
    return QStringLiteral("…");
}

} // namespace swb
