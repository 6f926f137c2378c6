// Classifies CSV cells, accumulates what a whole column can be, decides its type, and converts cells to that type.
#pragma once

#include "model/field.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace swb {

// Compact: 8 digits YYYYMMDD without separators (see compactdates.h).
enum class DateOrder { Iso, DayFirst, MonthFirst, Compact };

// The type of a column and how its text is read.
struct InferredType
{
    FieldType type = FieldType::Text;
    bool decimalComma = false; // Real: "1.234,56"
    DateOrder dateOrder = DateOrder::Iso;
    char dateSeparator = '-'; // for the format name only; any of - / . is read
    // Some times carried a zone (Z, +01:00) or a fraction of a second: stored as written without it (the local
    // date and time the source showed). For the format name only.
    bool zoneDropped = false;
    QString currency; // Integer/Real: the symbol the values carried ("€"), stripped when stored

    QString formatName() const; // "dd/mm/yyyy hh:mm", "decimal-comma", … ("" for text and integers)
    bool operator==(const InferredType& other) const;
};

// What the non-empty cells of one column have in common. Fed every cell of the column.
struct ColumnStats
{
    // Candidate types that every non-empty cell so far fits (AND over cells).
    enum Candidate : quint32 {
        Integer = 1u << 0,
        RealDot = 1u << 1, // 12.5, 1e3, and plain integers
        RealComma = 1u << 2, // 12,5 and 1.234,5 and plain integers
        Boolean = 1u << 3, // 0/1, true/false, yes/no (also ja/nein, oui/non)
        DateIso = 1u << 4, // yyyy-mm-dd
        DateDmy = 1u << 5,
        DateMdy = 1u << 6,
        Email = 1u << 7,
        Gender = 1u << 8,
        DateCompact = 1u << 9, // 19970101: 8 digits, a valid date YYYYMMDD (an integer too; see compactdates.h)
        AllCandidates = (1u << 10) - 1,
    };
    // Features seen in at least one cell (OR over cells).
    enum Seen : quint32 {
        SeenTime = 1u << 0,
        SeenDotDecimal = 1u << 1, // a dot that can only be a decimal point
        SeenCommaDecimal = 1u << 2, // a comma that can only be a decimal comma
        SeenSlash = 1u << 3,
        SeenDash = 1u << 4,
        SeenDot = 1u << 5,
        SeenLeadingZero = 1u << 6,
        SeenZone = 1u << 7, // a time with a zone or a fraction of a second
    };

    quint32 candidates = AllCandidates;
    quint32 seen = 0;
    qint64 values = 0; // non-empty cells
    qint64 empty = 0; // empty or whitespace-only cells
    qint64 placeholders = 0; // "N/A", "null", "-" …: no value in a typed column (text in a text column)
    int currency = 0; // the currency symbol seen before or after numbers (1-based; 0: none)
    qint64 intMin = 0; // over the cells when the column is still an integer candidate
    qint64 intMax = 0;
    // How the file wrote its values, so that an export can write them back the same way: the first spellings of
    // true and false seen ("Yes"/"No", "1"/"0"), and the fewest and most digits after a decimal point ([0]) or a
    // decimal comma ([1]) over the numbers (-1: no number seen).
    std::string trueWord;
    std::string falseWord;
    int minDecimals[2] = {-1, -1};
    int maxDecimals[2] = {-1, -1};

    void add(std::string_view cell);

private:
    void noteForm(std::string_view trimmedCell, std::string_view number);
};

namespace TypeInference {

// The type of a column from its statistics. `fileDecimalComma` settles numbers like "1.234" that read both ways;
// `monthFirst` settles dates like 03/04/2020 that read both ways (default: day first).
InferredType infer(const ColumnStats& stats, bool fileDecimalComma, std::optional<bool> monthFirst = {});
// True when some column can only be read with a decimal comma and none only with a decimal point; without either,
// `delimiter` decides: ';' is what spreadsheets write where the comma is the decimal mark.
bool fileUsesDecimalComma(const std::vector<ColumnStats>& columns, char delimiter);
// The file's date order for columns whose dates read both ways: month-first when some column can only be read
// month-first and none only day-first (a US export), day-first when the reverse, else no preference.
std::optional<bool> fileMonthFirst(const std::vector<ColumnStats>& columns);

// The bits of ColumnStats::Candidate that one cell fits (trimmed first), and the features it shows.
quint32 classify(std::string_view cell, quint32 wanted, quint32* seen);
// The same for a cell trimmed already; `integer` receives the value of an integer cell.
quint32 classifyTrimmed(std::string_view text, quint32 wanted, quint32* seen, qint64* integer);

std::string_view trimmed(std::string_view text);
bool isBlank(std::string_view text);
// "null", "none", "nil", "n/a", "na", "#n/a", "nan", "-", "--" (any case, trimmed): what exports write for "no value".
bool isNullWord(std::string_view text);

// Conversions of one (untrimmed) cell; false when the cell does not fit.
bool toInteger(std::string_view cell, qint64* value);
bool toReal(std::string_view cell, bool decimalComma, double* value);
bool toBoolean(std::string_view cell, bool* value);
// Writes "YYYY-MM-DD" or, with `withTime`, "YYYY-MM-DD HH:MM:SS" (00:00:00 when the cell has no time) to `out`
// (at least 19 chars); returns the length, 0 when the cell is not a date in `order`.
int toIsoDate(std::string_view cell, DateOrder order, bool withTime, char* out);

} // namespace TypeInference
} // namespace swb
