// CSV reader: RFC 4180 cases at every chunk size, line numbers, encodings, delimiter and header detection.
#include "model/import/csvreader.h"
#include "model/import/dialectsniffer.h"
#include "model/import/textdecoder.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace swb;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    bool unterminated = false;
    QString error;
};

Parsed parse(const QByteArray& bytes, char delimiter, int chunkBytes, TextEncoding encoding = TextEncoding::Utf8,
             int bomLength = 0, qint64 maxRecordBytes = qint64(64) << 20)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.chunkBytes = chunkBytes;
    options.encoding = encoding;
    options.skipBytes = bomLength;
    options.maxRecordBytes = maxRecordBytes;
    CsvReader reader(&buffer, options);
    Parsed parsed;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (const std::string_view field : record.fields)
            fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
        parsed.records << fields;
        parsed.lines << record.line;
        parsed.unterminated = parsed.unterminated || record.unterminatedQuote;
    }
    parsed.error = reader.error();
    return parsed;
}

// One line per record of `bytes` read in chunks of `chunk` bytes, as `describe` sees it.
QStringList describeRecords(const QByteArray& bytes, int chunk,
                            const std::function<QString(const CsvRecord&)>& describe)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.chunkBytes = chunk;
    CsvReader reader(&buffer, options);
    CsvRecord record;
    QStringList found;
    while (reader.next(record))
        found << describe(record);
    return found;
}

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* field : fields)
        list << QString::fromUtf8(field);
    return list;
}

} // namespace

class TstCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<bool>("unterminated");

        using L = QList<qint64>;
        using R = QList<QStringList>;
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << ',' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2}
                            << false;
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ',' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2}
                              << false;
        QTest::newRow("no-final-newline")
            << QByteArray("a,b\n1,2") << ',' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2} << false;
        QTest::newRow("crlf-no-final-newline")
            << QByteArray("a,b\r\n1,2") << ',' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2} << false;
        QTest::newRow("lone-cr") << QByteArray("a,b\r1,2\r") << ',' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2}
                                 << false;
        QTest::newRow("quoted-delimiter") << QByteArray("\"a,b\",c\n") << ',' << R{row({"a,b", "c"})} << L{1} << false;
        QTest::newRow("doubled-quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ',' << R{row({"say \"hi\"", "x"})}
                                        << L{1} << false;
        QTest::newRow("only-doubled-quotes") << QByteArray("\"\"\"\"\n") << ',' << R{row({"\""})} << L{1} << false;
        QTest::newRow("embedded-lf") << QByteArray("id,note\n1,\"two\nlines\"\n2,x\n") << ','
                                     << R{row({"id", "note"}), row({"1", "two\nlines"}), row({"2", "x"})} << L{1, 2, 4}
                                     << false;
        QTest::newRow("embedded-crlf") << QByteArray("id,note\r\n1,\"a\r\nb\r\nc\"\r\n2,x\r\n") << ','
                                       << R{row({"id", "note"}), row({"1", "a\r\nb\r\nc"}), row({"2", "x"})}
                                       << L{1, 2, 5} << false;
        QTest::newRow("empty-fields") << QByteArray("a,,c\n,,\n") << ',' << R{row({"a", "", "c"}), row({"", "", ""})}
                                      << L{1, 2} << false;
        QTest::newRow("quoted-empty-single-column")
            << QByteArray("x\n\"\"\ny\n") << ',' << R{row({"x"}), row({""}), row({"y"})} << L{1, 2, 3} << false;
        QTest::newRow("blank-lines-skipped")
            << QByteArray("a,b\n\n1,2\n\r\n3,4\n\n") << ',' << R{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
            << L{1, 3, 5} << false;
        QTest::newRow("trailing-delimiter") << QByteArray("a,b,\n") << ',' << R{row({"a", "b", ""})} << L{1} << false;
        QTest::newRow("quote-inside-unquoted")
            << QByteArray("5\" disk,x\n") << ',' << R{row({"5\" disk", "x"})} << L{1} << false;
        QTest::newRow("text-after-closing-quote")
            << QByteArray("\"a\"b,c\n") << ',' << R{row({"ab", "c"})} << L{1} << false;
        QTest::newRow("spaces-kept") << QByteArray(" a , b \n") << ',' << R{row({" a ", " b "})} << L{1} << false;
        QTest::newRow("unterminated-quote-at-eof") << QByteArray("a,b\n1,\"open\n2,3\n") << ','
                                                   << R{row({"a", "b"}), row({"1", "open\n2,3\n"})} << L{1, 2} << true;
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;\"x;y\"\n") << ';' << R{row({"a", "b"}), row({"1,5", "x;y"})}
                                   << L{1, 2} << false;
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << R{row({"a", "b"}), row({"1", "2"})} << L{1, 2}
                             << false;
        QTest::newRow("pipe") << QByteArray("a|b\n\"1|2\"|3\n") << '|' << R{row({"a", "b"}), row({"1|2", "3"})}
                              << L{1, 2} << false;
        QTest::newRow("utf8-content") << QByteArray("name\nMüller\n") << ',' << R{row({"name"}), row({"Müller"})}
                                      << L{1, 2} << false;
        QTest::newRow("empty-input") << QByteArray() << ',' << R{} << L{} << false;
    }

    void parses()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, delimiter);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        QFETCH(bool, unterminated);
        // Every chunk size: records, quotes and CRLFs split anywhere across reads.
        for (const int chunk : {1, 2, 3, 5, 7, 64, 1 << 20}) {
            const Parsed parsed = parse(input, delimiter, chunk);
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            QCOMPARE(parsed.records, records);
            QCOMPARE(parsed.lines, lines);
            QCOMPARE(parsed.unterminated, unterminated);
        }
    }

    void roundTripsRandomRecords()
    {
        // Random fields full of delimiters, quotes, CR, LF and UTF-8, written as RFC 4180, read back at random
        // chunk sizes: the same records, with the right line numbers.
        QRandomGenerator random(20240601);
        const QList<QString> pieces{QStringLiteral("a"),   QStringLiteral(","),    QStringLiteral("\""),
                                    QStringLiteral("\n"),  QStringLiteral("\r\n"), QStringLiteral("\r"),
                                    QStringLiteral(" "),   QStringLiteral("ü"),    QStringLiteral("€"),
                                    QStringLiteral("x;y"), QStringLiteral("1.5")};
        for (int round = 0; round < 40; ++round) {
            const char delimiter = ",;\t|"[round % 4];
            QList<QStringList> records;
            QList<qint64> lines;
            QByteArray bytes;
            qint64 line = 1;
            const int columns = 1 + int(random.bounded(5));
            for (int r = 0; r < 1 + int(random.bounded(30)); ++r) {
                QStringList record;
                QByteArray text;
                for (int c = 0; c < columns; ++c) {
                    QString field;
                    for (int k = int(random.bounded(6)); k > 0; --k)
                        field += pieces[int(random.bounded(pieces.size()))];
                    if (columns == 1 && field.isEmpty())
                        field = QStringLiteral("e"); // a lone empty field is a blank line, which is skipped
                    record << field;
                    QByteArray encoded = field.toUtf8();
                    if (encoded.contains(delimiter) || encoded.contains('"') || encoded.contains('\n')
                        || encoded.contains('\r')) {
                        encoded.replace("\"", "\"\"");
                        encoded = '"' + encoded + '"';
                    }
                    text += (c ? QByteArray(1, delimiter) : QByteArray()) + encoded;
                }
                records << record;
                lines << line;
                for (const QString& field : record)
                    line += field.count(QLatin1Char('\n'));
                ++line;
                bytes += text + (random.bounded(2) ? "\r\n" : "\n");
            }
            if (random.bounded(2))
                bytes.chop(bytes.endsWith("\r\n") ? 2 : 1); // no final newline
            for (const int chunk : {1, 2, 3, 13, 4096}) {
                const Parsed parsed = parse(bytes, delimiter, chunk);
                QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
                QCOMPARE(parsed.records, records);
                QCOMPARE(parsed.lines, lines);
            }
        }
    }

    void survivesRandomBytes()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(int(random.bounded(2000)), '\0');
            for (char& c : bytes)
                c = "ab,;\"\r\n\t|\xC3\xA4\xFF"[random.bounded(13)];
            const Parsed parsed = parse(bytes, ',', 1 + int(random.bounded(64)));
            qint64 previous = 0;
            for (const qint64 line : parsed.lines) {
                QVERIFY(line > previous);
                previous = line;
            }
        }
    }

    void tooLongRecordIsAnErrorNamingTheLine()
    {
        QByteArray input("a,b\n1,2\n3,\"");
        input += QByteArray(5000, 'x');
        const Parsed parsed = parse(input, ',', 64, TextEncoding::Utf8, 0, 1000);
        QCOMPARE(parsed.records.size(), 2);
        QVERIFY2(parsed.error.contains(QStringLiteral("line 3")), qPrintable(parsed.error));
    }

    void skipsByteOrderMarkAtALineStart()
    {
        // Two files joined with cat: the second one's BOM starts a line, before a quoted value.
        const QByteArray input("a,b\n\xEF\xBB\xBF\"x,y\",z\n\xEF\xBB\xBF\n1,2");
        for (const int chunk : {1, 2, 3, 4, 1 << 20}) {
            const QStringList found = describeRecords(input, chunk, [](const CsvRecord& record) {
                QStringList fields;
                for (const std::string_view field : record.fields)
                    fields << QString::fromUtf8(field.data(), qsizetype(field.size()));
                return fields.join(QLatin1Char('|')) + (record.byteOrderMark ? QStringLiteral("+bom") : QString());
            });
            QCOMPARE(found, QStringList({QStringLiteral("a|b"), QStringLiteral("x,y|z+bom"), QStringLiteral("1|2")}));
        }
    }

    void lineWithoutEndIsNamedSo()
    {
        QByteArray input("a,b\n");
        input += QByteArray(5000, 'x');
        const Parsed parsed = parse(input, ',', 64, TextEncoding::Utf8, 0, 1000);
        QCOMPARE(parsed.records.size(), 1);
        QVERIFY2(parsed.error.contains(QStringLiteral("Line 2 has no line end")), qPrintable(parsed.error));
    }

    void reportsQuoteProblems_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("records"); // per record: textAfterQuote/longestQuoted/breaks/line-lastLine
        QTest::newRow("clean") << QByteArray("a,\"b\"\n\"c\",d\n") << QStringLiteral("-1/-1/0/1-1 -1/-1/0/2-2");
        QTest::newRow("text-after-quote")
            << QByteArray("a,\"b\"x,\"c\" \n1,2\n") << QStringLiteral("1/-1/0/1-1 -1/-1/0/2-2");
        QTest::newRow("quoted-line-breaks")
            << QByteArray("\"a\nb\",\"c\nd\ne\"\r\nx\n") << QStringLiteral("-1/1/2/1-4 -1/-1/0/5-5");
        QTest::newRow("stray-quote-closed-later")
            << QByteArray("1,\"a,b\n2,c,d\n3,\"e\",f\n4,g,h") << QStringLiteral("1/1/2/1-3 -1/-1/0/4-4");
    }

    void reportsQuoteProblems()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, records);
        for (const int chunk : {1, 2, 3, 7, 1 << 20}) {
            const QStringList found = describeRecords(input, chunk, [](const CsvRecord& record) {
                return QStringLiteral("%1/%2/%3/%4-%5")
                    .arg(QString::number(record.textAfterQuote), QString::number(record.longestQuoted),
                         QString::number(record.longestQuotedBreaks), QString::number(record.line),
                         QString::number(record.lastLine));
            });
            QCOMPARE(found.join(QLatin1Char(' ')), records);
        }
    }

    void tooManyFieldsIsAnError()
    {
        QByteArray input("a,b,c\n1,2,3,4,5,6\n");
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.maxFields = 3;
        CsvReader reader(&buffer, options);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.size(), size_t(3));
        QVERIFY(!reader.next(record));
        QVERIFY(reader.tooManyFields());
        QVERIFY2(reader.error().contains(QStringLiteral("line 2")), qPrintable(reader.error()));
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bomLength");

        const QString text = QStringLiteral("name;city\nMüller;Köln\nRenée;€uro\n");
        const QByteArray utf8 = text.toUtf8();
        QByteArray utf16le("\xFF\xFE", 2);
        QByteArray utf16be("\xFE\xFF", 2);
        for (const QChar c : text) {
            utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QByteArray cp1252 = QByteArray("name;city\nM\xFCller;K\xF6ln\nRen\xE9"
                                       "e;\x80uro\n");
        QTest::newRow("utf-8") << utf8 << int(TextEncoding::Utf8) << 0;
        QTest::newRow("utf-8-bom") << QByteArray("\xEF\xBB\xBF") + utf8 << int(TextEncoding::Utf8) << 3;
        QTest::newRow("utf-16le-bom") << utf16le << int(TextEncoding::Utf16LE) << 2;
        QTest::newRow("utf-16be-bom") << utf16be << int(TextEncoding::Utf16BE) << 2;
        QTest::newRow("utf-16le-no-bom") << utf16le.mid(2) << int(TextEncoding::Utf16LE) << 0;
        QTest::newRow("windows-1252") << cp1252 << int(TextEncoding::Windows1252) << 0;
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(int, bomLength);
        const EncodingGuess guess = TextDecoder::detect(bytes);
        QVERIFY(!guess.binary);
        QCOMPARE(int(guess.encoding), encoding);
        QCOMPARE(guess.bomLength, bomLength);
        for (const int chunk : {1, 3, 1 << 20}) {
            const Parsed parsed = parse(bytes, ';', chunk, guess.encoding, guess.bomLength);
            QCOMPARE(parsed.records.size(), 3);
            QCOMPARE(parsed.records[0], row({"name", "city"}));
            QCOMPARE(parsed.records[1], QStringList({QStringLiteral("Müller"), QStringLiteral("Köln")}));
            QCOMPARE(parsed.records[2], QStringList({QStringLiteral("Renée"), QStringLiteral("€uro")}));
        }
    }

    void encodingByName()
    {
        const QByteArray latin1("a\n\xE9\n");
        auto guess = TextDecoder::fromName(QStringLiteral("latin1"), latin1);
        QVERIFY(guess);
        QCOMPARE(guess->encoding, TextEncoding::Latin1);
        const Parsed parsed = parse(latin1, ',', 4, guess->encoding, guess->bomLength);
        QCOMPARE(parsed.records.value(1).value(0), QStringLiteral("é"));
        QVERIFY(!TextDecoder::fromName(QStringLiteral("no-such-encoding"), latin1));
        guess = TextDecoder::fromName(QStringLiteral("UTF-8"), QByteArray("\xEF\xBB\xBFx"));
        QVERIFY(guess);
        QCOMPARE(guess->bomLength, 3);
    }

    void damagedUtf8StaysUtf8()
    {
        // Many valid multi-byte sequences and one stray byte: a damaged UTF-8 file, not Windows-1252.
        QByteArray bytes = QStringLiteral("name\nMüller\nKöln\nGrüße\n").toUtf8();
        bytes += QByteArray("bad \xFF byte\n");
        QCOMPARE(TextDecoder::detect(bytes).encoding, TextEncoding::Utf8);
        std::string repaired;
        QCOMPARE(TextDecoder::appendRepairedUtf8("a\xFF"
                                                 "b",
                                                 3, repaired),
                 1);
        QCOMPARE(QString::fromStdString(repaired), QStringLiteral("a\uFFFDb"));
        QVERIFY(!TextDecoder::isValidUtf8("\xC3", 1));
        QVERIFY(TextDecoder::isValidUtf8("\xC3\xA4", 2));
        QVERIFY(!TextDecoder::isValidUtf8("\xED\xA0\x80", 3)); // a surrogate
    }

    void validatesUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("multiByte"); // sequences counted when valid
        QTest::newRow("ascii-7") << QByteArray("abcdefg") << true << 0;
        QTest::newRow("ascii-8-then-2-bytes") << QByteArray("abcdefgh\xC3\xA4") << true << 1;
        QTest::newRow("2-bytes-across-a-word") << QByteArray("abcdefg\xC3\xA4xyz") << true << 1;
        QTest::newRow("3-bytes-in-a-run") << QByteArray("abcdef\xE2\x82\xAC"
                                                        "ghijklmnop\xC3\xA4")
                                          << true << 2;
        QTest::newRow("4-bytes") << QByteArray("\xF0\x9F\x98\x80") << true << 1;
        QTest::newRow("cut-at-the-end") << QByteArray("abcdefgh\xE2\x82") << false << 0;
        QTest::newRow("overlong-2") << QByteArray("\xC0\xAF") << false << 0;
        QTest::newRow("overlong-3") << QByteArray("\xE0\x80\xAF") << false << 0;
        QTest::newRow("above-U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << 0;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false << 0;
        QTest::newRow("continuation-after-a-word") << QByteArray("abcdefgh\x80") << false << 0;
        QTest::newRow("bad-byte-after-a-long-run") << QByteArray(20, 'a') + "\xFF" << false << 0;
    }

    void validatesUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QFETCH(int, multiByte);
        qint64 counted = 0;
        QCOMPARE(TextDecoder::isValidUtf8(bytes.constData(), bytes.size(), &counted), valid);
        if (valid)
            QCOMPARE(counted, qint64(multiByte));
    }

    void validatesUtf8LikeQt()
    {
        // Random runs of ASCII, valid sequences and stray bytes: valid exactly when Qt's decoder finds no error.
        QRandomGenerator random(7);
        const QList<QByteArray> pieces{"a",    "abcdefghij", "\xC3\xA4", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\x80",
                                       "\xC3", "\xE2\x82",   "\xFF",     "\xED\xA0\x80", "\xC0\xAF"};
        int invalid = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            for (int k = int(random.bounded(8)); k > 0; --k)
                bytes += pieces[int(random.bounded(pieces.size()))];
            QStringDecoder qt(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = qt.decode(bytes);
            Q_UNUSED(decoded);
            const bool expected = !qt.hasError();
            invalid += expected ? 0 : 1;
            QVERIFY2(TextDecoder::isValidUtf8(bytes.constData(), bytes.size()) == expected, bytes.toHex().constData());
        }
        QVERIFY(invalid > 100 && invalid < 2900); // both kinds were tried
    }

    void binaryIsDetected()
    {
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 256);
        QVERIFY(TextDecoder::detect(garbage).binary);
    }

    void sniffsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
        QTest::newRow("semicolon-decimal-comma") << QByteArray("id;price;qty\n1;2,50;3\n2;10,00;1\n3;1,99;7\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb c\td\n1\t2,5\t3\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b\n1|2\n3|4\n") << '|';
        QTest::newRow("quoted-commas-in-semicolon") << QByteArray("a;b\n\"x,y,z\";1\n\"u,v\";2\n") << ';';
        QTest::newRow("single-column") << QByteArray("email\na@x.de\nb@y.de\n") << ',';
    }

    void sniffsDelimiter()
    {
        QFETCH(QByteArray, sample);
        QFETCH(char, delimiter);
        QCOMPARE(DialectSniffer::sniffDelimiter(sample.toStdString(), true), delimiter);
    }

    void detectsHeader_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<bool>("header");
        QTest::newRow("names-over-numbers") << QByteArray("id,age\n1,30\n2,40\n") << true;
        QTest::newRow("numbers-only") << QByteArray("1,30\n2,40\n3,50\n") << false;
        QTest::newRow("names-over-dates") << QByteArray("when,n\n2020-01-01,1\n2020-02-01,2\n") << true;
        QTest::newRow("text-only-counts-as-header") << QByteArray("name,city\nAnna,Berlin\n") << true;
        QTest::newRow("header-only") << QByteArray("a,b\n") << true;
        QTest::newRow("data-row-with-text") << QByteArray("Anna,30\nBen,40\n") << false;
    }

    void detectsHeader()
    {
        QFETCH(QByteArray, sample);
        QFETCH(bool, header);
        QCOMPARE(DialectSniffer::detectHeader(DialectSniffer::sampleRecords(sample.toStdString(), ',', true, 100)),
                 header);
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csvreader.moc"
