#include "model/import/typeinference.h"

#include "model/import/compactdates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>

namespace swb {

namespace {

using C = ColumnStats;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool equalsIgnoreCase(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != word[i])
            return false;
    }
    return true;
}

constexpr std::array<std::string_view, 6> s_trueWords{"true", "yes", "y", "ja", "oui", "wahr"};
constexpr std::array<std::string_view, 6> s_falseWords{"false", "no", "n", "nein", "non", "falsch"};
constexpr std::array<std::string_view, 22> s_genderWords{
    "m",        "f",     "w",     "d",       "male",   "female",     "man",       "woman",
    "men",      "women", "other", "diverse", "divers", "non-binary", "nonbinary", "männlich",
    "weiblich", "homme", "femme", "unknown", "x",      "u"};

int wordIndex(std::string_view text, const auto& words)
{
    for (size_t i = 0; i < words.size(); ++i) {
        if (equalsIgnoreCase(text, words[i]))
            return int(i);
    }
    return -1;
}

// TypeInference::isNullWord for a trimmed cell; the first letter rules out most cells before any comparison.
bool isTrimmedNullWord(std::string_view t)
{
    static constexpr std::array<std::string_view, 9> words{"null", "none", "nil", "n/a", "na",
                                                           "#n/a", "nan",  "-",   "--"};
    if (t.empty() || t.size() > 4)
        return false;
    const char first = char(t[0] | 0x20); // lower case for letters; '#' and '-' stay as they are
    return (first == 'n' || first == '#' || first == '-') && wordIndex(t, words) >= 0;
}

constexpr std::array<std::string_view, 4> s_currencySymbols{"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"}; // $ € £ ¥

// A number written with one currency symbol before it (after an optional sign) or after it, a space between allowed:
// "$12.50", "-$5", "$ 1,234", "12,50 €". Writes the number without the symbol into `buffer` and returns the symbol's
// 1-based index in s_currencySymbols; 0 when `t` has no symbol there (or is too long for the buffer).
int withoutCurrency(std::string_view t, char (&buffer)[64], std::string_view* number)
{
    if (t.size() < 2 || t.size() >= sizeof buffer)
        return 0;
    const size_t sign = (t[0] == '-' || t[0] == '+') ? 1 : 0;
    // Most cells: neither end looks like a symbol ($, or the lead or last byte of € £ ¥).
    const auto lead = static_cast<unsigned char>(t[sign]);
    const auto last = static_cast<unsigned char>(t.back());
    if (lead != '$' && lead != 0xE2 && lead != 0xC2 && last != '$' && last != 0xAC && last != 0xA3 && last != 0xA5)
        return 0;
    for (size_t i = 0; i < s_currencySymbols.size(); ++i) {
        const std::string_view symbol = s_currencySymbols[i];
        std::string_view rest;
        std::string_view head;
        if (t.substr(sign).starts_with(symbol)) {
            head = t.substr(0, sign);
            rest = t.substr(sign + symbol.size());
            if (!rest.empty() && rest[0] == ' ')
                rest.remove_prefix(1);
        } else if (t.ends_with(symbol)) {
            rest = t.substr(0, t.size() - symbol.size());
            if (!rest.empty() && rest.back() == ' ')
                rest.remove_suffix(1);
        } else {
            continue;
        }
        if (rest.empty() || !(isDigit(rest[0]) || (head.empty() && (rest[0] == '-' || rest[0] == '+'))))
            return 0;
        if (!head.empty()) // memcpy from an empty view's null pointer is undefined even for 0 bytes
            std::memcpy(buffer, head.data(), head.size());
        std::memcpy(buffer + head.size(), rest.data(), rest.size());
        *number = std::string_view(buffer, head.size() + rest.size());
        return int(i) + 1;
    }
    return 0;
}

// The value of a number of a real shape (trimmed, without currency): thousands separators and '+' left out, a
// decimal comma read as a point. False when it is beyond double's range (1e400), as from_chars says.
bool parseReal(std::string_view t, bool decimalComma, double* value)
{
    char buffer[128];
    std::string longer; // only for numbers of 128 characters or more
    char* out = buffer;
    if (t.size() >= sizeof buffer) {
        longer.resize(t.size());
        out = longer.data();
    }
    size_t length = 0;
    for (const char c : t) {
        if (c == '+')
            continue;
        if (c == (decimalComma ? '.' : ','))
            continue; // a thousands separator (the shape checked where they stand)
        out[length++] = (decimalComma && c == ',') ? '.' : c;
    }
    const auto [end, error] = std::from_chars(out, out + length, *value);
    return error == std::errc() && end == out + length;
}

// Number shapes; see ColumnStats::Candidate.
quint32 numberShape(std::string_view t, quint32* seen, qint64* integer)
{
    size_t i = 0;
    if (t[0] == '+' || t[0] == '-')
        i = 1;
    if (i == t.size())
        return 0;
    // Digit groups split by '.' and ','; an exponent only at the end.
    size_t dots = 0;
    size_t commas = 0;
    size_t firstGroup = 0;
    bool firstGroupDone = false;
    bool leadingZero = false;
    bool groupsOfThree = true; // every group after a '.' has exactly three digits
    bool commaGroupsOfThree = true; // every group after a ',' has exactly three digits
    bool commaLast = true; // no '.' after a ','
    bool dotLast = true; // no ',' after a '.'
    size_t groupLength = 0;
    char lastSeparator = 0;
    size_t digits = 0;
    size_t exponent = std::string_view::npos;
    const size_t start = i;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (isDigit(c)) {
            ++groupLength;
            ++digits;
            continue;
        }
        if (c == '.' || c == ',') {
            if (!firstGroupDone) {
                firstGroup = groupLength;
                firstGroupDone = true;
            } else if (groupLength != 3) {
                (lastSeparator == '.' ? groupsOfThree : commaGroupsOfThree) = false;
            }
            if (c == '.') {
                ++dots;
                if (commas > 0)
                    commaLast = false;
            } else {
                ++commas;
                if (dots > 0)
                    dotLast = false;
            }
            lastSeparator = c;
            groupLength = 0;
            continue;
        }
        if ((c == 'e' || c == 'E') && digits > 0) {
            exponent = i;
            break;
        }
        return 0;
    }
    if (digits == 0)
        return 0;
    if (!firstGroupDone)
        firstGroup = groupLength;
    else if (lastSeparator == '.' && groupLength != 3)
        groupsOfThree = false;
    else if (lastSeparator == ',' && groupLength != 3)
        commaGroupsOfThree = false;
    if (firstGroup > 1 && t[start] == '0')
        leadingZero = true;
    if (exponent != std::string_view::npos) {
        size_t j = exponent + 1;
        if (j < t.size() && (t[j] == '+' || t[j] == '-'))
            ++j;
        if (j == t.size())
            return 0;
        for (; j < t.size(); ++j) {
            if (!isDigit(t[j]))
                return 0;
        }
        if (commas > 0 || dots > 1 || leadingZero)
            return 0;
        *seen |= C::SeenDotDecimal;
        return C::RealDot;
    }
    if (leadingZero) {
        *seen |= C::SeenLeadingZero;
        return 0;
    }
    if (dots == 0 && commas == 0) {
        quint32 bits = C::RealDot | C::RealComma;
        qint64 value = 0;
        const char* begin = t.data() + (t[0] == '+' ? 1 : 0);
        const auto [end, error] = std::from_chars(begin, t.data() + t.size(), value);
        if (error != std::errc() || end != t.data() + t.size())
            return 0; // beyond 64 bits: an identifier, kept as text
        bits |= C::Integer;
        if (integer)
            *integer = value;
        if (t == "0" || t == "1")
            bits |= C::Boolean;
        return bits;
    }
    const bool firstGroupShort = firstGroup >= 1 && firstGroup <= 3;
    if (commas == 0) {
        if (dots == 1) {
            // 1.234 reads both ways; 1.5 only with a decimal point.
            if (groupsOfThree && firstGroupShort && !(firstGroup == 1 && t[start] == '0'))
                return C::RealDot | C::RealComma;
            *seen |= C::SeenDotDecimal;
            return C::RealDot;
        }
        if (groupsOfThree && firstGroupShort)
            return C::RealComma; // 1.234.567
        return 0;
    }
    // Commas that group thousands before an optional decimal point: 1,234,567 and 1,234.56 (the mirror of 1.234,56).
    // With no ',' after the '.', every group after a ',' lies before the point.
    const bool groupsBeforePoint
        = dotLast && dots <= 1 && commaGroupsOfThree && firstGroupShort && !(firstGroup == 1 && t[start] == '0');
    if (commas == 1 && dots == 0) {
        if (groupsBeforePoint)
            return C::RealDot | C::RealComma; // 1,234 reads both ways, as 1.234 does
        *seen |= C::SeenCommaDecimal;
        return C::RealComma;
    }
    if (commas == 1 && commaLast && groupsOfThree && firstGroupShort) {
        *seen |= C::SeenCommaDecimal;
        return C::RealComma; // 1.234,5
    }
    if (groupsBeforePoint) {
        if (dots == 1)
            *seen |= C::SeenDotDecimal;
        return C::RealDot; // 1,234,567 and 1,234.5
    }
    return 0;
}

// The number shapes of `t` that toReal() can also convert: a number with an exponent or many digits that is beyond
// double's range (1e400) is no real, so that a column of such cells stays text instead of losing them as NULLs.
quint32 classifyNumber(std::string_view t, quint32* seen, qint64* integer = nullptr)
{
    quint32 shapeSeen = 0;
    quint32 bits = numberShape(t, &shapeSeen, integer);
    constexpr quint32 reals = C::RealDot | C::RealComma;
    if ((bits & reals) && !(bits & C::Integer) && (t.size() > 15 || t.find_first_of("eE") != std::string_view::npos)) {
        double value = 0;
        if ((bits & C::RealDot) && !parseReal(t, false, &value))
            bits &= ~quint32(C::RealDot);
        if ((bits & C::RealComma) && !parseReal(t, true, &value))
            bits &= ~quint32(C::RealComma);
        if (!(bits & reals))
            return bits;
    }
    *seen |= shapeSeen;
    return bits;
}

bool readNumber(std::string_view t, size_t& i, size_t minDigits, size_t maxDigits, int* value)
{
    size_t n = 0;
    int v = 0;
    while (i < t.size() && isDigit(t[i]) && n < maxDigits) {
        v = v * 10 + (t[i] - '0');
        ++i;
        ++n;
    }
    if (n < minDigits || (i < t.size() && isDigit(t[i])))
        return false;
    *value = v;
    return true;
}

bool validDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr std::array<int, 12> s_days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > s_days[size_t(month - 1)])
        return false;
    if (month == 2 && day == 29)
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return true;
}

struct DateParts
{
    int first = 0; // year for ISO, else the first of day/month
    int second = 0;
    int third = 0; // year unless ISO
    bool iso = false;
    char separator = 0;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int secondOfMinute = 0;
    bool zone = false; // a time zone (Z, +01:00, -0500) or fraction of a second followed the time: not kept
};

// After a time: ".123" (with seconds), then "Z" or an offset "+01:00", "+0100", "+01" (a space before it allowed).
// True when the text ends there; `*extra` tells whether there was any.
bool readTimeSuffix(std::string_view t, size_t i, bool withSeconds, bool* extra)
{
    *extra = false;
    if (withSeconds && i < t.size() && (t[i] == '.' || t[i] == ',')) {
        size_t digits = 0;
        for (++i; i < t.size() && isDigit(t[i]); ++i)
            ++digits;
        if (digits == 0 || digits > 9)
            return false;
        *extra = true;
    }
    if (i == t.size())
        return true;
    if (t[i] == ' ')
        ++i;
    if (i < t.size() && (t[i] == 'Z' || t[i] == 'z')) {
        *extra = true;
        return i + 1 == t.size();
    }
    if (i >= t.size() || (t[i] != '+' && t[i] != '-'))
        return false;
    ++i;
    // Two digits each (readNumber would take "0100" as one number).
    auto twoDigits = [&](int* value) {
        if (i + 2 > t.size() || !isDigit(t[i]) || !isDigit(t[i + 1]))
            return false;
        *value = (t[i] - '0') * 10 + (t[i + 1] - '0');
        i += 2;
        return true;
    };
    int hours = 0;
    if (!twoDigits(&hours) || hours > 14)
        return false;
    if (i < t.size() && t[i] == ':')
        ++i;
    int minutes = 0;
    if (i < t.size() && (!twoDigits(&minutes) || minutes > 59))
        return false;
    *extra = true;
    return i == t.size();
}

bool parseDate(std::string_view t, DateParts* parts)
{
    size_t i = 0;
    int a = 0;
    if (!readNumber(t, i, 1, 4, &a) || i >= t.size())
        return false;
    const size_t firstLength = i;
    const char separator = t[i];
    if (separator != '-' && separator != '/' && separator != '.')
        return false;
    ++i;
    int b = 0;
    if (!readNumber(t, i, 1, 2, &b) || i >= t.size() || t[i] != separator)
        return false;
    ++i;
    int c = 0;
    const size_t thirdStart = i;
    if (firstLength == 4) {
        if (!readNumber(t, i, 1, 2, &c))
            return false;
        parts->iso = true;
    } else {
        if (firstLength > 2 || !readNumber(t, i, 4, 4, &c) || i - thirdStart != 4)
            return false;
        parts->iso = false;
    }
    parts->first = a;
    parts->second = b;
    parts->third = c;
    parts->separator = separator;
    parts->hasTime = false;
    if (i == t.size())
        return true;
    if (t[i] != ' ' && t[i] != 'T')
        return false;
    ++i;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readNumber(t, i, 1, 2, &hour) || i >= t.size() || t[i] != ':')
        return false;
    ++i;
    if (!readNumber(t, i, 2, 2, &minute))
        return false;
    bool withSeconds = false;
    if (i < t.size() && t[i] == ':') {
        ++i;
        if (!readNumber(t, i, 2, 2, &second))
            return false;
        withSeconds = true;
    }
    if (!readTimeSuffix(t, i, withSeconds, &parts->zone))
        return false;
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    parts->hasTime = true;
    parts->hour = hour;
    parts->minute = minute;
    parts->secondOfMinute = second;
    return true;
}

quint32 classifyDate(std::string_view t, quint32* seen)
{
    DateParts parts;
    if (t.size() < 8 || !parseDate(t, &parts))
        return 0;
    quint32 bits = 0;
    if (parts.iso) {
        if (validDate(parts.first, parts.second, parts.third))
            bits |= C::DateIso;
    } else {
        if (validDate(parts.third, parts.second, parts.first))
            bits |= C::DateDmy;
        if (validDate(parts.third, parts.first, parts.second))
            bits |= C::DateMdy;
    }
    if (bits) {
        if (parts.hasTime)
            *seen |= C::SeenTime;
        if (parts.zone)
            *seen |= C::SeenZone;
        *seen |= parts.separator == '/' ? C::SeenSlash : parts.separator == '.' ? C::SeenDot : C::SeenDash;
    }
    return bits;
}

bool looksLikeEmail(std::string_view t)
{
    const size_t at = t.find('@');
    if (at == 0 || at == std::string_view::npos || t.find('@', at + 1) != std::string_view::npos)
        return false;
    const size_t dot = t.find('.', at + 2);
    if (dot == std::string_view::npos || dot + 1 >= t.size())
        return false;
    for (const char c : t) {
        if (c == ' ' || c == ',' || c == ';')
            return false;
    }
    return true;
}

void appendDigits(char*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QString InferredType::formatName() const
{
    if (type == FieldType::Real) {
        const QString mark = decimalComma ? QStringLiteral("decimal-comma") : QStringLiteral("decimal-point");
        return currency.isEmpty() ? mark : mark + QStringLiteral(", ") + currency;
    }
    if (type == FieldType::Integer)
        return currency;
    if (!isTemporal(type))
        return {};
    QString format;
    const QChar sep = QLatin1Char(dateSeparator);
    switch (dateOrder) {
    case DateOrder::Iso:
        format = QStringLiteral("yyyy%1mm%1dd").arg(sep);
        break;
    case DateOrder::DayFirst:
        format = QStringLiteral("dd%1mm%1yyyy").arg(sep);
        break;
    case DateOrder::MonthFirst:
        format = QStringLiteral("mm%1dd%1yyyy").arg(sep);
        break;
    case DateOrder::Compact:
        format = QStringLiteral("yyyymmdd");
        break;
    }
    if (type == FieldType::DateTime)
        format += zoneDropped ? QStringLiteral(" hh:mm[:ss], zone not kept") : QStringLiteral(" hh:mm[:ss]");
    return format;
}

bool InferredType::operator==(const InferredType& other) const
{
    if (type != other.type)
        return false;
    if (type == FieldType::Real)
        return decimalComma == other.decimalComma;
    if (isTemporal(type))
        return dateOrder == other.dateOrder;
    return true;
}

void ColumnStats::add(std::string_view cell)
{
    const std::string_view t = TypeInference::trimmed(cell);
    if (t.empty()) {
        ++empty;
        return;
    }
    if (isTrimmedNullWord(t)) {
        ++placeholders; // the column's type comes from its values
        return;
    }
    ++values;
    if (candidates == 0)
        return;
    qint64 value = 0;
    char buffer[64];
    std::string_view number;
    if (const int symbol = withoutCurrency(t, buffer, &number)) {
        // An amount: a number, unless the column has seen another currency (amounts that cannot be added up).
        constexpr quint32 numbers = Integer | RealDot | RealComma;
        candidates = (currency != 0 && currency != symbol)
            ? 0
            : candidates & TypeInference::classifyTrimmed(number, candidates & numbers, &seen, &value);
        currency = symbol;
    } else {
        candidates &= TypeInference::classifyTrimmed(t, candidates, &seen, &value);
    }
    noteForm(t, number.empty() ? t : number);
    if (candidates & Integer) {
        // While the column is an integer candidate every non-empty cell so far was an integer.
        intMin = values == 1 ? value : std::min(intMin, value);
        intMax = values == 1 ? value : std::max(intMax, value);
    }
}

void ColumnStats::noteForm(std::string_view t, std::string_view number)
{
    bool flag = false;
    if ((candidates & Boolean) && (trueWord.empty() || falseWord.empty()) && TypeInference::toBoolean(t, &flag)) {
        std::string& word = flag ? trueWord : falseWord;
        if (word.empty())
            word.assign(t);
    }
    if (!(candidates & (RealDot | RealComma)))
        return;
    for (const int mark : {0, 1}) {
        const size_t at = number.rfind(mark == 0 ? '.' : ',');
        int decimals = 0;
        for (size_t i = at == std::string_view::npos ? number.size() : at + 1; i < number.size(); ++i) {
            if (number[i] < '0' || number[i] > '9')
                break;
            ++decimals;
        }
        minDecimals[mark] = minDecimals[mark] < 0 ? decimals : std::min(minDecimals[mark], decimals);
        maxDecimals[mark] = std::max(maxDecimals[mark], decimals);
    }
}

namespace TypeInference {

std::string_view trimmed(std::string_view text)
{
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.substr(begin, end - begin);
}

bool isBlank(std::string_view text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

bool isNullWord(std::string_view text)
{
    return isTrimmedNullWord(trimmed(text));
}

quint32 classify(std::string_view cell, quint32 wanted, quint32* seen)
{
    return classifyTrimmed(trimmed(cell), wanted, seen, nullptr);
}

quint32 classifyTrimmed(std::string_view t, quint32 wanted, quint32* seen, qint64* integer)
{
    if (t.empty())
        return wanted;
    quint32 bits = 0;
    const char first = t[0];
    const bool numeric = isDigit(first) || first == '-' || first == '+' || first == '.' || first == ',';
    if (numeric && (wanted & (C::Integer | C::RealDot | C::RealComma | C::Boolean)))
        bits |= classifyNumber(t, seen, integer);
    if (isDigit(first) && (wanted & (C::DateIso | C::DateDmy | C::DateMdy)))
        bits |= classifyDate(t, seen);
    if ((wanted & C::DateCompact) && CompactDates::parse(t))
        bits |= C::DateCompact;
    if (!numeric) {
        if ((wanted & C::Boolean) && (wordIndex(t, s_trueWords) >= 0 || wordIndex(t, s_falseWords) >= 0))
            bits |= C::Boolean;
        if ((wanted & C::Email) && looksLikeEmail(t))
            bits |= C::Email;
        if ((wanted & C::Gender) && wordIndex(t, s_genderWords) >= 0)
            bits |= C::Gender;
    }
    return bits & wanted;
}

InferredType infer(const ColumnStats& stats, bool fileDecimalComma, std::optional<bool> monthFirst)
{
    InferredType result;
    const quint32 c = stats.candidates;
    if (stats.values == 0)
        return result;
    QString currency;
    if (stats.currency > 0) {
        const std::string_view symbol = s_currencySymbols[size_t(stats.currency - 1)];
        currency = QString::fromUtf8(symbol.data(), qsizetype(symbol.size()));
    }
    if (c & C::Boolean) {
        result.type = FieldType::Boolean;
    } else if (c & C::Integer) {
        result.type = FieldType::Integer;
        result.currency = currency;
    } else if (c & (C::RealDot | C::RealComma)) {
        result.type = FieldType::Real;
        result.currency = currency;
        if ((c & C::RealDot) && (c & C::RealComma))
            result.decimalComma = fileDecimalComma;
        else
            result.decimalComma = (c & C::RealComma) != 0;
    } else if (c & (C::DateIso | C::DateDmy | C::DateMdy)) {
        result.type = (stats.seen & C::SeenTime) ? FieldType::DateTime : FieldType::Date;
        if (c & C::DateIso)
            result.dateOrder = DateOrder::Iso;
        else if ((c & C::DateDmy) && (c & C::DateMdy))
            result.dateOrder = monthFirst.value_or(false) ? DateOrder::MonthFirst : DateOrder::DayFirst;
        else
            result.dateOrder = (c & C::DateDmy) ? DateOrder::DayFirst : DateOrder::MonthFirst;
        result.dateSeparator = (stats.seen & C::SeenSlash) ? '/' : (stats.seen & C::SeenDot) ? '.' : '-';
        result.zoneDropped = (stats.seen & C::SeenZone) != 0;
    }
    return result;
}

bool fileUsesDecimalComma(const std::vector<ColumnStats>& columns, char delimiter)
{
    bool comma = false;
    for (const ColumnStats& stats : columns) {
        if (stats.values == 0 || (stats.candidates & (C::Integer | C::Boolean)))
            continue;
        const bool canDot = stats.candidates & C::RealDot;
        const bool canComma = stats.candidates & C::RealComma;
        if (canDot && !canComma)
            return false;
        if (canComma && !canDot)
            comma = true;
    }
    return comma || delimiter == ';';
}

std::optional<bool> fileMonthFirst(const std::vector<ColumnStats>& columns)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const ColumnStats& stats : columns) {
        if (stats.values == 0
            || (stats.candidates & (C::Integer | C::RealDot | C::RealComma | C::Boolean | C::DateIso)))
            continue;
        const bool dmy = stats.candidates & C::DateDmy;
        const bool mdy = stats.candidates & C::DateMdy;
        dayFirst = dayFirst || (dmy && !mdy);
        monthFirst = monthFirst || (mdy && !dmy);
    }
    if (dayFirst == monthFirst)
        return std::nullopt;
    return monthFirst;
}

bool toInteger(std::string_view cell, qint64* value)
{
    std::string_view t = trimmed(cell);
    char buffer[64];
    withoutCurrency(t, buffer, &t); // "$12" → "12" (the type inference kept to one currency per column)
    if (!t.empty() && t[0] == '+')
        t.remove_prefix(1);
    if (t.empty())
        return false;
    const bool digitFirst = t[0] == '-' ? (t.size() >= 2 && isDigit(t[1])) : isDigit(t[0]);
    if (!digitFirst)
        return false;
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), *value);
    return error == std::errc() && end == t.data() + t.size();
}

bool toReal(std::string_view cell, bool decimalComma, double* value)
{
    std::string_view t = trimmed(cell);
    char withoutSymbol[64];
    withoutCurrency(t, withoutSymbol, &t);
    if (t.empty())
        return false;
    quint32 seen = 0;
    const quint32 shape = classifyNumber(t, &seen);
    if (!(shape & (decimalComma ? C::RealComma : C::RealDot)))
        return false;
    return parseReal(t, decimalComma, value);
}

bool toBoolean(std::string_view cell, bool* value)
{
    const std::string_view t = trimmed(cell);
    if (t == "1" || wordIndex(t, s_trueWords) >= 0) {
        *value = true;
        return true;
    }
    if (t == "0" || wordIndex(t, s_falseWords) >= 0) {
        *value = false;
        return true;
    }
    return false;
}

int toIsoDate(std::string_view cell, DateOrder order, bool withTime, char* out)
{
    const std::string_view t = trimmed(cell);
    DateParts parts;
    if (order == DateOrder::Compact) {
        if (!CompactDates::parse(t, &parts.first, &parts.second, &parts.third))
            return 0;
    } else if (!parseDate(t, &parts) || parts.iso != (order == DateOrder::Iso)) {
        return 0;
    }
    if (parts.hasTime && !withTime)
        return 0;
    int year = parts.first;
    int month = parts.second;
    int day = parts.third;
    if (order == DateOrder::DayFirst) {
        year = parts.third;
        month = parts.second;
        day = parts.first;
    } else if (order == DateOrder::MonthFirst) {
        year = parts.third;
        month = parts.first;
        day = parts.second;
    }
    if (!validDate(year, month, day))
        return 0;
    char* p = out;
    appendDigits(p, year, 4);
    *p++ = '-';
    appendDigits(p, month, 2);
    *p++ = '-';
    appendDigits(p, day, 2);
    if (withTime) {
        *p++ = ' ';
        appendDigits(p, parts.hour, 2);
        *p++ = ':';
        appendDigits(p, parts.minute, 2);
        *p++ = ':';
        appendDigits(p, parts.secondOfMinute, 2);
    }
    return int(p - out);
}

} // namespace TypeInference
} // namespace swb
