// Orders import: UCI Online Retail shape, per-customer derived fields, customers only in orders, recomputation.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/importer.h"
#include "model/workspace.h"

#include <QFile>

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace swb;

class TstOrders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter));
        QString error;
        if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error))
            qFatal("cannot create workspace: %s", qPrintable(error));
        return path;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QString retail() { return QStringLiteral(SWB_TEST_DATA_DIR "/import/online_retail_sample.csv"); }

    static ImportReport import(const QString& ws, const QString& file, ImportKind kind,
                               ImportMode mode = ImportMode::Replace)
    {
        ImportOptions options;
        options.filePath = file;
        options.kind = kind;
        options.mode = mode;
        return Importer::run(ws, options);
    }

    // "key:orders:revenue:first:last:aov" per customer, ordered by key; revenue and aov rounded to cents.
    static QStringList derived(const QString& ws, const QString& key)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        Statement stmt = db->prepare(
            QStringLiteral("SELECT %1 || ':' || orders_count || ':' || printf('%.2f', total_revenue) || ':' || "
                           "coalesce(first_purchase_date, '-') || ':' || coalesce(last_purchase_date, '-') || ':' || "
                           "CASE WHEN avg_order_value IS NULL THEN '-' ELSE printf('%.2f', avg_order_value) END FROM "
                           "customers ORDER BY %1")
                .arg(key));
        QStringList rows;
        while (stmt.next())
            rows << stmt.toString(0);
        return rows;
    }

    static QVariant scalar(const QString& ws, const QString& sql)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        return db->scalar(sql);
    }

    static QList<FieldInfo> fields(const QString& ws, const QString& table)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        return FieldCatalog::load(*db, table);
    }

private slots:
    void onlineRetailIntoEmptyWorkspace()
    {
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, retail(), ImportKind::Orders);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsRead, 14);
        QCOMPARE(report.rowsImported, 14);
        QCOMPARE(report.ordersWithoutCustomer, 1);
        QCOMPARE(report.customersCreated, 7);
        QCOMPARE(report.issueCount, 0);

        const QList<FieldInfo> orderFields = fields(ws, QStringLiteral("orders"));
        auto roleOf = [&](const char* name) {
            return FieldCatalog::findByName(orderFields, QString::fromLatin1(name)).value_or(FieldInfo()).role;
        };
        QCOMPARE(roleOf("invoiceno"), FieldRole::OrderId);
        QCOMPARE(roleOf("quantity"), FieldRole::Quantity);
        QCOMPARE(roleOf("invoicedate"), FieldRole::OrderDate);
        QCOMPARE(roleOf("unitprice"), FieldRole::UnitPrice);
        QCOMPARE(roleOf("customerid"), FieldRole::CustomerKey);
        QCOMPARE(FieldCatalog::findByName(orderFields, QStringLiteral("invoicedate"))->type, FieldType::DateTime);
        QCOMPARE(FieldCatalog::findByName(orderFields, QStringLiteral("invoiceno"))->type, FieldType::Text);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT invoicedate FROM orders WHERE stockcode = '22809'")).toString(),
                 QStringLiteral("2010-12-13 13:04:00"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT description FROM orders WHERE stockcode = '22745'")).toString(),
                 QStringLiteral("POPPY'S PLAYHOUSE, BEDROOM"));

        // By hand: 17850 has invoices 536365 (35.64) and 536366 (11.10); 14527 only a cancellation; 12472 a
        // cancellation (-7.80) and an order (13.80).
        QCOMPARE(derived(ws, QStringLiteral("customerid")),
                 QStringList({
                     QStringLiteral("12472:1:6.00:2010-12-13:2010-12-13:6.00"),
                     QStringLiteral("12662:1:17.70:2010-12-13:2010-12-13:17.70"),
                     QStringLiteral("12680:1:26.80:2011-12-09:2011-12-09:26.80"),
                     QStringLiteral("13047:1:66.68:2010-12-01:2010-12-01:66.68"),
                     QStringLiteral("14527:0:-27.50:-:-:-"),
                     QStringLiteral("17850:2:46.74:2010-12-01:2010-12-01:23.37"),
                     QStringLiteral("17920:1:1.65:2010-12-01:2010-12-01:1.65"),
                 }));
        const QList<FieldInfo> customerFields = fields(ws, QStringLiteral("customers"));
        for (const auto& [name, role] :
             {std::pair{"orders_count", FieldRole::OrdersCount}, std::pair{"total_revenue", FieldRole::Revenue},
              std::pair{"first_purchase_date", FieldRole::FirstPurchaseDate},
              std::pair{"last_purchase_date", FieldRole::LastPurchaseDate},
              std::pair{"avg_order_value", FieldRole::AverageOrderValue}}) {
            const auto field = FieldCatalog::findByName(customerFields, QString::fromLatin1(name));
            QVERIFY2(field, name);
            QCOMPARE(field->role, role);
            QVERIFY(field->derived);
        }
        // Derived fields get a readable header, shown by the field picker, the sentence and the exports.
        QCOMPARE(FieldCatalog::findByName(customerFields, QStringLiteral("orders_count"))->originalHeader,
                 QStringLiteral("Orders count"));
        QCOMPARE(FieldCatalog::findByName(customerFields, QStringLiteral("avg_order_value"))->originalHeader,
                 QStringLiteral("Average order value"));
        QCOMPARE(FieldCatalog::findByRole(customerFields, FieldRole::CustomerKey)->name, QStringLiteral("customerid"));
        // The as-of date follows the latest purchase.
        QString error;
        auto workspace = Workspace::open(ws, Workspace::OpenMode::OpenExisting, &error);
        QCOMPARE(workspace->asOfDate(), QDate(2011, 12, 10));
    }

    void customersThenOrdersThenCustomersAgain()
    {
        const QString ws = newWorkspace();
        const QByteArray customers("CustomerID,Name,Country\n17850,Ann,UK\n13047,Bob,UK\n99999,Cat,DE\n");
        QVERIFY(import(ws, writeFile(QStringLiteral("c.csv"), customers), ImportKind::Customers).ok);
        const ImportReport orders = import(ws, retail(), ImportKind::Orders);
        QVERIFY2(orders.ok, qPrintable(orders.error));
        QCOMPARE(orders.customersCreated, 5);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 8);
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT name || ':' || orders_count || ':' || total_revenue || ':' || "
                                       "coalesce(avg_order_value, 'NULL') FROM customers WHERE customerid = 99999"))
                     .toString(),
                 QStringLiteral("Cat:0:0.0:NULL"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM customers WHERE customerid = 12680")).isNull(), true);

        // A new customers file replaces the table: the derived fields are computed again from the orders.
        const QByteArray next("CustomerID,Name\n17850,Ann B.\n12680,Dan\n");
        const ImportReport replaced = import(ws, writeFile(QStringLiteral("c2.csv"), next), ImportKind::Customers);
        QVERIFY2(replaced.ok, qPrintable(replaced.error));
        QCOMPARE(scalar(ws,
                        QStringLiteral("SELECT printf('%.2f', total_revenue) FROM customers WHERE customerid = "
                                       "17850"))
                     .toString(),
                 QStringLiteral("46.74"));
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT name || ':' || orders_count FROM customers WHERE customerid = 12680"))
                .toString(),
            QStringLiteral("Dan:1"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 7); // 2 + 5 from orders only
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(*) FROM fields WHERE table_name = 'customers' AND derived = 1"))
                .toInt(),
            5);
    }

    void amountColumnAndTextKeys()
    {
        // The demo generator's shape: an amount per order, text keys with leading letters, no quantity × price.
        const QString ws = newWorkspace();
        QVERIFY(import(ws, writeFile(QStringLiteral("c.csv"), "Customer ID,City\nC001,Oslo\nC002,Rome\n"),
                       ImportKind::Customers)
                    .ok);
        const QByteArray orders("Order ID,Customer ID,Order Date,Items,Amount\n"
                                "O1,C001,2024-01-05 10:00:00,2,10.50\n"
                                "O2,C001,2024-03-01 09:00:00,1,4.50\n"
                                "O3,C003,2024-02-01 08:00:00,1,7\n"
                                "O4,,2024-02-02 08:00:00,1,1\n");
        const ImportReport report = import(ws, writeFile(QStringLiteral("o.csv"), orders), ImportKind::Orders);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.ordersWithoutCustomer, 1);
        QCOMPARE(report.customersCreated, 1);
        QCOMPARE(
            derived(ws, QStringLiteral("customer_id")),
            QStringList({QStringLiteral("C001:2:15.00:2024-01-05:2024-03-01:7.50"), QStringLiteral("C002:0:0.00:-:-:-"),
                         QStringLiteral("C003:1:7.00:2024-02-01:2024-02-01:7.00")}));
        // Appending more orders adds to the totals.
        const ImportReport more = import(ws,
                                         writeFile(QStringLiteral("o2.csv"),
                                                   "Order ID,Customer ID,Order Date,Items,Amount\n"
                                                   "O5,C002,2024-04-01 10:00:00,1,3\n"),
                                         ImportKind::Orders, ImportMode::Append);
        QVERIFY2(more.ok, qPrintable(more.error));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM orders")).toInt(), 5);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT orders_count FROM customers WHERE customer_id = 'C002'")).toInt(),
                 1);
    }

    void ordersAreGroupedByCustomerAndOrder_data()
    {
        // Orders only, into an empty workspace: the customers come from the orders. A line's date counts when its
        // amount is positive; an order counts when its total is.
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected"); // derived() of each customer
        const QByteArray head("Order ID,Customer ID,Order Date,Amount\n");
        QTest::newRow("order-lines-apart")
            << head + "O1,C1,2024-01-05,10\nO2,C2,2024-01-06,5\nO1,C1,2024-02-01,-4\nO3,C1,2024-03-01,-2\n"
            << QStringList{QStringLiteral("C1:1:4.00:2024-01-05:2024-01-05:4.00"),
                           QStringLiteral("C2:1:5.00:2024-01-06:2024-01-06:5.00")};
        QTest::newRow("one-order-id-for-two-customers")
            << head + "O1,C1,2024-01-01,3\nO1,C2,2024-01-02,4\nO1,C1,2024-01-03,5\n"
            << QStringList{QStringLiteral("C1:1:8.00:2024-01-01:2024-01-03:8.00"),
                           QStringLiteral("C2:1:4.00:2024-01-02:2024-01-02:4.00")};
        QTest::newRow("number-keys-in-number-order")
            << head + "O1,10,2024-01-01,1\nO2,9,2024-01-02,2\nO3,10,2024-01-03,3\nO4,9,2024-01-04,0\n"
            << QStringList{QStringLiteral("9:1:2.00:2024-01-02:2024-01-02:2.00"),
                           QStringLiteral("10:2:4.00:2024-01-01:2024-01-03:2.00")};
        QTest::newRow("customer-without-amounts")
            << head + "O1,C1,2024-01-01,\nO2,C2,2024-01-02,5\nO3,C1,2024-01-03,\n"
            << QStringList{QStringLiteral("C1:0:0.00:-:-:-"), QStringLiteral("C2:1:5.00:2024-01-02:2024-01-02:5.00")};
        // Without an order id every line is an order; found by fuzz_orders: the average was NULL beside a count of 1
        // and a total revenue of 0 when the customer's lines had no amounts.
        QTest::newRow("no-order-id-lines-without-amounts")
            << QByteArray("Customer ID,Order Date,Amount\nC1,2024-01-01,\nC2,2024-01-02,5\nC3,2024-01-03,-0\n")
            << QStringList{QStringLiteral("C1:1:0.00:-:-:0.00"), QStringLiteral("C2:1:5.00:2024-01-02:2024-01-02:5.00"),
                           QStringLiteral("C3:1:0.00:-:-:0.00")};
        QTest::newRow("quantity-times-unit-price")
            << QByteArray("Order ID,Customer ID,Order Date,Quantity,UnitPrice\n"
                          "I1,C1,2024-01-01,2,1.5\nI1,C1,2024-01-01,1,2\nI2,C1,2024-02-01,-1,2\nI3,C2,2024-02-02,1,1\n")
            << QStringList{QStringLiteral("C1:1:3.00:2024-01-01:2024-01-01:3.00"),
                           QStringLiteral("C2:1:1.00:2024-02-02:2024-02-02:1.00")};
    }

    void ordersAreGroupedByCustomerAndOrder()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("orders.csv"), csv), ImportKind::Orders);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.customersCreated, expected.size());
        QCOMPARE(derived(ws, QStringLiteral("customer_id")), expected);
    }

    void customersWithNumberKeysReplaceOnesWithTextKeys()
    {
        // The orders keep their text keys ("C001") when the customers are replaced by a file with number keys:
        // the totals are still computed (a number key column holds the order-only keys as text).
        const QString ws = newWorkspace();
        QVERIFY(
            import(ws, writeFile(QStringLiteral("c.csv"), "Customer ID,City\nC001,Oslo\n"), ImportKind::Customers).ok);
        QVERIFY(import(ws,
                       writeFile(QStringLiteral("o.csv"),
                                 "Order ID,Customer ID,Order Date,Amount\nO1,C001,2024-01-05,10.50\n"
                                 "O2,C001,2024-03-01,4.50\n"),
                       ImportKind::Orders)
                    .ok);
        const ImportReport report
            = import(ws, writeFile(QStringLiteral("c2.csv"), "ID,Name\n1,Ann\n2,Bob\n"), ImportKind::Customers);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.customersCreated, 1);
        QCOMPARE(derived(ws, QStringLiteral("id")),
                 QStringList({QStringLiteral("1:0:0.00:-:-:-"), QStringLiteral("2:0:0.00:-:-:-"),
                              QStringLiteral("C001:2:15.00:2024-01-05:2024-03-01:7.50")}));
    }

    // Money adds up exactly: the stored total is the double nearest the decimal sum (no -1.42e-14 for a bought and
    // returned pair, no 363.56999999999994), with and without an order id column.
    void revenueIsExact_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<double>("revenue");
        QTest::newRow("bought-and-returned-by-order")
            << QByteArray("Order ID,Customer ID,Amount\nO1,C1,24.21\nO1,C1,104.55\nO2,C1,-24.21\nO2,C1,-104.55\n")
            << 0.0;
        QTest::newRow("bought-and-returned-by-line")
            << QByteArray("Customer ID,Amount\nC1,24.21\nC1,104.55\nC1,-24.21\nC1,-104.55\n") << 0.0;
        QTest::newRow("tenths-by-order") << QByteArray("Order ID,Customer ID,Amount\nO1,C1,0.1\nO2,C1,0.2\n") << 0.3;
        QTest::newRow("tenths-by-line") << QByteArray("Customer ID,Amount\nC1,0.1\nC1,0.2\n") << 0.3;
        QTest::newRow("many-lines") << QByteArray("Order ID,Customer ID,Amount\n")
                + QByteArray("O1,C1,121.19\nO2,C1,121.19\nO3,C1,121.19\n")
                                    << 363.57;
        QTest::newRow("quantity-times-price")
            << QByteArray("Order ID,Customer ID,Quantity,Unit Price\nO1,C1,3,0.85\nO1,C1,7,0.1\n") << 3.25;
    }
    void revenueIsExact()
    {
        QFETCH(QByteArray, csv);
        QFETCH(double, revenue);
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("money.csv"), csv), ImportKind::Orders);
        QVERIFY2(report.ok, qPrintable(report.error));
        const double stored = scalar(ws, QStringLiteral("SELECT total_revenue FROM customers")).toDouble();
        // Exact equality on purpose (QCOMPARE on doubles is fuzzy and takes -1.42e-14 for 0).
        QVERIFY2(stored == revenue, qPrintable(QString::number(stored, 'g', 17)));
        QVERIFY(!std::signbit(stored));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE total_revenue < 0")).toInt(), 0);
    }

    void ordersWithoutAmountAreRefused()
    {
        const QString ws = newWorkspace();
        const ImportReport report
            = import(ws, writeFile(QStringLiteral("o.csv"), "Order ID,Customer ID,Order Date\nO1,C1,2024-01-01\n"),
                     ImportKind::Orders);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("amount")), qPrintable(report.error));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'orders'")).toInt(), 0);
        const ImportReport upsert = import(ws, retail(), ImportKind::Orders, ImportMode::Upsert);
        QVERIFY(!upsert.ok);
    }
};

QTEST_GUILESS_MAIN(TstOrders)
#include "tst_orders.moc"
