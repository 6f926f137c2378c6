// Demo data: seeded and reproducible, realistic quirks present (accents, commas, gaps, returns, guests).
#include "model/demo/demogenerator.h"
#include "model/export/phonenormalizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Splits one RFC 4180 record (no embedded newlines in the demo data) into fields.
QStringList splitRecord(const QString& line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                current += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

} // namespace

class TstDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes()
    {
        QTemporaryDir a, b, c;
        DemoOptions options;
        options.customers = 3000;
        options.seed = 7;
        DemoFiles first, second, third;
        QString error;
        QVERIFY2(DemoGenerator::writeCsv(options, a.path(), &first, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::writeCsv(options, b.path(), &second, &error), qPrintable(error));
        options.seed = 8;
        QVERIFY2(DemoGenerator::writeCsv(options, c.path(), &third, &error), qPrintable(error));
        QCOMPARE(readAll(first.customersCsv), readAll(second.customersCsv));
        QCOMPARE(readAll(first.ordersCsv), readAll(second.ordersCsv));
        QVERIFY(readAll(first.customersCsv) != readAll(third.customersCsv));
        QCOMPARE(first.customerRows, 3000);
        QCOMPARE(first.orderRows, second.orderRows);
    }

    void customersHaveRealisticQuirks()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.customers = 5000;
        DemoFiles files;
        QString error;
        QVERIFY2(DemoGenerator::writeCsv(options, dir.path(), &files, &error), qPrintable(error));
        const QStringList lines
            = QString::fromUtf8(readAll(files.customersCsv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5001);
        const QStringList header = splitRecord(lines.first());
        QCOMPARE(header.size(), 18);
        QCOMPARE(header.first(), QStringLiteral("Customer ID"));
        int withComma = 0, withAccent = 0, noNps = 0, leadingZeroZip = 0, noEmail = 0;
        QSet<QString> countries;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = splitRecord(lines.at(i));
            QCOMPARE(fields.size(), 18);
            withComma += fields.at(2).contains(QLatin1Char(',')) ? 1 : 0;
            withAccent
                += (fields.at(1) + fields.at(2)).contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7F]"))) ? 1 : 0;
            noNps += fields.at(16).isEmpty() ? 1 : 0;
            noEmail += fields.at(3).isEmpty() ? 1 : 0;
            leadingZeroZip += fields.at(10).startsWith(QLatin1Char('0')) ? 1 : 0;
            countries.insert(fields.at(8));
            bool ok = false;
            const int nps = fields.at(16).toInt(&ok);
            QVERIFY(fields.at(16).isEmpty() || (ok && nps >= 0 && nps <= 10));
            QVERIFY(fields.at(17) == QLatin1String("true") || fields.at(17) == QLatin1String("false"));
        }
        QVERIFY(withComma > 10);
        QVERIFY(withAccent > 500);
        QVERIFY(noNps > 1500 && noNps < 3000);
        QVERIFY(noEmail > 20);
        QVERIFY(leadingZeroZip > 20);
        QVERIFY(countries.size() >= 10);
    }

    // The preset exports normalise phones to E.164 with libphonenumber: the demo's phones are numbers it accepts,
    // in the customer's country and written with the country code.
    void phonesAreValidNumbersOfTheirCountry()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.customers = 4000;
        options.seed = 11;
        DemoFiles files;
        QString error;
        QVERIFY2(DemoGenerator::writeCsv(options, dir.path(), &files, &error), qPrintable(error));
        const QStringList lines
            = QString::fromUtf8(readAll(files.customersCsv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(splitRecord(lines.first()).at(4), QStringLiteral("Phone"));
        int phones = 0;
        QSet<QString> countries;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = splitRecord(lines.at(i));
            if (fields.at(4).isEmpty())
                continue;
            ++phones;
            countries.insert(fields.at(8));
            const NormalizedPhone phone = PhoneNormalizer::toE164(fields.at(4), QString());
            QVERIFY2(phone.status == NormalizedPhone::Status::Ok, qPrintable(lines.at(i)));
            const QString digits = fields.at(4);
            QVERIFY2(phone.e164 == QString(digits).remove(QLatin1Char(' ')), qPrintable(lines.at(i)));
        }
        QVERIFY(phones > 2400 && phones < 3200);
        QVERIFY(countries.size() >= 10);
    }

    void ordersHaveLongTailReturnsAndGuests()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.customers = 5000;
        DemoFiles files;
        QString error;
        QVERIFY2(DemoGenerator::writeCsv(options, dir.path(), &files, &error), qPrintable(error));
        const QStringList lines
            = QString::fromUtf8(readAll(files.ordersCsv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 1, files.orderRows);
        QHash<QString, int> perCustomer;
        int returns = 0, guests = 0;
        double largest = 0.0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList fields = splitRecord(lines.at(i));
            QCOMPARE(fields.size(), 5);
            const double amount = fields.at(4).toDouble();
            returns += amount < 0 ? 1 : 0;
            guests += fields.at(1).isEmpty() ? 1 : 0;
            largest = std::max(largest, amount);
            if (!fields.at(1).isEmpty() && amount > 0)
                ++perCustomer[fields.at(1)];
            QVERIFY(fields.at(2) <= QLatin1String("2024-12-31 23:59:59"));
        }
        QVERIFY(returns > 100);
        QVERIFY(guests > 10);
        QVERIFY(largest > 500.0); // long tail
        QVERIFY(perCustomer.size() > 4000 && perCustomer.size() < 4600); // some customers never bought
        int heavy = 0;
        for (const int count : std::as_const(perCustomer))
            heavy += count >= 20 ? 1 : 0;
        QVERIFY(heavy > 20);
    }

    void cancelRemovesFiles()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.customers = 100000;
        QString error;
        int calls = 0;
        QVERIFY(!DemoGenerator::writeCsv(options, dir.path(), nullptr, &error, [&] { return ++calls > 2; }));
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("customers.csv"))));
    }
};

QTEST_GUILESS_MAIN(TstDemoGenerator)
#include "tst_demogenerator.moc"
