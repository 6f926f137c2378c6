#include "model/import/compactdates.h"

#include "model/import/roleguesser.h"

#include <QDate>

#include <array>

namespace swb::CompactDates {

bool parse(std::string_view text, int* year, int* month, int* day)
{
    if (text.size() != 8)
        return false;
    int digits[8];
    for (size_t i = 0; i < 8; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        digits[i] = text[i] - '0';
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int m = digits[4] * 10 + digits[5];
    const int d = digits[6] * 10 + digits[7];
    if (y < s_firstYear || y > s_lastYear || !QDate(y, m, d).isValid())
        return false;
    if (year)
        *year = y;
    if (month)
        *month = m;
    if (day)
        *day = d;
    return true;
}

bool possible(const ColumnStats& stats)
{
    return stats.values > 0 && (stats.candidates & ColumnStats::DateCompact)
        && (stats.candidates & ColumnStats::Integer) && stats.currency == 0;
}

bool headerSuggestsDate(const QString& header)
{
    QString key = RoleGuesser::compactHeader(header);
    // Words that contain a date word without being a date: "lifetime value", "times bought", "runtime".
    static const std::array<const char*, 4> s_false{"lifetime", "times", "runtime", "overtime"};
    for (const char* word : s_false)
        key.remove(QLatin1String(word));
    static const std::array<const char*, 7> s_parts{"date", "datum", "day", "time", "fecha", "jour", "zeit"};
    for (const char* part : s_parts) {
        if (key.contains(QLatin1String(part)))
            return true;
    }
    static const std::array<const char*, 4> s_whole{"dt", "ymd", "yyyymmdd", "when"};
    for (const char* word : s_whole) {
        if (key == QLatin1String(word))
            return true;
    }
    return false;
}

bool isDateRole(FieldRole role)
{
    switch (role) {
    case FieldRole::BirthDate:
    case FieldRole::SignupDate:
    case FieldRole::FirstPurchaseDate:
    case FieldRole::LastPurchaseDate:
    case FieldRole::OrderDate:
        return true;
    default:
        return false;
    }
}

InferredType dateType()
{
    InferredType type;
    type.type = FieldType::Date;
    type.dateOrder = DateOrder::Compact;
    type.dateSeparator = 0;
    return type;
}

InferredType infer(const ColumnStats& stats, bool fileDecimalComma, std::optional<bool> monthFirst,
                   const QString& header)
{
    const InferredType type = TypeInference::infer(stats, fileDecimalComma, monthFirst);
    if (type.type == FieldType::Integer && possible(stats) && headerSuggestsDate(header))
        return dateType();
    return type;
}

} // namespace swb::CompactDates
