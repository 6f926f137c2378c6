// Compact dates YYYYMMDD (the CDNOW log's 19970101): which columns are dates, which only can be, how they are
// stored; and the customer key of an orders file whose key column has no customer-key name.
#include "model/import/compactdates.h"
#include "model/import/roleguesser.h"
#include "model/import/typeinference.h"
#include "testsupport_import.h"

#include <QTest>

using namespace swb;

Q_DECLARE_METATYPE(swb::FieldType)
Q_DECLARE_METATYPE(swb::FieldRole)

namespace {

using test::statsOf;

QString isoDate(const char* cell, bool withTime)
{
    char out[32];
    const int length = TypeInference::toIsoDate(cell, DateOrder::Compact, withTime, out);
    return QString::fromLatin1(out, length);
}

} // namespace

class TstCompactDates : public QObject
{
    Q_OBJECT

private slots:
    void detects_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("possible"); // every cell a compact date: the wizard offers to read them as dates
        QTest::addColumn<FieldType>("type"); // what the import makes of the column with this header

        const QStringList cdnow{QStringLiteral("19970101"), QStringLiteral("19970118"), QStringLiteral("19980630")};
        QTest::newRow("cdnow date header") << cdnow << QStringLiteral("date") << true << FieldType::Date;
        QTest::newRow("order_date header") << cdnow << QStringLiteral("order_date") << true << FieldType::Date;
        QTest::newRow("German Datum") << cdnow << QStringLiteral("Bestelldatum") << true << FieldType::Date;
        QTest::newRow("day header") << cdnow << QStringLiteral("Day") << true << FieldType::Date;
        QTest::newRow("time header") << cdnow << QStringLiteral("TransactionTime") << true << FieldType::Date;
        QTest::newRow("no date header") << cdnow << QStringLiteral("value") << true << FieldType::Integer;
        QTest::newRow("id header") << cdnow << QStringLiteral("sampleid") << true << FieldType::Integer;
        QTest::newRow("19970101 alone") << QStringList{QStringLiteral("19970101")} << QStringLiteral("date") << true
                                        << FieldType::Date;
        QTest::newRow("leap day 2000") << QStringList{QStringLiteral("20000229")} << QStringLiteral("date") << true
                                       << FieldType::Date;
        QTest::newRow("20230230 no such day") << QStringList{QStringLiteral("19970101"), QStringLiteral("20230230")}
                                              << QStringLiteral("date") << false << FieldType::Integer;
        QTest::newRow("19000229 not a leap day")
            << QStringList{QStringLiteral("19000229")} << QStringLiteral("date") << false << FieldType::Integer;
        // Leading zeros make a code of it (as zip codes), not a number.
        QTest::newRow("00000000") << QStringList{QStringLiteral("00000000")} << QStringLiteral("date") << false
                                  << FieldType::Text;
        QTest::newRow("month 13") << QStringList{QStringLiteral("19971301")} << QStringLiteral("date") << false
                                  << FieldType::Integer;
        QTest::newRow("year 1899") << QStringList{QStringLiteral("18991231")} << QStringLiteral("date") << false
                                   << FieldType::Integer;
        QTest::newRow("year 2101") << QStringList{QStringLiteral("21010101")} << QStringLiteral("date") << false
                                   << FieldType::Integer;
        QTest::newRow("7 digits") << QStringList{QStringLiteral("1997011")} << QStringLiteral("date") << false
                                  << FieldType::Integer;
        QTest::newRow("9 digits") << QStringList{QStringLiteral("199701011")} << QStringLiteral("date") << false
                                  << FieldType::Integer;
        QTest::newRow("mixed with small integers") << QStringList{QStringLiteral("19970101"), QStringLiteral("12")}
                                                   << QStringLiteral("date") << false << FieldType::Integer;
        QTest::newRow("mixed with text") << QStringList{QStringLiteral("19970101"), QStringLiteral("soon")}
                                         << QStringLiteral("date") << false << FieldType::Text;
        QTest::newRow("mixed with ISO dates") << QStringList{QStringLiteral("19970101"), QStringLiteral("1997-01-02")}
                                              << QStringLiteral("date") << false << FieldType::Text;
        QTest::newRow("with a currency") << QStringList{QStringLiteral("$19970101")} << QStringLiteral("date") << false
                                         << FieldType::Integer;
        QTest::newRow("negative") << QStringList{QStringLiteral("-19970101")} << QStringLiteral("date") << false
                                  << FieldType::Integer;
        QTest::newRow("empty cells are no values")
            << QStringList{QStringLiteral("19970101"), QString(), QStringLiteral("NULL")} << QStringLiteral("date")
            << true << FieldType::Date;
    }

    void detects()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, header);
        QFETCH(bool, possible);
        QFETCH(FieldType, type);
        const ColumnStats stats = statsOf(cells);
        QCOMPARE(CompactDates::possible(stats), possible);
        const InferredType inferred = CompactDates::infer(stats, false, std::nullopt, header);
        QCOMPARE(inferred.type, type);
        if (type == FieldType::Date) {
            QCOMPARE(inferred.dateOrder, DateOrder::Compact);
            QCOMPARE(inferred.formatName(), QStringLiteral("yyyymmdd"));
        }
        // Without the header's hint the plain inference never makes a date of them.
        QVERIFY(TypeInference::infer(stats, false).type != FieldType::Date);
    }

    void headerSuggestsDate_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("suggests");
        for (const char* yes : {"date", "Order Date", "invoice_date", "DATUM", "Kaufdatum", "day", "time", "dt",
                                "YYYYMMDD", "fecha_pedido", "order_time", "lifetime_first_date"})
            QTest::newRow(yes) << QString::fromUtf8(yes) << true;
        for (const char* no : {"masterid", "sampleid", "amount", "cds", "value", "", "data", "lifetime_value",
                               "Times bought", "runtime_ms"})
            QTest::newRow(no[0] ? no : "empty") << QString::fromUtf8(no) << false;
    }

    void headerSuggestsDate()
    {
        QFETCH(QString, header);
        QFETCH(bool, suggests);
        QCOMPARE(CompactDates::headerSuggestsDate(header), suggests);
    }

    void converts_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("19970101") << QStringLiteral("19970101") << false << QStringLiteral("1997-01-01");
        QTest::newRow("padded") << QStringLiteral("  19980630 ") << false << QStringLiteral("1998-06-30");
        QTest::newRow("as datetime") << QStringLiteral("20240229") << true << QStringLiteral("2024-02-29 00:00:00");
        QTest::newRow("20230230") << QStringLiteral("20230230") << false << QString();
        QTest::newRow("00000000") << QStringLiteral("00000000") << false << QString();
        QTest::newRow("7 digits") << QStringLiteral("1997010") << false << QString();
        QTest::newRow("ISO is not compact") << QStringLiteral("1997-01-01") << false << QString();
    }

    void converts()
    {
        QFETCH(QString, cell);
        QFETCH(bool, withTime);
        QFETCH(QString, stored);
        QCOMPARE(isoDate(cell.toLatin1().constData(), withTime), stored);
    }

    // Orders without a column named like a customer key: the key-like column by the documented rule.
    void guessesOrderKey_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<int>("key"); // the column that becomes the customer key; -1: none
        QTest::newRow("cdnow") << QStringList{QStringLiteral("masterid"), QStringLiteral("sampleid"),
                                              QStringLiteral("date"), QStringLiteral("cds"), QStringLiteral("sales")}
                               << 0;
        QTest::newRow("master after another id")
            << QStringList{QStringLiteral("sampleid"), QStringLiteral("masterid"), QStringLiteral("date"),
                           QStringLiteral("cds"), QStringLiteral("sales")}
            << 1;
        QTest::newRow("first id-like") << QStringList{
            QStringLiteral("ref"), QStringLiteral("shop_id"), QStringLiteral("date"), QStringLiteral("x_id"),
            QStringLiteral("sales")} << 1;
        QTest::newRow("client number") << QStringList{
            QStringLiteral("date"), QStringLiteral("sales"), QStringLiteral("Client Nr"), QStringLiteral("cds"),
            QStringLiteral("shop_id")} << 2;
        QTest::newRow("named key wins") << QStringList{
            QStringLiteral("masterid"), QStringLiteral("customer_id"), QStringLiteral("date"), QStringLiteral("cds"),
            QStringLiteral("sales")} << 1;
        QTest::newRow("id is the order id")
            << QStringList{QStringLiteral("id"), QStringLiteral("party"), QStringLiteral("date"), QStringLiteral("cds"),
                           QStringLiteral("sales")}
            << -1;
        QTest::newRow("customer name is no key")
            << QStringList{QStringLiteral("customername"), QStringLiteral("party"), QStringLiteral("date"),
                           QStringLiteral("cds"), QStringLiteral("sales")}
            << -1;
    }

    void guessesOrderKey()
    {
        QFETCH(QStringList, headers);
        QFETCH(int, key);
        const QStringList keys{QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("18")};
        const QStringList dates{QStringLiteral("19970101"), QStringLiteral("19970118"), QStringLiteral("19970102")};
        const QStringList amounts{QStringLiteral("29.33"), QStringLiteral("29.73"), QStringLiteral("14.96")};
        std::vector<ColumnStats> stats;
        QList<InferredType> types;
        for (const QString& header : headers) {
            const QStringList& cells = header == QLatin1String("date") ? dates
                : header == QLatin1String("sales")                     ? amounts
                                                                       : keys;
            stats.push_back(statsOf(cells));
            types << CompactDates::infer(stats.back(), false, std::nullopt, header);
        }
        const QList<FieldRole> roles = RoleGuesser::guess(ImportKind::Orders, headers, types, stats);
        for (int c = 0; c < headers.size(); ++c) {
            QVERIFY2((roles[c] == FieldRole::CustomerKey) == (c == key), qPrintable(headers[c]));
            if (headers[c] == QLatin1String("date"))
                QCOMPARE(roles[c], FieldRole::OrderDate);
            if (headers[c] == QLatin1String("sales"))
                QCOMPARE(roles[c], FieldRole::Amount);
        }
    }

    void roleFitsType_data()
    {
        QTest::addColumn<FieldRole>("role");
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<bool>("fits");
        QTest::newRow("order date on integer") << FieldRole::OrderDate << FieldType::Integer << false;
        QTest::newRow("order date on date") << FieldRole::OrderDate << FieldType::Date << true;
        QTest::newRow("order date on datetime") << FieldRole::OrderDate << FieldType::DateTime << true;
        QTest::newRow("amount on text") << FieldRole::Amount << FieldType::Text << false;
        QTest::newRow("amount on integer") << FieldRole::Amount << FieldType::Integer << true;
        QTest::newRow("key on real") << FieldRole::CustomerKey << FieldType::Real << false;
        QTest::newRow("key on integer") << FieldRole::CustomerKey << FieldType::Integer << true;
        QTest::newRow("none on anything") << FieldRole::None << FieldType::Real << true;
    }

    void roleFitsType()
    {
        QFETCH(FieldRole, role);
        QFETCH(FieldType, type);
        QFETCH(bool, fits);
        QCOMPARE(RoleGuesser::roleFitsType(role, type), fits);
    }
};

QTEST_GUILESS_MAIN(TstCompactDates)
#include "tst_compactdates.moc"
