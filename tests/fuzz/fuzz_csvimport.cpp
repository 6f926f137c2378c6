// libFuzzer target: an import's detection and parsing path on arbitrary bytes (encoding, delimiter, header, records,
// type inference, cell conversion). Checks that the reader splits records the same way whatever its chunk size, and
// that every cell of a well-formed record fits the type inferred from the whole file (else an import would store
// NULL in its place).
#include "fuzzsupport.h"

#include "model/import/csvreader.h"
#include "model/import/filedetection.h"
#include "model/import/typeinference.h"

#include <QFile>

#include <string>
#include <vector>

using namespace swb;

namespace {

struct Records
{
    std::vector<std::vector<std::string>> fields;
    std::vector<qint64> lines;
    std::vector<bool> unterminated;
    QString error;
};

Records readAll(const QString& path, CsvReader::Options options, int chunkBytes)
{
    options.chunkBytes = chunkBytes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail(QStringLiteral("cannot read %1").arg(path));
    CsvReader reader(&file, options);
    Records records;
    CsvRecord record;
    while (reader.next(record)) {
        records.fields.emplace_back(record.fields.begin(), record.fields.end());
        records.lines.push_back(record.line);
        records.unterminated.push_back(record.unterminatedQuote);
    }
    records.error = reader.error();
    return records;
}

bool converts(std::string_view cell, const InferredType& type)
{
    if (TypeInference::isBlank(cell) || TypeInference::isNullWord(cell))
        return true;
    switch (type.type) {
    case FieldType::Integer: {
        qint64 value = 0;
        return TypeInference::toInteger(cell, &value);
    }
    case FieldType::Real: {
        double value = 0;
        return TypeInference::toReal(cell, type.decimalComma, &value);
    }
    case FieldType::Boolean: {
        bool value = false;
        return TypeInference::toBoolean(cell, &value);
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        char out[24];
        return TypeInference::toIsoDate(cell, type.dateOrder, type.type == FieldType::DateTime, out) > 0;
    }
    case FieldType::Text:
        break;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = fuzz::scratchPath(QStringLiteral("input.csv"));
    fuzz::writeFile(path, data, size);

    ImportOptions options;
    options.filePath = path;
    FileDetection detection;
    QString error;
    // A small sample, so that inputs longer than it take the path of big files.
    if (!FileDetection::detect(options, 4096, 20, &detection, &error))
        return 0;

    const Records records = readAll(path, detection.readerOptions(), 1 << 16);
    const int tinyChunk = 1 + int(size % 13);
    const Records chunked = readAll(path, detection.readerOptions(), tinyChunk);
    if (records.fields != chunked.fields || records.lines != chunked.lines
        || records.unterminated != chunked.unterminated || records.error != chunked.error)
        fuzz::fail(QStringLiteral("records differ between chunks of 64 KB and of %1 bytes").arg(tinyChunk));

    // The whole file's statistics, as the import collects them, and the types it would decide.
    const size_t columns = size_t(detection.columnCount);
    std::vector<ColumnStats> stats(columns);
    const size_t first = detection.hasHeader ? 1 : 0;
    for (size_t r = first; r < records.fields.size(); ++r) {
        if (records.fields[r].size() != columns || records.unterminated[r])
            continue;
        for (size_t c = 0; c < columns; ++c)
            stats[c].add(records.fields[r][c]);
    }
    const bool comma = TypeInference::fileUsesDecimalComma(stats, detection.delimiter);
    const std::optional<bool> monthFirst = TypeInference::fileMonthFirst(stats);
    std::vector<InferredType> types;
    for (const ColumnStats& column : stats) {
        types.push_back(TypeInference::infer(column, comma, monthFirst));
        (void)types.back().formatName();
    }
    for (size_t r = first; r < records.fields.size(); ++r) {
        if (records.fields[r].size() != columns || records.unterminated[r])
            continue;
        for (size_t c = 0; c < columns; ++c) {
            const std::string& cell = records.fields[r][c];
            if (!converts(cell, types[c]))
                fuzz::fail(QStringLiteral("line %1, column %2: \"%3\" does not fit the inferred type %4 (%5)")
                               .arg(QString::number(records.lines[r]), QString::number(c + 1),
                                    QString::fromUtf8(cell.data(), qsizetype(cell.size())),
                                    fieldTypeName(types[c].type), types[c].formatName()));
        }
    }
    return 0;
}
