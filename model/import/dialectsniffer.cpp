#include "model/import/dialectsniffer.h"

#include "model/import/csvreader.h"
#include "model/import/typeinference.h"

#include <QBuffer>

#include <algorithm>
#include <map>

namespace swb::DialectSniffer {

std::vector<std::vector<std::string>> sampleRecords(const std::string& utf8Sample, char delimiter, bool complete,
                                                    int maxRecords)
{
    QByteArray bytes = QByteArray::fromRawData(utf8Sample.data(), qsizetype(utf8Sample.size()));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = delimiter;
    CsvReader reader(&buffer, options);
    std::vector<std::vector<std::string>> records;
    CsvRecord record;
    while (int(records.size()) < maxRecords + 1 && reader.next(record)) {
        std::vector<std::string> fields;
        fields.reserve(record.fields.size());
        for (const std::string_view field : record.fields)
            fields.emplace_back(field);
        records.push_back(std::move(fields));
    }
    // The last record of a cut sample may be cut too.
    if ((!complete || int(records.size()) > maxRecords) && records.size() > 1)
        records.pop_back();
    return records;
}

char sniffDelimiter(const std::string& utf8Sample, bool complete)
{
    char best = ',';
    double bestShare = 0.0;
    size_t bestFields = 1;
    for (const char candidate : {',', ';', '\t', '|'}) {
        const auto records = sampleRecords(utf8Sample, candidate, complete, 200);
        if (records.empty())
            continue;
        std::map<size_t, int> counts;
        for (const auto& record : records)
            ++counts[record.size()];
        const auto modal = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.second < b.second || (a.second == b.second && a.first < b.first);
        });
        if (modal->first < 2)
            continue;
        const double share = double(modal->second) / double(records.size());
        if (share > bestShare + 1e-9 || (share > bestShare - 1e-9 && modal->first > bestFields)) {
            best = candidate;
            bestShare = share;
            bestFields = modal->first;
        }
    }
    return best;
}

bool detectHeader(const std::vector<std::vector<std::string>>& records)
{
    if (records.empty())
        return true;
    const auto& first = records.front();
    // A header names columns; a cell of a kilobyte or more is data (or a file with no line breaks at all).
    for (const std::string& cell : first) {
        if (cell.size() >= 1024)
            return false;
    }
    if (records.size() < 2)
        return true;
    constexpr quint32 typed = ColumnStats::Integer | ColumnStats::RealDot | ColumnStats::RealComma
        | ColumnStats::DateIso | ColumnStats::DateDmy | ColumnStats::DateMdy;
    int votes = 0;
    for (size_t column = 0; column < first.size(); ++column) {
        ColumnStats body;
        for (size_t row = 1; row < records.size(); ++row) {
            if (column < records[row].size())
                body.add(records[row][column]);
        }
        if (body.values == 0 || TypeInference::isBlank(first[column]))
            continue;
        quint32 seen = 0;
        const bool firstTyped = TypeInference::classify(first[column], typed, &seen) != 0;
        const bool bodyTyped = (body.candidates & (typed | ColumnStats::Boolean)) != 0;
        if (!firstTyped && bodyTyped)
            ++votes;
        else if (firstTyped && bodyTyped)
            --votes;
    }
    return votes >= 0;
}

} // namespace swb::DialectSniffer
