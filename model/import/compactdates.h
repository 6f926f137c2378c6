// Compact dates written as 8-digit integers, YYYYMMDD ("19970101", as in the CDNOW order log): when such a column is
// read as a date, and how.
#pragma once

#include "model/field.h"
#include "model/import/typeinference.h"

#include <QString>

#include <optional>
#include <string_view>

namespace swb::CompactDates {

constexpr int s_firstYear = 1900;
constexpr int s_lastYear = 2100;

// True when `text` (trimmed) is exactly 8 digits forming a valid calendar date YYYYMMDD with a year in
// [s_firstYear, s_lastYear]; the parts go to the pointers when they are given.
bool parse(std::string_view text, int* year = nullptr, int* month = nullptr, int* day = nullptr);
// Every non-empty cell of the column was a compact date (such a column is an integer column too).
bool possible(const ColumnStats& stats);
// A header that names a date: it holds "date", "datum", "day", "time", "fecha", "jour", "zeit" or is "dt", "ymd",
// "yyyymmdd", "when" (compared as RoleGuesser::compactHeader writes it).
bool headerSuggestsDate(const QString& header);
// Roles whose column must hold dates (order date, birth date, …).
bool isDateRole(FieldRole role);
// The type of a column read as compact dates.
InferredType dateType();
// TypeInference::infer, then: an integer column of compact dates whose header suggests a date is a date.
InferredType infer(const ColumnStats& stats, bool fileDecimalComma, std::optional<bool> monthFirst,
                   const QString& header);

} // namespace swb::CompactDates
