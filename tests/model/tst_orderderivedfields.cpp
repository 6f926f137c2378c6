// Customer fields derived from an order column, against Python's csv module reading the same files
// (reference/order_derived_fields.py), through imports that append orders and replace the customers.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/orderderivedfields.h"
#include "model/workspace.h"
#include "testsupport_import.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Multi-line invoices, a return, lines without a country, equal dates with different countries, a tie in the number
// of invoices per country, a customer with no orders and an order line without a customer.
const char s_orders[] = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                        "536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
                        "536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n"
                        "536370,22728,ALARM CLOCK BAKELIKE PINK,24,12/1/2010 8:45,3.75,12583,France\n"
                        "536371,22086,PAPER CHAIN KIT,80,12/1/2010 9:00,2.55,12583,Belgium\n"
                        "536372,22632,HAND WARMER RED,6,12/1/2010 9:01,1.85,17850,\n"
                        "C536379,D,Discount,-1,12/1/2010 9:41,27.5,14527,United Kingdom\n"
                        "536380,22961,JAM MAKING SET,24,12/2/2010 9:41,1.45,14527,Germany\n"
                        "536381,22139,RETROSPOT TEA SET,3,12/2/2010 9:41,4.95,14527,France\n"
                        "536382,10002,INFLATABLE GLOBE,12,12/3/2010 9:45,0.85,12583,Belgium\n"
                        "536383,10002,INFLATABLE GLOBE,12,12/3/2010 9:45,0.85,12583,France\n"
                        "536384,84029E,RED WOOLLY HOTTIE,6,12/3/2010 9:45,3.39,,Norway\n"
                        "536385,21730,GLASS STAR LANTERN,6,11/30/2010 8:00,4.25,17850,EIRE\n";
// A later month: 17850 moves to Germany, 12583 orders once more from France.
const char s_more[] = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                      "536400,22633,HAND WARMER UNION JACK,6,1/5/2011 10:00,1.85,17850,Germany\n"
                      "536401,22633,HAND WARMER UNION JACK,6,1/6/2011 10:00,1.85,12583,France\n";
const char s_customers[] = "CustomerID,Name\n17850,Ann\n12583,Bob\n14527,Cem\n99999,Dee\n";

const QStringList s_kinds{QStringLiteral("last"), QStringLiteral("first"), QStringLiteral("most_frequent"),
                          QStringLiteral("distinct_count")};

} // namespace

class TstOrderDerivedFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesPython();
    void refreshedByImports();
    void refusesWhatItCannotDerive_data();
    void refusesWhatItCannotDerive();
    void removes();

private:
    QJsonObject reference(const QStringList& files);
    void compareWith(const QJsonObject& expected);

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_orders;
    QString m_more;
};

void TstOrderDerivedFields::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("retail.sqlite"));
    m_orders = test::writeFile(m_dir.path(), QStringLiteral("orders.csv"), s_orders);
    m_more = test::writeFile(m_dir.path(), QStringLiteral("more.csv"), s_more);
    QString error;
    QVERIFY2(Workspace::open(m_ws, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
    QVERIFY(test::importFile(m_ws, test::writeFile(m_dir.path(), QStringLiteral("customers.csv"), s_customers),
                             ImportKind::Customers, ImportMode::Replace)
                .ok);
    const ImportReport orders = test::importFile(m_ws, m_orders, ImportKind::Orders, ImportMode::Replace);
    QVERIFY2(orders.ok, qPrintable(orders.error));
    auto db = Workspace::connect(m_ws, false, &error);
    QVERIFY2(db, qPrintable(error));
    for (const QString& kind : s_kinds) {
        const OrderDerivedField field{QStringLiteral("country_") + kind, QStringLiteral("country"),
                                      *OrderDerivedFields::kindFromName(kind)};
        QVERIFY2(OrderDerivedFields::define(*db, field, &error), qPrintable(error));
    }
}

QJsonObject TstOrderDerivedFields::reference(const QStringList& files)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(SWB_TEST_DATA_DIR "/../model/reference/order_derived_fields.py"),
                             QStringLiteral("Country")}
                     + files);
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("python: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TstOrderDerivedFields::compareWith(const QJsonObject& expected)
{
    QString error;
    auto db = Workspace::connect(m_ws, true, &error);
    QVERIFY2(db, qPrintable(error));
    Statement rows
        = db->prepare(QStringLiteral("SELECT customerid, country_last, country_first, country_most_frequent, "
                                     "country_distinct_count FROM customers ORDER BY customerid"),
                      &error);
    QVERIFY2(rows.isValid(), qPrintable(error));
    int customers = 0;
    while (rows.next()) {
        ++customers;
        const QString key = rows.toString(0);
        const QJsonObject want = expected.value(key).toObject(); // empty for a customer without orders
        for (int i = 0; i < 3; ++i) {
            const QJsonValue value = want.value(s_kinds[i]);
            QVERIFY2(rows.isNull(i + 1) == (value.isNull() || value.isUndefined()), qPrintable(key + s_kinds[i]));
            if (!rows.isNull(i + 1))
                QCOMPARE(rows.toString(i + 1), value.toString());
        }
        QCOMPARE(rows.toInt64(4), qint64(want.value(QStringLiteral("distinct_count")).toInt()));
    }
    QCOMPARE(customers, 4);
}

void TstOrderDerivedFields::matchesPython()
{
    const QJsonObject expected = reference({m_orders});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.value(QStringLiteral("12583")).toObject().value(QStringLiteral("last")).toString(),
             QStringLiteral("France")); // equal dates: the later line
    compareWith(expected);
    QString error;
    auto db = Workspace::connect(m_ws, true, &error);
    const QList<FieldInfo> fields = FieldCatalog::load(*db);
    const auto count = FieldCatalog::findByName(fields, QStringLiteral("country_distinct_count"));
    QVERIFY(count && count->derived && count->type == FieldType::Integer);
    const auto last = FieldCatalog::findByName(fields, QStringLiteral("country_last"));
    QVERIFY(last && last->derived && last->type == FieldType::Text);
    QCOMPARE(last->originalHeader, QStringLiteral("Country (latest order)"));
    QCOMPARE(OrderDerivedFields::load(*db).size(), 4);
}

void TstOrderDerivedFields::refreshedByImports()
{
    QVERIFY(test::importFile(m_ws, m_more, ImportKind::Orders, ImportMode::Append).ok);
    compareWith(reference({m_orders, m_more}));
    // A customers import replaces the table: the derived fields come back with it.
    QVERIFY(test::importFile(m_ws, test::writeFile(m_dir.path(), QStringLiteral("customers2.csv"), s_customers),
                             ImportKind::Customers, ImportMode::Replace)
                .ok);
    compareWith(reference({m_orders, m_more}));
}

void TstOrderDerivedFields::refusesWhatItCannotDerive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column") << "c"
                                    << "Land"
                                    << "The orders have no column \"Land\". Their columns:";
    QTest::newRow("imported column") << "name"
                                     << "country"
                                     << "The customers already have a column \"name\"";
    QTest::newRow("no name") << " "
                             << "country"
                             << "Name the new customer field.";
}

void TstOrderDerivedFields::refusesWhatItCannotDerive()
{
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, message);
    QString error;
    auto db = Workspace::connect(m_ws, false, &error);
    const QStringList before = db->columnNames(QStringLiteral("customers"));
    QVERIFY(!OrderDerivedFields::define(*db, {name, source, OrderDerivation::Last}, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(db->columnNames(QStringLiteral("customers")), before);
    QCOMPARE(OrderDerivedFields::load(*db).size(), 4);
}

void TstOrderDerivedFields::removes()
{
    QString error;
    auto db = Workspace::connect(m_ws, false, &error);
    QVERIFY2(OrderDerivedFields::remove(*db, QStringLiteral("country_first"), &error), qPrintable(error));
    QVERIFY(!db->columnNames(QStringLiteral("customers")).contains(QStringLiteral("country_first")));
    QVERIFY(!FieldCatalog::findByName(FieldCatalog::load(*db), QStringLiteral("country_first")));
    QCOMPARE(OrderDerivedFields::load(*db).size(), 3);
    QVERIFY(!OrderDerivedFields::remove(*db, QStringLiteral("name"), &error));
    QCOMPARE(error, QStringLiteral("There is no customer field \"name\" derived from the orders."));
    // The next orders import refreshes the rest and does not bring it back.
    QVERIFY(test::importFile(m_ws, m_more, ImportKind::Orders, ImportMode::Append).ok);
    QVERIFY(!db->columnNames(QStringLiteral("customers")).contains(QStringLiteral("country_first")));
    QCOMPARE(db->scalar(QStringLiteral("SELECT country_last FROM customers WHERE customerid = '17850'")).toString(),
             QStringLiteral("Germany"));
}

QTEST_GUILESS_MAIN(TstOrderDerivedFields)
#include "tst_orderderivedfields.moc"
