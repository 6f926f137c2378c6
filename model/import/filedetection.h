// What an import learns from a file before reading it all: encoding, delimiter, header, columns, a typed sample.
#pragma once

#include "model/import/csvreader.h"
#include "model/import/importtypes.h"
#include "model/import/textdecoder.h"
#include "model/import/typeinference.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace swb {

struct FileDetection
{
    qint64 fileSize = 0;
    EncodingGuess encoding;
    // A first line "sep=;" (spreadsheets write it to name the delimiter): its bytes, skipped after the BOM (the header
    // is then on line 2).
    int separatorLineBytes = 0;
    bool encodingGiven = false; // the user named it: never changed by the whole-file check
    char delimiter = ',';
    bool hasHeader = true;
    int columnCount = 0;
    QStringList headers; // as in the file ("" without a header)
    std::vector<ColumnStats> sample; // statistics of the data records in the sample
    QList<QStringList> rows; // first data records (preview)
    bool sampleIsWholeFile = false;

    Q_DECLARE_TR_FUNCTIONS(swb::FileDetection)

public:
    // How to read the file's records as detected: delimiter, encoding, the bytes before the first line.
    CsvReader::Options readerOptions() const;

    // Reads at most `sampleBytes` of the file (and its first record in full). False with `error` for a file that
    // cannot be imported at all: missing, empty, binary, an unknown encoding name, no records.
    static bool detect(const ImportOptions& options, qint64 sampleBytes, int previewRows, FileDetection* detection,
                       QString* error);
};

} // namespace swb
