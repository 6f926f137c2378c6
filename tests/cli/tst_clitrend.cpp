// The back-calculation's acceptance test: for three dates D, a workspace imported from only the order lines dated on
// or before D (and only the customers in the base at D) gives with `swb count --as-of D` the same size as
// `swb trend` gives at D on the whole workspace — for definitions on order-derived fields, relative dates, plain
// fields and a nested segment. The seeded data has orders across D, returns netting to zero, undated lines, lines
// without amounts, customers without a signup date and customers without orders. Also the JSON keys, the text
// form and the errors of `swb trend`.
#include "model/workspace.h"
#include "tests/support/swbrunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

struct Customer
{
    QString key;
    QString country;
    QString tier;
    QDate signup; // invalid: none
};

struct Line
{
    QString order;
    QString customer;
    QDateTime when; // invalid: no date
    QString amount; // empty: none
};

struct Definition
{
    const char* name;
    const char* json;
};

// Saved in this order (nested refers to recent).
const Definition s_definitions[] = {
    {"buyers",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"orders_count\",\"operator\":\">=\",\"value\":2},"
     "{\"field\":\"total_revenue\",\"operator\":\">\",\"value\":150}]}"},
    {"recent",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"last_purchase_date\",\"operator\":\"inLastDays\","
     "\"value\":60}]}"},
    {"lapsed",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"first_purchase_date\",\"operator\":"
     "\"moreThanDaysAgo\",\"value\":200},{\"field\":\"last_purchase_date\",\"operator\":\"notInLastDays\","
     "\"value\":90}]}"},
    {"aov",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"avg_order_value\",\"operator\":\"between\",\"value\":[40,"
     "120]}]}"},
    {"plain",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\",\"value\":\"DE,AT\"},"
     "{\"field\":\"tier\",\"operator\":\"=\",\"value\":\"gold\"}]}"},
    {"nested",
     "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@segment\",\"operator\":\"in\",\"value\":[\"recent\"]},"
     "{\"field\":\"country\",\"operator\":\"=\",\"value\":\"DE\"}]}"},
    {"none yet",
     "{\"combinator\":\"or\",\"rules\":[{\"field\":\"orders_count\",\"operator\":\"=\",\"value\":0},"
     "{\"field\":\"last_purchase_date\",\"operator\":\"null\"}]}"},
};

QString money(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}

void generate(QList<Customer>* customers, QList<Line>* lines)
{
    QRandomGenerator random(20241130);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("FR"), QStringLiteral("NL")};
    const QStringList tiers{QStringLiteral("bronze"), QStringLiteral("silver"), QStringLiteral("gold")};
    const QDate start(2022, 6, 1);
    int orderNumber = 0;
    for (int i = 0; i < 500; ++i) {
        Customer customer;
        customer.key = QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0'));
        customer.country = countries.at(random.bounded(int(countries.size())));
        customer.tier = tiers.at(random.bounded(int(tiers.size())));
        if (random.bounded(100) >= 15)
            customer.signup = start.addDays(random.bounded(900));
        customers->append(customer);
        if (random.bounded(100) < 12)
            continue; // no orders at all
        const int orders = 1 + random.bounded(6);
        for (int o = 0; o < orders; ++o) {
            const QString id = QStringLiteral("R%1").arg(++orderNumber, 6, 10, QLatin1Char('0'));
            // Mostly after the signup, sometimes before (then the order places the customer in the base).
            const QDate base = customer.signup.isValid() && random.bounded(100) < 85 ? customer.signup : start;
            const QDateTime when(base.addDays(random.bounded(700)),
                                 QTime(random.bounded(24), random.bounded(60), random.bounded(60)));
            const int lineCount = 1 + random.bounded(3);
            for (int l = 0; l < lineCount; ++l) {
                Line line{id, customer.key, when, money(500 + random.bounded(15000))};
                if (l > 0 && random.bounded(100) < 30)
                    line.when = when.addDays(random.bounded(1, 60)); // a later line of the same order, maybe across D
                if (random.bounded(100) < 3)
                    line.when = QDateTime(); // undated
                if (random.bounded(100) < 2)
                    line.amount.clear(); // no amount
                lines->append(line);
                if (!line.amount.isEmpty() && random.bounded(100) < 10) {
                    // Returned later: the order nets to zero when it had this line alone.
                    Line back = line;
                    back.amount = QLatin1Char('-') + line.amount;
                    back.when = (line.when.isValid() ? line.when : when).addDays(random.bounded(1, 90));
                    lines->append(back);
                }
            }
        }
    }
}

QByteArray customersCsv(const QList<Customer>& customers)
{
    QByteArray csv("Customer ID,Country,Tier,Signup Date\n");
    for (const Customer& c : customers)
        csv += (c.key + QLatin1Char(',') + c.country + QLatin1Char(',') + c.tier + QLatin1Char(',')
                + c.signup.toString(Qt::ISODate) + QLatin1Char('\n'))
                   .toUtf8();
    return csv;
}

QByteArray ordersCsv(const QList<Line>& lines)
{
    QByteArray csv("Order ID,Customer ID,Order Date,Amount\n");
    for (const Line& line : lines)
        csv += (line.order + QLatin1Char(',') + line.customer + QLatin1Char(',')
                + (line.when.isValid() ? line.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString())
                + QLatin1Char(',') + line.amount + QLatin1Char('\n'))
                   .toUtf8();
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TstCliTrend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<Customer> m_customers;
    QList<Line> m_lines;

    // A workspace with `customers` and `lines` imported and the definitions saved; empty on failure (reported).
    QString makeWorkspace(const QString& name, const QList<Customer>& customers, const QList<Line>& lines);

private slots:
    void initTestCase();
    void sizesEqualTheCountOnTheWorkspaceOfThatDate_data();
    void sizesEqualTheCountOnTheWorkspaceOfThatDate();
    void jsonAndText();
    void weeks();
    void errors_data();
    void errors();
    void workspaceWithoutOrders();
};

QString TstCliTrend::makeWorkspace(const QString& name, const QList<Customer>& customers, const QList<Line>& lines)
{
    const QString ws = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const QString customersFile = m_dir.filePath(name + QStringLiteral("-customers.csv"));
    const QString ordersFile = m_dir.filePath(name + QStringLiteral("-orders.csv"));
    if (!writeFile(customersFile, customersCsv(customers)) || !writeFile(ordersFile, ordersCsv(lines)))
        return {};
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("import"), customersFile, QStringLiteral("--db"), ws},
          QStringList{QStringLiteral("import"), ordersFile, QStringLiteral("--db"), ws, QStringLiteral("--kind"),
                      QStringLiteral("orders")}}) {
        const test::ProcessRun run = test::runSwb(arguments);
        if (run.exitCode != 0) {
            qWarning("swb %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), run.err.constData());
            return {};
        }
    }
    for (const Definition& definition : s_definitions) {
        const test::ProcessRun run = test::runSwb(
            {QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), ws, QStringLiteral("--name"),
             QString::fromUtf8(definition.name), QStringLiteral("--filter"), QString::fromUtf8(definition.json)});
        if (run.exitCode != 0) {
            qWarning("segment save %s: %s", definition.name, run.err.constData());
            return {};
        }
    }
    return ws;
}

void TstCliTrend::initTestCase()
{
    QVERIFY(m_dir.isValid());
    generate(&m_customers, &m_lines);
    m_workspace = makeWorkspace(QStringLiteral("full"), m_customers, m_lines);
    QVERIFY(!m_workspace.isEmpty());
}

void TstCliTrend::sizesEqualTheCountOnTheWorkspaceOfThatDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2023-06-30") << QDate(2023, 6, 30);
    QTest::newRow("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("2024-11-30") << QDate(2024, 11, 30);
}

void TstCliTrend::sizesEqualTheCountOnTheWorkspaceOfThatDate()
{
    QFETCH(QDate, date);
    // The lines dated on or before D; the customers in the base at D: signup on or before D, an order line dated on
    // or before D, or neither a signup date nor any dated line.
    QList<Line> lines;
    QSet<QString> ordered;
    QSet<QString> everDated;
    for (const Line& line : std::as_const(m_lines)) {
        if (!line.when.isValid())
            continue;
        everDated.insert(line.customer);
        if (line.when.date() <= date) {
            lines << line;
            ordered.insert(line.customer);
        }
    }
    QList<Customer> customers;
    for (const Customer& c : std::as_const(m_customers)) {
        if ((c.signup.isValid() && c.signup <= date) || ordered.contains(c.key)
            || (!c.signup.isValid() && !everDated.contains(c.key)))
            customers << c;
    }
    QVERIFY(customers.size() < m_customers.size() || date.year() == 2024);
    const QString truncated = makeWorkspace(QStringLiteral("until-") + date.toString(Qt::ISODate), customers, lines);
    QVERIFY(!truncated.isEmpty());

    const QString iso = date.toString(Qt::ISODate);
    {
        // So that `swb kpis` resolves the segments and counts recency as of D, as the trend does.
        QString error;
        auto workspace = Workspace::open(truncated, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace && workspace->setAsOfDateOverride(date, &error), qPrintable(error));
    }
    QStringList kpiArguments{QStringLiteral("kpis"), QStringLiteral("--db"), truncated, QStringLiteral("--json")};
    for (const Definition& definition : s_definitions)
        kpiArguments << QStringLiteral("--segment") << QString::fromUtf8(definition.name);
    const test::ProcessRun kpis = test::runSwb(kpiArguments);
    QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
    const QJsonObject kpiReport = kpis.json();
    int nonEmpty = 0;
    for (const Definition& definition : s_definitions) {
        const QString name = QString::fromUtf8(definition.name);
        const test::ProcessRun trend
            = test::runSwb({QStringLiteral("trend"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                            name, QStringLiteral("--from"), QStringLiteral("2023-06-01"), QStringLiteral("--to"),
                            QStringLiteral("2024-11-30"), QStringLiteral("--json")});
        QVERIFY2(trend.exitCode == 0, trend.err.constData());
        QJsonObject point;
        for (const QJsonValue& value : trend.json().value(QStringLiteral("points")).toArray()) {
            if (value.toObject().value(QStringLiteral("date")).toString() == iso)
                point = value.toObject();
        }
        QVERIFY2(!point.isEmpty(), qPrintable(name + QStringLiteral(": no point at ") + iso));
        const test::ProcessRun count
            = test::runSwb({QStringLiteral("count"), QStringLiteral("--db"), truncated, QStringLiteral("--segment"),
                            name, QStringLiteral("--as-of"), iso});
        QVERIFY2(count.exitCode == 0, count.err.constData());
        const qint64 expected = count.out.trimmed().toLongLong();
        QVERIFY2(point.value(QStringLiteral("size")).toInteger() == expected,
                 qPrintable(QStringLiteral("%1 at %2: trend %3, count on the workspace of that date %4")
                                .arg(name, iso)
                                .arg(point.value(QStringLiteral("size")).toInteger())
                                .arg(expected)));
        QCOMPARE(point.value(QStringLiteral("base_size")).toInteger(), qint64(customers.size()));
        // The KPIs too: those of `swb kpis` on the workspace of that date, exactly.
        const QJsonObject expectedKpis = kpiReport.value(QStringLiteral("segments")).toObject().value(name).toObject();
        QVERIFY2(
            point.value(QStringLiteral("kpis")).toObject() == expectedKpis,
            qPrintable(name + QLatin1Char(' ') + iso + QStringLiteral(": trend ")
                       + QString::fromUtf8(
                           QJsonDocument(point.value(QStringLiteral("kpis")).toObject()).toJson(QJsonDocument::Compact))
                       + QStringLiteral(" swb kpis ")
                       + QString::fromUtf8(QJsonDocument(expectedKpis).toJson(QJsonDocument::Compact))));
        QVERIFY(point.value(QStringLiteral("base_kpis")).toObject()
                == kpiReport.value(QStringLiteral("base")).toObject());
        if (expected > 0)
            ++nonEmpty;
    }
    QVERIFY2(nonEmpty >= 5, "the definitions should select someone at each date");
}

void TstCliTrend::jsonAndText()
{
    const test::ProcessRun json
        = test::runSwb({QStringLiteral("trend"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                        QStringLiteral("buyers"), QStringLiteral("--months"), QStringLiteral("6"),
                        QStringLiteral("--as-of"), QStringLiteral("2024-07-15"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("segment")).toString(), QStringLiteral("buyers"));
    const QJsonArray points = object.value(QStringLiteral("points")).toArray();
    QStringList dates;
    for (const QJsonValue& value : points) {
        const QJsonObject point = value.toObject();
        dates << point.value(QStringLiteral("date")).toString();
        QVERIFY(point.contains(QStringLiteral("size")) && point.contains(QStringLiteral("base_size")));
        QVERIFY(point.value(QStringLiteral("size")).toInteger()
                <= point.value(QStringLiteral("base_size")).toInteger());
    }
    QCOMPARE(dates,
             (QStringList{QStringLiteral("2024-01-31"), QStringLiteral("2024-02-29"), QStringLiteral("2024-03-31"),
                          QStringLiteral("2024-04-30"), QStringLiteral("2024-05-31"), QStringLiteral("2024-06-30")}));
    QVERIFY(object.value(QStringLiteral("note")).toString().contains(QStringLiteral("as they are today")));
    QVERIFY(object.value(QStringLiteral("undated_lines")).toInteger() > 0);

    const test::ProcessRun text
        = test::runSwb({QStringLiteral("trend"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                        QStringLiteral("buyers"), QStringLiteral("--months"), QStringLiteral("6"),
                        QStringLiteral("--as-of"), QStringLiteral("2024-07-15")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString out = QString::fromUtf8(text.out);
    for (const QJsonValue& value : points) {
        const QJsonObject point = value.toObject();
        QVERIFY2(out.contains(point.value(QStringLiteral("date")).toString() + QLatin1Char('\t')), qPrintable(out));
    }
    QVERIFY(out.contains(QStringLiteral("as they are today")));
}

void TstCliTrend::weeks()
{
    const test::ProcessRun run = test::runSwb(
        {QStringLiteral("trend"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
         QStringLiteral("recent"), QStringLiteral("--from"), QStringLiteral("2024-02-01"), QStringLiteral("--to"),
         QStringLiteral("2024-02-29"), QStringLiteral("--step"), QStringLiteral("week"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList dates;
    for (const QJsonValue& value : run.json().value(QStringLiteral("points")).toArray())
        dates << value.toObject().value(QStringLiteral("date")).toString();
    QCOMPARE(dates,
             (QStringList{QStringLiteral("2024-02-04"), QStringLiteral("2024-02-11"), QStringLiteral("2024-02-18"),
                          QStringLiteral("2024-02-25")}));
}

void TstCliTrend::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("nope")} << 1
                                     << QStringLiteral("no segment called \"nope\"");
    QTest::newRow("no segment") << QStringList{} << 2 << QStringLiteral("segment");
    QTest::newRow("months and from") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                                    QStringLiteral("--months"),  QStringLiteral("3"),
                                                    QStringLiteral("--from"),    QStringLiteral("2024-01-01"),
                                                    QStringLiteral("--to"),      QStringLiteral("2024-03-01")}
                                     << 2 << QStringLiteral("either --months or --from");
    QTest::newRow("from alone") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                               QStringLiteral("--from"), QStringLiteral("2024-01-01")}
                                << 2 << QStringLiteral("give both");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                             QStringLiteral("--from"),    QStringLiteral("2024-13-01"),
                                             QStringLiteral("--to"),      QStringLiteral("2024-12-01")}
                              << 2 << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad step") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                             QStringLiteral("--step"), QStringLiteral("day")}
                              << 2 << QStringLiteral("month or week");
    QTest::newRow("zero months") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                                QStringLiteral("--months"), QStringLiteral("0")}
                                 << 2 << QStringLiteral("--months");
    QTest::newRow("no month end") << QStringList{QStringLiteral("--segment"), QStringLiteral("buyers"),
                                                 QStringLiteral("--from"),    QStringLiteral("2024-01-02"),
                                                 QStringLiteral("--to"),      QStringLiteral("2024-01-30")}
                                  << 1 << QStringLiteral("longer range");
}

void TstCliTrend::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const test::ProcessRun run
        = test::runSwb(QStringList{QStringLiteral("trend"), QStringLiteral("--db"), m_workspace} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TstCliTrend::workspaceWithoutOrders()
{
    const QString ws = m_dir.filePath(QStringLiteral("no-orders.sqlite"));
    const QString file = m_dir.filePath(QStringLiteral("no-orders.csv"));
    QVERIFY(writeFile(file, customersCsv(m_customers)));
    QCOMPARE(test::runSwb({QStringLiteral("import"), file, QStringLiteral("--db"), ws}).exitCode, 0);
    QCOMPARE(test::runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), ws,
                           QStringLiteral("--name"), QStringLiteral("plain"), QStringLiteral("--filter"),
                           QString::fromUtf8(s_definitions[4].json)})
                 .exitCode,
             0);
    const test::ProcessRun run = test::runSwb(
        {QStringLiteral("trend"), QStringLiteral("--db"), ws, QStringLiteral("--segment"), QStringLiteral("plain")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no orders") && run.err.contains("--kind orders"), run.err.constData());
}

QTEST_GUILESS_MAIN(TstCliTrend)
#include "tst_clitrend.moc"
