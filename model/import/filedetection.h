// What an import learns from a file before reading it all: encoding, delimiter, header, columns, a typed sample.
#pragma once

#include "model/import/csvreader.h"
#include "model/import/importtypes.h"
#include "model/import/textdecoder.h"
#include "model/import/typeinference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <vector>

namespace swb {

struct FileDetection
{
    qint64 fileSize = 0;
    QDateTime modified; // when the file was last changed, as detection saw it (a change while importing is an error)
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

    // Reads at most `sampleBytes` of the file (and its first record in full, up to `maxColumns` fields). False with
    // `error` for a file that cannot be imported at all: missing, not a regular file, empty, binary, an unknown
    // encoding name, no records, more columns than a workspace holds; or when `cancel` answers true.
    static bool detect(const ImportOptions& options, qint64 sampleBytes, int previewRows, FileDetection* detection,
                       QString* error, const ImportCancel& cancel = {});

    // The most columns a file of this kind can bring: SQLite's column limit, less the columns the orders add to the
    // customers.
    static int maxColumns(ImportKind kind);
    // The message for a file with more columns than that.
    static QString tooManyColumnsError(const QString& path, qint64 columns, bool atLeast, ImportKind kind);
    // True (with `error`) when the file is no longer as detection saw it: another program wrote to it meanwhile.
    bool changedSince(const QString& path, qint64 bytesRead, QString* error) const;
};

} // namespace swb
