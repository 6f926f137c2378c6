#include "model/import/filedetection.h"

#include "model/import/dialectsniffer.h"

#include <QFile>
#include <QFileInfo>

namespace swb {

namespace {

// What a file that is not text is, by its first bytes, and what to do instead; empty when it is none of these.
QString otherFormat(const QByteArray& head, const QString& path)
{
    const QString excel = FileDetection::tr("%1 is an Excel workbook, not a CSV file. Save the sheet as CSV (UTF-8) in "
                                            "Excel or LibreOffice (File → Save As) and import that file.")
                              .arg(path);
    if (head.startsWith("PK\x03\x04")) {
        if (head.contains("opendocument.spreadsheet"))
            return FileDetection::tr("%1 is an OpenDocument spreadsheet, not a CSV file. Save the sheet as CSV "
                                     "(UTF-8) in LibreOffice (File → Save As) and import that file.")
                .arg(path);
        if (head.contains("[Content_Types].xml") || head.contains("xl/"))
            return excel;
        return FileDetection::tr("%1 is a ZIP archive. Unpack it and import the CSV file inside.").arg(path);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return excel;
    const char* compression = nullptr;
    if (head.startsWith("\x1F\x8B"))
        compression = "gzip";
    else if (head.startsWith("\xFD" "7zXZ"))
        compression = "xz";
    else if (head.startsWith("\x28\xB5\x2F\xFD"))
        compression = "zstd";
    else if (head.startsWith("BZh") && head.size() >= 10 && head.at(3) >= '1' && head.at(3) <= '9'
             && head.mid(4, 6) == "1AY&SY")
        compression = "bzip2";
    if (compression)
        return FileDetection::tr("%1 is compressed (%2). Unpack it first and import the CSV file inside.")
            .arg(path, QString::fromLatin1(compression));
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return FileDetection::tr("%1 is an SQLite database, not a CSV file. Open a workspace with File → Open "
                                 "Workspace (on the command line: --db).")
            .arg(path);
    if (head.startsWith("%PDF-"))
        return FileDetection::tr("%1 is a PDF document, not a CSV file. Export the data as CSV from the program that "
                                 "made it.")
            .arg(path);
    return {};
}

} // namespace

CsvReader::Options FileDetection::readerOptions() const
{
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.encoding = encoding.encoding;
    options.otherEncodingName = encoding.otherName;
    options.skipBytes = encoding.bomLength + separatorLineBytes;
    options.firstLine = separatorLineBytes > 0 ? 2 : 1;
    return options;
}

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
    if (const QString other = otherFormat(head, path); !other.isEmpty())
        return fail(other);

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

    char namedDelimiter = 0;
    if (sample.size() >= 6 && sample.compare(0, 4, "sep=") == 0 && sample[4] != '"' && sample[4] != '\r'
        && sample[4] != '\n' && (sample[5] == '\n' || sample[5] == '\r')) {
        namedDelimiter = sample[4];
        const size_t length = sample.compare(5, 2, "\r\n") == 0 ? 7 : 6;
        const bool utf16 = d.encoding.encoding == TextEncoding::Utf16LE || d.encoding.encoding == TextEncoding::Utf16BE;
        d.separatorLineBytes = int(length) * (utf16 ? 2 : 1);
        sample.erase(0, length);
    }
    d.delimiter = options.delimiter ? options.delimiter
        : namedDelimiter            ? namedDelimiter
                                    : DialectSniffer::sniffDelimiter(sample, d.sampleIsWholeFile);
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
    CsvReader reader(&file, d.readerOptions());
    CsvRecord first;
    if (!reader.next(first))
        return fail(reader.hasError() ? reader.error() : tr("The file %1 holds no records.").arg(path));
    if (first.unterminatedQuote)
        return fail(
            tr("A quoted field in the first record of %1 is never closed: the file cannot be split into records. "
               "Check the quotes in line 1.")
                .arg(path));
    // Replacing the customers with none is almost always the wrong file (an export that found nothing).
    if (d.hasHeader && records.size() == 1 && d.sampleIsWholeFile)
        return fail(tr("The file %1 has a header but no records below it, so there is nothing to import. Check that "
                       "the export holds data.")
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
