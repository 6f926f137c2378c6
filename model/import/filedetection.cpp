#include "model/import/filedetection.h"

#include "model/import/csvreader.h"
#include "model/import/dialectsniffer.h"

#include <QFile>
#include <QFileInfo>

namespace swb {

bool FileDetection::detect(const ImportOptions& options, qint64 sampleBytes, int previewRows, FileDetection* detection,
                           QString* error)
{
    auto fail = [&](const QString& message) {
        *error = message;
        return false;
    };
    FileDetection& d = *detection;
    const QString path = options.filePath;
    if (QFileInfo(path).isDir())
        return fail(tr("%1 is a folder. Choose a CSV file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    d.fileSize = file.size();
    if (d.fileSize == 0)
        return fail(tr("The file %1 is empty. Choose a file with a header and at least one record.").arg(path));
    const QByteArray head = file.read(sampleBytes);
    d.sampleIsWholeFile = head.size() >= d.fileSize;

    const QString encodingName = options.encoding.trimmed();
    if (encodingName.isEmpty() || encodingName.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        d.encoding = TextDecoder::detect(head);
        if (d.encoding.binary)
            return fail(
                tr("%1 is not a text file: it holds binary data. Choose a CSV file exported as text.").arg(path));
    } else {
        const auto guess = TextDecoder::fromName(encodingName, head);
        if (!guess)
            return fail(tr("The encoding \"%1\" is not known. Use utf-8, utf-16le, utf-16be, latin1, windows-1252 "
                           "or another name that ICU knows.")
                            .arg(encodingName));
        d.encoding = *guess;
        d.encodingGiven = true;
    }

    TextDecoder decoder(d.encoding.encoding, d.encoding.otherName);
    std::string sample;
    decoder.decode(head.constData() + d.encoding.bomLength, head.size() - d.encoding.bomLength, sample);
    if (d.sampleIsWholeFile)
        decoder.finish(sample);

    d.delimiter = options.delimiter ? options.delimiter : DialectSniffer::sniffDelimiter(sample, d.sampleIsWholeFile);
    const auto records = DialectSniffer::sampleRecords(sample, d.delimiter, d.sampleIsWholeFile, 1 << 30);
    if (records.empty())
        return fail(tr("The file %1 holds no records (only blank lines).").arg(path));
    switch (options.header) {
    case HeaderMode::Auto:
        d.hasHeader = DialectSniffer::detectHeader(records);
        break;
    case HeaderMode::Yes:
        d.hasHeader = true;
        break;
    case HeaderMode::No:
        d.hasHeader = false;
        break;
    }

    // The first record in full from the file itself: the sample may have cut a very long one.
    file.seek(0);
    CsvReader::Options csv;
    csv.delimiter = d.delimiter;
    csv.encoding = d.encoding.encoding;
    csv.otherEncodingName = d.encoding.otherName;
    csv.bomLength = d.encoding.bomLength;
    CsvReader reader(&file, csv);
    CsvRecord first;
    if (!reader.next(first))
        return fail(reader.hasError() ? reader.error() : tr("The file %1 holds no records.").arg(path));
    if (first.unterminatedQuote)
        return fail(
            tr("A quoted field in the first record of %1 is never closed: the file cannot be split into records. "
               "Check the quotes in line 1.")
                .arg(path));
    d.columnCount = int(first.fields.size());
    d.headers.clear();
    for (const std::string_view field : first.fields) {
        d.headers << (d.hasHeader ? QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed() : QString());
    }

    d.sample.assign(size_t(d.columnCount), ColumnStats());
    d.rows.clear();
    for (size_t i = d.hasHeader ? 1 : 0; i < records.size(); ++i) {
        const auto& record = records[i];
        if (d.rows.size() < previewRows) {
            QStringList row;
            for (const std::string& field : record)
                row << QString::fromUtf8(field.data(), qsizetype(field.size()));
            d.rows << row;
        }
        if (int(record.size()) != d.columnCount)
            continue;
        for (int c = 0; c < d.columnCount; ++c)
            d.sample[size_t(c)].add(record[size_t(c)]);
    }
    return true;
}

} // namespace swb
