// Detects the delimiter and whether the first record is a header, from the decoded start of a file.
#pragma once

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace swb {

struct Dialect
{
    char delimiter = ',';
    bool hasHeader = true;
};

namespace DialectSniffer {

// The delimiter among , ; TAB | that splits the sample's records most consistently into two or more fields
// (ties: the one giving more fields; none: ','). `complete` says the sample is the whole file (else its last,
// possibly cut, record is ignored).
char sniffDelimiter(const std::string& utf8Sample, bool complete);

// The first record is a header unless it looks like data: each column whose first cell is text while the rest of
// the column is numbers, dates or booleans votes for a header; each column whose first cell is a number or date
// like the rest votes against. A tie (e.g. a file of text columns only) counts as a header; a first
// record with a cell of 1 KB or more does not.
bool detectHeader(const std::vector<std::vector<std::string>>& records);

// Parses the sample's records with `delimiter` (at most `maxRecords`).
std::vector<std::vector<std::string>> sampleRecords(const std::string& utf8Sample, char delimiter, bool complete,
                                                    int maxRecords);

} // namespace DialectSniffer
} // namespace swb
