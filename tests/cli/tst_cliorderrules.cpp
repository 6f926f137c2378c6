// `swb count --filter` with `@orders` rules on an Online Retail-like file (multi-line invoices, cancellations with
// negative quantities, several countries, lines without customer, customers without orders) against counts that
// tests/cli/orderrules_reference.py computes from the CSV files alone; through SQLite (`swb count`) and through the
// in-memory evaluator that the builder counts with (`swb count --funnel`).
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

QString data(const char* name)
{
    return QStringLiteral(SWB_TEST_DATA_DIR "/orders/") + QString::fromLatin1(name);
}

QByteArray rules(const QByteArray& list, const char* combinator = "and", bool negated = false)
{
    return QByteArray(R"({"combinator":")") + combinator + R"(","not":)" + (negated ? "true" : "false")
        + R"(,"rules":[)" + list + "]}";
}

} // namespace

class TstCliOrderRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QJsonObject m_reference;
    static constexpr const char* s_asOf = "2011-12-10";

private slots:
    void initTestCase();
    void countEqualsReference_data();
    void countEqualsReference();
    void badRuleNamesThePart();
    void savedSegmentCountsAndTrendRefuses();
};

// Definitions stay outside the class: moc (Qt 6.4) loses track of a class body holding raw strings with quotes.

void TstCliOrderRules::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("retail.sqlite"));
    test::ProcessRun run
        = test::runSwb({QStringLiteral("import"), data("customers.csv"), QStringLiteral("--db"), m_workspace});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runSwb({QStringLiteral("import"), data("online_retail_like.csv"), QStringLiteral("--db"), m_workspace,
                        QStringLiteral("--kind"), QStringLiteral("orders")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString python = QStringLiteral(SWB_PYTHON);
    QVERIFY2(!python.isEmpty(), "a Python 3 is needed for the reference counts (/usr/bin/python3)");
    run = test::runProgram(python,
                           {QStringLiteral(SWB_TEST_DATA_DIR "/../cli/orderrules_reference.py"),
                            data("online_retail_like.csv"), data("customers.csv"), QString::fromLatin1(s_asOf)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_reference = run.json();
    QVERIFY2(m_reference.size() == 10, run.out.constData());
}

void TstCliOrderRules::countEqualsReference_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::newRow("bought-product-in-window")
        << rules(R"({"field":"@orders","operator":">=","value":1,"where":{"combinator":"and","rules":[{"field":)"
                 R"("stockcode","operator":"=","value":"85123A"}]},"window":{"from":"2011-01-01","to":"2011-06-30"}})");
    QTest::newRow("spent-on-prefix") << rules(
        R"({"field":"@orders","operator":">=","value":100,"measure":"sum","where":{"combinator":"and",)"
        R"("rules":[{"field":"stockcode","operator":"beginsWith","value":"22"}]}})");
    QTest::newRow("two-countries") << rules(
        R"({"field":"@orders","operator":">=","value":2,"measure":"distinct:country"})");
    QTest::newRow("no-order-since") << rules(
        R"({"field":"@orders","operator":"=","value":0,"window":{"from":"2011-09-01"}})");
    QTest::newRow("no-orders-at-all") << rules(R"({"field":"@orders","operator":"=","value":0})");
    QTest::newRow("not-last-date-since") << rules(
        R"({"field":"@orders","operator":">=","value":"2011-06-01","measure":"last_date"})", "and", true);
    QTest::newRow("two-orders-in-last-90-days")
        << rules(R"({"field":"@orders","operator":">=","value":2,"window":{"inLastDays":90}})");
    QTest::newRow("spent-between-0-and-50")
        << rules(R"({"field":"@orders","operator":"between","value":[0,50],"measure":"sum"})");
    QTest::newRow("five-products-not-postage")
        << rules(R"({"field":"@orders","operator":">=","value":5,"measure":"distinct:stockcode","where":)"
                 R"({"combinator":"and","rules":[{"field":"stockcode","operator":"!=","value":"POST"}]}})");
    QTest::newRow("not-two-countries-or-big-spender")
        << rules(R"({"field":"@orders","operator":">=","value":2,"measure":"distinct:country"},)"
                 R"({"field":"@orders","operator":">","value":200,"measure":"sum"})",
                 "or", true);
}

void TstCliOrderRules::countEqualsReference()
{
    QFETCH(QByteArray, definition);
    const qint64 expected = m_reference.value(QString::fromLatin1(QTest::currentDataTag())).toInteger(-1);
    QVERIFY(expected >= 0);
    const QStringList common{QStringLiteral("count"),    QStringLiteral("--db"),       m_workspace,
                             QStringLiteral("--as-of"),  QString::fromLatin1(s_asOf),  QStringLiteral("--json"),
                             QStringLiteral("--filter"), QString::fromUtf8(definition)};
    const test::ProcessRun sql = test::runSwb(common);
    QVERIFY2(sql.exitCode == 0, sql.err.constData());
    QCOMPARE(sql.json().value(QStringLiteral("count")).toInteger(-1), expected);
    const test::ProcessRun memory = test::runSwb(common + QStringList{QStringLiteral("--funnel")});
    QVERIFY2(memory.exitCode == 0, memory.err.constData());
    QCOMPARE(memory.json().value(QStringLiteral("count")).toInteger(-1), expected);
}

void TstCliOrderRules::badRuleNamesThePart()
{
    const test::ProcessRun run = test::runSwb(
        {QStringLiteral("count"), QStringLiteral("--db"), m_workspace, QStringLiteral("--filter"),
         QString::fromUtf8(rules(R"({"field":"@orders","operator":">=","value":1,"where":{"combinator":"and",)"
                                 R"("rules":[{"field":"stokcode","operator":"=","value":"1"}]}})"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("rules[0].where.rules[0]: unknown order column \"stokcode\"; did you mean "
                              "\"stockcode\"?"),
             run.err.constData());
}

// A saved segment with an order rule counts as its definition does; its trend is refused rather than wrong (it would
// count orders after each date).
void TstCliOrderRules::savedSegmentCountsAndTrendRefuses()
{
    const QString definition
        = QString::fromUtf8(rules(R"({"field":"@orders","operator":">=","value":2,"measure":"distinct:country"})"));
    test::ProcessRun run = test::runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"),
                                         m_workspace, QStringLiteral("--name"), QStringLiteral("travellers"),
                                         QStringLiteral("--filter"), definition});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                        QStringLiteral("travellers"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("count")).toInteger(-1),
             m_reference.value(QStringLiteral("two-countries")).toInteger(-2));
    run = test::runSwb({QStringLiteral("trend"), QStringLiteral("--db"), m_workspace, QStringLiteral("--segment"),
                        QStringLiteral("travellers"), QStringLiteral("--months"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot be computed yet: its definition has order rules"), run.err.constData());
}

QTEST_GUILESS_MAIN(TstCliOrderRules)
#include "tst_cliorderrules.moc"
