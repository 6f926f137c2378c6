// The `swb` workflow end to end on a demo workspace: segments, exports checked by Python (csv, openpyxl,
// hashlib, sqlite3), KPIs, RFM and clustering with their stable JSON keys.
#include "tests/support/swbrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = swb::test::ProcessRun;

using swb::test::runSwb;

// Checks an export against the workspace with Python's own modules; prints "ok" or what differs.
constexpr char s_check[] = R"py(
import csv, hashlib, sqlite3, sys, openpyxl
db, csv_path, xlsx_path = sys.argv[1:4]
with open(csv_path, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
book = openpyxl.load_workbook(xlsx_path, read_only=True)
xrows = [["" if v is None else str(v) for v in r] for r in book.worksheets[0].iter_rows(values_only=True)]
if xrows[0] != header: sys.exit("xlsx header differs: %r" % xrows[0])
if [r[0] for r in xrows[1:]] != [r[0] for r in data]: sys.exit("xlsx rows differ from csv rows")
con = sqlite3.connect(db)
# The header row holds the imported file's headers (swb export --headers original, the default).
hdr = lambda name: con.execute("SELECT original_header FROM fields WHERE table_name = 'customers' AND name = ?", (name,)).fetchone()[0]
ki, ei = header.index(hdr("customer_id")), header.index(hdr("email"))
for r in data:
    (email,) = con.execute("SELECT email FROM customers WHERE customer_id = ?", (r[ki],)).fetchone()
    want = "" if email is None else hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
    if r[ei] != want: sys.exit("hash of %s: %s != %s" % (r[ki], r[ei], want))
print("ok", len(data))
)py";

} // namespace

class TstCliWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(SWB_BIN_DIR "/swb")), "build the swb target first");
        QVERIFY2(QFile::exists(QStringLiteral(SWB_PYTHON)), "no Python with openpyxl/sklearn/pandas was found");
        m_db = file(QStringLiteral("demo.sqlite"));
        const Run demo = runSwb({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"),
                                 QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("11")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void segmentExportMatchesCountAndPython()
    {
        const QString filter
            = QStringLiteral(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT,CH"},)"
                             R"({"combinator":"or","rules":[{"field":"total_revenue","operator":">=","value":300},)"
                             R"({"field":"orders_count","operator":">","value":3}]}]})");
        const Run saved = runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), m_db,
                                  QStringLiteral("--name"), QStringLiteral("DACH value"), QStringLiteral("--filter"),
                                  filter, QStringLiteral("--json")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const qint64 size = saved.json().value(QStringLiteral("size")).toInteger();
        QVERIFY(size > 100);
        const Run count = runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                                  QStringLiteral("DACH value")});
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed().toLongLong(), size);

        for (const char* format : {"csv", "xlsx"}) {
            const Run exported
                = runSwb({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                          QStringLiteral("DACH value"), QStringLiteral("--out"),
                          file(QStringLiteral("dach.") + QLatin1String(format)), QStringLiteral("--pii"),
                          QStringLiteral("hash"), QStringLiteral("--columns"),
                          QStringLiteral("customer_id,email,country,total_revenue"), QStringLiteral("--json")});
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            QCOMPARE(exported.json().value(QStringLiteral("rows")).toInteger(), size);
        }
        QProcess python;
        python.start(QStringLiteral(SWB_PYTHON),
                     {QStringLiteral("-c"), QString::fromUtf8(s_check), m_db, file(QStringLiteral("dach.csv")),
                      file(QStringLiteral("dach.xlsx"))});
        QVERIFY(python.waitForFinished(120000));
        const QByteArray verdict = python.readAllStandardOutput() + python.readAllStandardError();
        QVERIFY2(python.exitCode() == 0, verdict.constData());
        QCOMPARE(verdict.trimmed(), QByteArray("ok ") + QByteArray::number(size));
    }

    void kpisJsonHasStableKeys()
    {
        const Run kpis = runSwb({QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                                 QStringLiteral("DACH value"), QStringLiteral("--json")});
        QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
        const QJsonObject json = kpis.json();
        const QJsonObject base = json.value(QStringLiteral("base")).toObject();
        const QJsonObject segment
            = json.value(QStringLiteral("segments")).toObject().value(QStringLiteral("DACH value")).toObject();
        for (const char* key : {"size", "share", "revenue", "revenue_per_customer", "average_order_value",
                                "purchase_frequency", "median_recency_days", "churn_rate", "nps", "clv"}) {
            QVERIFY2(base.contains(QLatin1String(key)), key);
            QVERIFY2(!base.value(QLatin1String(key)).isNull(), key); // the demo has every role
            QVERIFY2(segment.contains(QStringLiteral("lift_") + QLatin1String(key)) || QByteArray(key) == "share", key);
        }
        QCOMPARE(base.value(QStringLiteral("size")).toInteger(), 3000);
        // The segment was chosen for revenue >= 300 or > 3 orders: it must beat the base per customer.
        QVERIFY(segment.value(QStringLiteral("lift_revenue_per_customer")).toDouble() > 100.0);
    }

    void rfmGroupsAddUp()
    {
        const Run rfm = runSwb({QStringLiteral("rfm"), QStringLiteral("--db"), m_db, QStringLiteral("--save-segments"),
                                QStringLiteral("--json")});
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        const QJsonObject json = rfm.json();
        qint64 total = 0;
        const QJsonObject groups = json.value(QStringLiteral("groups")).toObject();
        for (const QJsonValue& value : groups)
            total += value.toInteger();
        QCOMPARE(total, json.value(QStringLiteral("scored")).toInteger());
        QCOMPARE(json.value(QStringLiteral("scored")).toInteger() + json.value(QStringLiteral("unscored")).toInteger(),
                 3000);
        QVERIFY(groups.value(QStringLiteral("Champions")).toInteger() > 0);
        const Run count = runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                                  QStringLiteral("RFM: Champions")});
        QCOMPARE(count.out.trimmed().toLongLong(), groups.value(QStringLiteral("Champions")).toInteger());
    }

    void clusterJsonHasStableKeys()
    {
        const Run single
            = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"),
                      QStringLiteral("total_revenue,orders_count,age"), QStringLiteral("--log"),
                      QStringLiteral("total_revenue,orders_count"), QStringLiteral("--k"), QStringLiteral("4"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(single.exitCode == 0, single.err.constData());
        const QJsonObject json = single.json();
        for (const char* key :
             {"k", "inertia", "iterations", "sizes", "silhouette", "calinski_harabasz", "davies_bouldin", "seconds"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("k")).toInt(), 4);
        qint64 sizes = 0;
        for (const QJsonValue& size : json.value(QStringLiteral("sizes")).toArray())
            sizes += size.toInteger();
        QCOMPARE(sizes, json.value(QStringLiteral("rows")).toInteger());

        // The same seed with another thread count gives the same clustering.
        const Run oneThread
            = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"),
                      QStringLiteral("total_revenue,orders_count,age"), QStringLiteral("--log"),
                      QStringLiteral("total_revenue,orders_count"), QStringLiteral("--k"), QStringLiteral("4"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--threads"), QStringLiteral("1"),
                      QStringLiteral("--json")});
        QCOMPARE(oneThread.json().value(QStringLiteral("inertia")), json.value(QStringLiteral("inertia")));
        QCOMPARE(oneThread.json().value(QStringLiteral("sizes")), json.value(QStringLiteral("sizes")));

        const Run sweep
            = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"),
                      QStringLiteral("total_revenue,orders_count"), QStringLiteral("--k-range"), QStringLiteral("2-5"),
                      QStringLiteral("--n-init"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(sweep.exitCode == 0, sweep.err.constData());
        const QJsonObject sweepJson = sweep.json();
        QCOMPARE(sweepJson.value(QStringLiteral("sweep")).toObject().value(QStringLiteral("k")).toArray().size(), 4);
        const int suggested = sweepJson.value(QStringLiteral("suggested_k")).toInt();
        QVERIFY(suggested >= 2 && suggested <= 5);
        QCOMPARE(sweepJson.value(QStringLiteral("k")).toInt(), suggested);
    }

    void errorsGoToStderrWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown-segment") << QStringList{QStringLiteral("kpis"), QStringLiteral("--segment"),
                                                        QStringLiteral("nope")}
                                         << QStringLiteral("no segment called \"nope\"");
        QTest::newRow("cluster-text-field")
            << QStringList{QStringLiteral("cluster"), QStringLiteral("--features"), QStringLiteral("country"),
                           QStringLiteral("--k"), QStringLiteral("2")}
            << QStringLiteral("text field");
        QTest::newRow("export-bad-pii") << QStringList{
            QStringLiteral("export"),  QStringLiteral("--segment"),  QStringLiteral("DACH value"),
            QStringLiteral("--out"),   QStringLiteral("/tmp/x.csv"), QStringLiteral("--pii"),
            QStringLiteral("scramble")} << QStringLiteral("Unknown PII policy");
        QTest::newRow("segment-delete-unknown") << QStringList{QStringLiteral("segment"), QStringLiteral("delete"),
                                                               QStringLiteral("--name"), QStringLiteral("ghost")}
                                                << QStringLiteral("no segment called");
    }

    void errorsGoToStderrWithNonZeroExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments << QStringLiteral("--db") << m_db;
        const Run run = runSwb(arguments);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCliWorkflow)
#include "tst_cliworkflow.moc"
