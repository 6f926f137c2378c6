// Orders files as they come (issue 17, item 1): the CDNOW log imported with nothing but --kind orders (compact dates
// YYYYMMDD, the key column masterid), the refusal of an import whose every line would have no customer, swb import
// --role/--type, and swb fields refusing a role the column's type cannot have.
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

using Run = test::ProcessRun;

const QString s_cdnow = QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv");

QString sqlite(const QString& db, const QString& query)
{
    const Run run = test::runProgram(QStringLiteral("sqlite3"), {db, query});
    return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed()
                             : QStringLiteral("error: ") + QString::fromUtf8(run.err);
}

// What must not change when an import is refused: the tables and their rows, counted by SQLite.
QString snapshot(const QString& db)
{
    QString text = sqlite(db,
                          QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                         "WHERE type = 'table' ORDER BY name)"));
    for (const QString& table : text.split(QLatin1Char(','))) {
        if (!table.startsWith(QLatin1String("sqlite_")))
            text += QLatin1Char(' ') + table + QLatin1Char('=')
                + sqlite(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    }
    return text + QLatin1Char(' ')
        + sqlite(db, QStringLiteral("SELECT group_concat(name || ':' || role, ',') FROM fields"));
}

QJsonObject fieldByName(const QJsonObject& catalog, const QString& name)
{
    for (const QJsonValue& field : catalog.value(QStringLiteral("fields")).toArray()) {
        if (field.toObject().value(QStringLiteral("name")).toString() == name)
            return field.toObject();
    }
    return {};
}

} // namespace

class TstCliImportOrders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cdnow; // the CDNOW log imported as it is

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cdnow = path(QStringLiteral("cdnow.sqlite"));
        const Run run
            = test::runSwb({QStringLiteral("import"), s_cdnow, QStringLiteral("--kind"), QStringLiteral("orders"),
                            QStringLiteral("--db"), m_cdnow, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("orders_without_customer")).toInteger(-1), 0);
        QCOMPARE(report.value(QStringLiteral("rows_imported")).toInteger(), 6919);
    }

    void cdnowImportsAsItIs()
    {
        // Independent reference: Debian's Python counts the distinct masterid of the file.
        const Run python = test::runProgram(
            QStringLiteral(SWB_PYTHON),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys; r=list(csv.DictReader(open(sys.argv[1]))); "
                            "print(len({x['masterid'] for x in r}), len(r), min(x['date'] for x in r), "
                            "max(x['date'] for x in r))"),
             s_cdnow});
        QVERIFY2(python.exitCode == 0, python.err.constData());
        const QStringList expected = QString::fromUtf8(python.out).trimmed().split(QLatin1Char(' '));
        QCOMPARE(expected.size(), 4);
        QCOMPARE(expected[0], QStringLiteral("2357"));
        QCOMPARE(sqlite(m_cdnow, QStringLiteral("SELECT count(*) FROM customers")), expected[0]);
        QCOMPARE(sqlite(m_cdnow, QStringLiteral("SELECT count(*) FROM orders")), expected[1]);
        // No orphans: every line has a key that is a customer.
        QCOMPARE(sqlite(m_cdnow,
                        QStringLiteral("SELECT count(*) FROM orders WHERE masterid IS NULL OR masterid NOT "
                                       "IN (SELECT masterid FROM customers)")),
                 QStringLiteral("0"));
        // ISO dates, stored as text, the same days as the file's.
        QCOMPARE(sqlite(m_cdnow,
                        QStringLiteral("SELECT count(*) FROM orders WHERE typeof(date) <> 'text' OR date NOT "
                                       "GLOB '[12][09][0-9][0-9]-[01][0-9]-[0-3][0-9]'")),
                 QStringLiteral("0"));
        const auto iso = [](const QString& compact) {
            return compact.left(4) + QLatin1Char('-') + compact.mid(4, 2) + QLatin1Char('-') + compact.mid(6, 2);
        };
        QCOMPARE(sqlite(m_cdnow, QStringLiteral("SELECT min(date) || ' ' || max(date) FROM orders")),
                 iso(expected[2]) + QLatin1Char(' ') + iso(expected[3]));
        const Run fields
            = test::runSwb({QStringLiteral("fields"), QStringLiteral("--db"), m_cdnow, QStringLiteral("--table"),
                            QStringLiteral("orders"), QStringLiteral("--json")});
        QVERIFY2(fields.exitCode == 0, fields.err.constData());
        const QJsonObject catalog = fields.json();
        QCOMPARE(fieldByName(catalog, QStringLiteral("masterid")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("customer_key"));
        QCOMPARE(fieldByName(catalog, QStringLiteral("sampleid")).value(QStringLiteral("role")).toString(), QString());
        QCOMPARE(fieldByName(catalog, QStringLiteral("date")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("date"));
        QCOMPARE(fieldByName(catalog, QStringLiteral("date")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("order_date"));
        QCOMPARE(fieldByName(catalog, QStringLiteral("sales")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("amount"));
    }

    void allOrphanedIsRefused()
    {
        // Customers first, so that the refused import has a workspace to leave as it was.
        const QString ws = path(QStringLiteral("orphans.sqlite"));
        Run run = test::runSwb({QStringLiteral("import"),
                                writeFile(QStringLiteral("people.csv"), "CustomerID,Name\n7,Ann\n8,Bob\n"),
                                QStringLiteral("--db"), ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString before = snapshot(ws);
        QVERIFY2(before.contains(QLatin1String("customers=2")), qPrintable(before));
        const QString orders = writeFile(QStringLiteral("orders.csv"),
                                         "party,placed_on,total\n7,2024-01-03,10.5\n"
                                         "7,2024-02-03,3\n9,2024-01-05,4\n");
        run = test::runSwb({QStringLiteral("import"), orders, QStringLiteral("--kind"), QStringLiteral("orders"),
                            QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("--db"), ws});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Columns considered: party."), run.err.constData());
        QVERIFY2(run.err.contains("--role COLUMN=customer_key"), run.err.constData());
        QCOMPARE(snapshot(ws), before);
        // Into a new workspace: refused too, and no file is left behind.
        const QString fresh = path(QStringLiteral("orphans-new.sqlite"));
        run = test::runSwb({QStringLiteral("import"), orders, QStringLiteral("--kind"), QStringLiteral("orders"),
                            QStringLiteral("--db"), fresh});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(fresh));
        // Naming the key makes it work: 7 matches a customer, 9 is created.
        run = test::runSwb({QStringLiteral("import"), orders, QStringLiteral("--kind"), QStringLiteral("orders"),
                            QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("--role"),
                            QStringLiteral("party=customer_key"), QStringLiteral("--db"), ws,
                            QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("orders_without_customer")).toInteger(-1), 0);
        QCOMPARE(sqlite(ws, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("3"));
        QCOMPARE(sqlite(ws,
                        QStringLiteral("SELECT group_concat(customerid || ':' || total_revenue, ' ') FROM "
                                       "(SELECT * FROM customers ORDER BY customerid)")),
                 QStringLiteral("7:13.5 8:0.0 9:4.0"));
    }

    void emptyKeyColumnIsRefused()
    {
        const QString ws = path(QStringLiteral("emptykey.sqlite"));
        const QString orders = writeFile(QStringLiteral("emptykey.csv"),
                                         "customer_id,order_date,amount\n"
                                         ",2024-01-03,10.5\n,2024-02-03,3\n");
        const Run run = test::runSwb({QStringLiteral("import"), orders, QStringLiteral("--kind"),
                                      QStringLiteral("orders"), QStringLiteral("--db"), ws});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("\"customer_id\"") && run.err.contains("empty"), run.err.constData());
        QVERIFY(!QFile::exists(ws));
    }

    void typeOverride()
    {
        const QString file
            = writeFile(QStringLiteral("stamps.csv"), "ref,stamp,total\nA,20240103,10.5\nB,20240229,3\nA,19991231,2\n");
        // No date in the header: the stamps stay integers …
        const QString plain = path(QStringLiteral("stamps-plain.sqlite"));
        Run run = test::runSwb({QStringLiteral("import"), file, QStringLiteral("--kind"), QStringLiteral("orders"),
                                QStringLiteral("--role"), QStringLiteral("ref=customer_key"), QStringLiteral("--db"),
                                plain});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sqlite(plain, QStringLiteral("SELECT group_concat(typeof(stamp) || ':' || stamp, ' ') FROM orders")),
                 QStringLiteral("integer:20240103 integer:20240229 integer:19991231"));
        // … unless --type reads them as dates (or a date role is given).
        for (const QString& option : {QStringLiteral("--type=stamp=date"), QStringLiteral("--role=stamp=order_date")}) {
            const QString ws = path(QStringLiteral("stamps-%1.sqlite").arg(option.mid(2, 4)));
            run = test::runSwb({QStringLiteral("import"), file, QStringLiteral("--kind"), QStringLiteral("orders"),
                                QStringLiteral("--role"), QStringLiteral("ref=customer_key"), option,
                                QStringLiteral("--db"), ws});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("[yyyymmdd]"), run.out.constData());
            QCOMPARE(sqlite(ws, QStringLiteral("SELECT group_concat(typeof(stamp) || ':' || stamp, ' ') FROM orders")),
                     QStringLiteral("text:2024-01-03 text:2024-02-29 text:1999-12-31"));
        }
        // A text override keeps the digits as written.
        const QString text = path(QStringLiteral("stamps-text.sqlite"));
        run = test::runSwb({QStringLiteral("import"), file, QStringLiteral("--kind"), QStringLiteral("orders"),
                            QStringLiteral("--role"), QStringLiteral("ref=customer_key"), QStringLiteral("--type"),
                            QStringLiteral("total=text"), QStringLiteral("--db"), text});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sqlite(text, QStringLiteral("SELECT group_concat(typeof(total), ' ') FROM orders")),
                 QStringLiteral("text text text"));
    }

    void badOverridesNameTheChoices_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << QStringList{QStringLiteral("--role"), QStringLiteral("nope=customer_key")}
                                        << QStringLiteral("no column \"nope\". Its columns: ref, stamp, total.");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("--role"), QStringLiteral("ref=boss")}
                                      << QStringLiteral("unknown role \"boss\". Roles: none, customer_key");
        QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("ref=money")}
                                      << QStringLiteral("unknown type \"money\". Types: integer, real, text, date");
        QTest::newRow("no equals") << QStringList{QStringLiteral("--type"), QStringLiteral("ref")}
                                   << QStringLiteral("needs COLUMN=VALUE");
        QTest::newRow("role the type cannot have")
            << QStringList{QStringLiteral("--role"), QStringLiteral("total=order_date")}
            << QStringLiteral("\"total\" is read as real, which cannot have the role order_date");
    }

    void badOverridesNameTheChoices()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString file = writeFile(QStringLiteral("bad.csv"), "ref,stamp,total\nA,20240103,10.5\n");
        const QString ws = path(QStringLiteral("bad.sqlite"));
        const Run run = test::runSwb(QStringList{QStringLiteral("import"), file, QStringLiteral("--kind"),
                                                 QStringLiteral("orders"), QStringLiteral("--db"), ws}
                                     + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(ws));
    }

    void setRoleChecksTypeAndRecomputes()
    {
        const QString ws = path(QStringLiteral("cdnow-roles.sqlite"));
        QVERIFY(QFile::copy(m_cdnow, ws));
        const QStringList fields{QStringLiteral("fields"), QStringLiteral("--db"), ws, QStringLiteral("--table"),
                                 QStringLiteral("orders")};
        Run run = test::runSwb(fields + QStringList{QStringLiteral("--set-role"), QStringLiteral("cds=order_date")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("\"cds\" is of type integer, which cannot have the role order_date"),
                 run.err.constData());
        QCOMPARE(sqlite(ws,
                        QStringLiteral("SELECT name FROM fields WHERE table_name = 'orders' AND role = "
                                       "'order_date'")),
                 QStringLiteral("date"));
        // The amount from the number of CDs: the customers' revenue follows (sums checked by SQLite).
        run = test::runSwb(fields + QStringList{QStringLiteral("--set-role"), QStringLiteral("cds=amount")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("recomputed"), run.out.constData());
        QCOMPARE(sqlite(ws, QStringLiteral("SELECT sum(total_revenue) FROM customers")),
                 sqlite(ws, QStringLiteral("SELECT sum(cds) FROM orders")) + QStringLiteral(".0"));
        // The key from sampleid: one customer per distinct sampleid.
        run = test::runSwb(fields + QStringList{QStringLiteral("--set-role"), QStringLiteral("sampleid=customer_key")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sqlite(ws, QStringLiteral("SELECT count(*) FROM customers WHERE orders_count > 0")),
                 sqlite(ws, QStringLiteral("SELECT count(DISTINCT sampleid) FROM orders")));
    }
};

QTEST_GUILESS_MAIN(TstCliImportOrders)
#include "tst_cliimportorders.moc"
