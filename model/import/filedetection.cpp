#include "model/import/filedetection.h"

#include "model/import/dialectsniffer.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

namespace swb {

namespace {

// The columns OrdersAggregator adds to the customers: orders count, revenue, first and last purchase date, average
// order value.
constexpr int s_derivedCustomerColumns = 5;
// The most fields of the first record that detection reads: enough to say how many columns a too wide file has, few
// enough to answer at once for a file that is one line of millions of fields.
constexpr int s_maxFieldsRead = 100000;

int skippedColumns(const ImportOptions& options)
{
    int skipped = 0;
    for (const ColumnOverride& o : options.overrides)
        skipped += o.skip ? 1 : 0;
    return skipped;
}

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
    else if (head.startsWith("\xFD"
                             "7zXZ"))
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

int FileDetection::maxColumns(ImportKind kind)
{
    static const int limit = [] {
        sqlite3* db = nullptr;
        int columns = 2000; // SQLite's default
        if (sqlite3_open(":memory:", &db) == SQLITE_OK)
            columns = sqlite3_limit(db, SQLITE_LIMIT_COLUMN, -1);
        sqlite3_close(db);
        return columns;
    }();
    return kind == ImportKind::Customers ? limit - s_derivedCustomerColumns : limit;
}

QString FileDetection::tooManyColumnsError(const QString& path, qint64 columns, bool atLeast, ImportKind kind)
{
    const QLocale locale;
    const QString count = locale.toString(columns);
    const QString limit = locale.toString(maxColumns(kind));
    if (atLeast)
        return tr("%1 has more than %2 columns; a workspace holds at most %3. Remove the columns you do not need, or "
                  "split the file into files with fewer columns.")
            .arg(path, count, limit);
    return tr("%1 has %2 columns; a workspace holds at most %3. Remove the columns you do not need, or split the file "
              "into files with fewer columns.")
        .arg(path, count, limit);
}

bool FileDetection::changedSince(const QString& path, qint64 bytesRead, QString* error) const
{
    const QFileInfo now(path);
    if (bytesRead == fileSize && now.size() == fileSize && now.lastModified() == modified)
        return false;
    const QLocale locale;
    *error = tr("%1 changed while it was read (another program wrote to it or cut it short: it had %2 bytes when the "
                "import started, %3 bytes were read, it has %4 bytes now). Nothing was imported; import it again when "
                "that program is done.")
                 .arg(path, locale.toString(fileSize), locale.toString(bytesRead), locale.toString(now.size()));
    return true;
}

bool FileDetection::detect(const ImportOptions& options, qint64 sampleBytes, int previewRows, FileDetection* detection,
                           QString* error, const ImportCancel& cancel)
{
    auto fail = [&](const QString& message) {
        *error = message;
        return false;
    };
    FileDetection& d = *detection;
    const QString path = options.filePath;
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder. Choose a CSV file.").arg(path));
    // A device or a pipe has no size and may never end (/dev/zero), and the import reads a file more than once.
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a regular file but a device, a pipe or a socket, which cannot be imported. Save the "
                       "data to a file and import that file.")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    d.fileSize = file.size();
    d.modified = info.lastModified();
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
    if (cancel && cancel())
        return fail(tr("Cancelled."));
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
    CsvReader::Options firstOptions = d.readerOptions();
    firstOptions.maxFields = s_maxFieldsRead;
    CsvReader reader(&file, firstOptions);
    CsvRecord first;
    if (!reader.next(first)) {
        if (reader.tooManyFields())
            return fail(tooManyColumnsError(path, s_maxFieldsRead, true, options.kind));
        return fail(reader.hasError() ? reader.error() : tr("The file %1 holds no records.").arg(path));
    }
    if (qsizetype(first.fields.size()) - skippedColumns(options) > maxColumns(options.kind))
        return fail(tooManyColumnsError(path, qint64(first.fields.size()), false, options.kind));
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
