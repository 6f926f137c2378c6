// KPIs of design.md on hand-made data: arithmetic, NULLs left out and counted, missing roles unavailable, lift.
#include "model/analytics/clvsave.h"
#include "model/analytics/kpicalculator.h"
#include "model/analytics/kpiservice.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

class TstKpiCalculator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Six customers. Revenue NULL for one, NPS answered by four, churn unknown for one, predicted CLV (the derived
    // field of swb clv --save) unknown for one.
    //  id  country revenue orders last        churn nps   predicted_clv
    //  1   DE      100     1      2024-06-30  0     10    120.5
    //  2   DE      300     3      2024-06-01  0     9     80.25
    //  3   AT      NULL    0      NULL        1     NULL  NULL
    //  4   AT      600     2      2024-05-01  1     3     10.125
    //  5   FR      50      1      2023-12-31  NULL  7     0
    //  6   FR      950     4      2024-06-29  0     NULL  200
    enum class Predicted { Missing, Derived, Imported, DerivedText };

    void createWorkspace(const QString& path, bool withRoles, Predicted predicted = Predicted::Missing)
    {
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->db().exec(
            "CREATE TABLE customers(id INTEGER, country TEXT, revenue REAL, orders INTEGER, last TEXT, churn INTEGER,"
            " nps INTEGER);"
            "INSERT INTO customers VALUES (1, 'DE', 100, 1, '2024-06-30', 0, 10), (2, 'DE', 300, 3, '2024-06-01', 0, "
            "9),"
            "(3, 'AT', NULL, 0, NULL, 1, NULL), (4, 'AT', 600, 2, '2024-05-01 13:45:00', 1, 3),"
            "(5, 'FR', 50, 1, '2023-12-31', NULL, 7), (6, 'FR', 950, 4, '2024-06-29', 0, NULL);"));
        auto field = [](const char* name, FieldType type, FieldRole role) {
            FieldInfo info;
            info.name = QString::fromLatin1(name);
            info.type = type;
            info.role = role;
            return info;
        };
        QList<FieldInfo> fields{field("id", FieldType::Integer, FieldRole::CustomerKey),
                                field("country", FieldType::Text, FieldRole::Country)};
        if (withRoles) {
            fields << field("revenue", FieldType::Real, FieldRole::Revenue)
                   << field("orders", FieldType::Integer, FieldRole::OrdersCount)
                   << field("last", FieldType::Date, FieldRole::LastPurchaseDate)
                   << field("churn", FieldType::Boolean, FieldRole::Churn)
                   << field("nps", FieldType::Integer, FieldRole::Nps);
        }
        if (predicted != Predicted::Missing) {
            QVERIFY(ws->db().exec("ALTER TABLE customers ADD COLUMN predicted_clv REAL;"
                                  "UPDATE customers SET predicted_clv = CASE id WHEN 1 THEN 120.5 WHEN 2 THEN 80.25 "
                                  "WHEN 4 THEN 10.125 WHEN 5 THEN 0 WHEN 6 THEN 200 END;"));
            FieldInfo info
                = field("predicted_clv", predicted == Predicted::DerivedText ? FieldType::Text : FieldType::Real,
                        FieldRole::None);
            info.derived = predicted != Predicted::Imported;
            fields << info;
        }
        QVERIFY2(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error), qPrintable(error));
        SegmentRepository segments(*ws);
        QVERIFY2(segments.saveDynamic(QStringLiteral("DACH"),
                                      "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\","
                                      "\"value\":\"DE,AT\"}]}",
                                      &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("kpi.sqlite"));
        createWorkspace(m_path, true, Predicted::Derived);
    }

    void baseKpis_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<double>("expected");
        QTest::addColumn<qint64>("unknown");
        // Revenue: 100 + 300 + 600 + 50 + 950 = 2000 over 5 known; orders 11 over 6.
        QTest::newRow("revenue") << QStringLiteral("revenue") << 2000.0 << qint64(1);
        QTest::newRow("revenue-per-customer") << QStringLiteral("revenue_per_customer") << 400.0 << qint64(1);
        QTest::newRow("clv") << QStringLiteral("clv") << 400.0 << qint64(1);
        QTest::newRow("average-order-value") << QStringLiteral("average_order_value") << 2000.0 / 11.0 << qint64(1);
        QTest::newRow("purchase-frequency") << QStringLiteral("purchase_frequency") << 11.0 / 6.0 << qint64(0);
        // As of 2024-07-01: recencies 1, 30, 61, 183, 2 → median 30.
        QTest::newRow("median-recency") << QStringLiteral("median_recency_days") << 30.0 << qint64(1);
        // Churn known for 5: 0, 0, 1, 1, 0 → 0.4.
        QTest::newRow("churn-rate") << QStringLiteral("churn_rate") << 0.4 << qint64(1);
        // NPS answers 10, 9, 3, 7: promoters 2/4, detractors 1/4 → 25.
        QTest::newRow("nps") << QStringLiteral("nps") << 25.0 << qint64(2);
        // Predicted CLV: (120.5 + 80.25 + 10.125 + 0 + 200) / 5, the NULL left out.
        QTest::newRow("predicted-clv") << QStringLiteral("predicted_clv") << 410.875 / 5.0 << qint64(1);
    }

    void baseKpis()
    {
        QFETCH(QString, kpi);
        QFETCH(double, expected);
        QFETCH(qint64, unknown);
        const KpiOutcome outcome = KpiService::compute(m_path, {}, QDate(2024, 7, 1));
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const QJsonObject base = outcome.report->toJson().value(QStringLiteral("base")).toObject();
        QCOMPARE(base.value(QStringLiteral("size")).toInteger(), 6);
        QVERIFY2(std::abs(base.value(kpi).toDouble() - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1 = %2").arg(kpi).arg(base.value(kpi).toDouble())));
        QCOMPARE(base.value(QStringLiteral("unknown")).toObject().value(kpi).toInteger(), unknown);
    }

    void segmentKpisAndLift()
    {
        const KpiOutcome outcome = KpiService::compute(m_path, {QStringLiteral("DACH")}, QDate(2024, 7, 1));
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const QJsonObject dach = outcome.report->toJson()
                                     .value(QStringLiteral("segments"))
                                     .toObject()
                                     .value(QStringLiteral("DACH"))
                                     .toObject();
        QCOMPARE(dach.value(QStringLiteral("size")).toInteger(), 4);
        QCOMPARE(dach.value(QStringLiteral("share")).toDouble(), 4.0 / 6.0);
        // DACH revenue 1000 over 3 known → 333.33; base 400 → lift 83.33.
        QVERIFY(std::abs(dach.value(QStringLiteral("revenue_per_customer")).toDouble() - 1000.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(dach.value(QStringLiteral("lift_revenue_per_customer")).toDouble() - 1000.0 / 3.0 / 4.0)
                < 1e-9);
        // Churn 0, 0, 1, 1 → 0.5; lift 125.
        QVERIFY(std::abs(dach.value(QStringLiteral("lift_churn_rate")).toDouble() - 125.0) < 1e-9);
        // NPS 10, 9, 3 → 2/3 − 1/3 = 33.3.
        QVERIFY(std::abs(dach.value(QStringLiteral("nps")).toDouble() - 100.0 / 3.0) < 1e-9);
        // Predicted CLV 120.5, 80.25, 10.125 (one NULL) → 70.29; base 82.175.
        QVERIFY(std::abs(dach.value(QStringLiteral("predicted_clv")).toDouble() - 210.875 / 3.0) < 1e-9);
        QCOMPARE(dach.value(QStringLiteral("unknown")).toObject().value(QStringLiteral("predicted_clv")).toInteger(),
                 1);
        QVERIFY(std::abs(dach.value(QStringLiteral("lift_predicted_clv")).toDouble()
                         - 210.875 / 3.0 / (410.875 / 5.0) * 100.0)
                < 1e-9);
        QVERIFY(outcome.report->unavailable.isEmpty());
    }

    void missingRolesAreUnavailableNotZero()
    {
        const QString path = m_dir.filePath(QStringLiteral("noroles.sqlite"));
        createWorkspace(path, false);
        const KpiOutcome outcome = KpiService::compute(path, {QStringLiteral("DACH")}, QDate(2024, 7, 1));
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const QJsonObject json = outcome.report->toJson();
        const QJsonObject base = json.value(QStringLiteral("base")).toObject();
        QCOMPARE(base.value(QStringLiteral("size")).toInteger(), 6);
        for (const char* kpi : {"revenue", "revenue_per_customer", "average_order_value", "purchase_frequency",
                                "median_recency_days", "churn_rate", "nps", "clv", "predicted_clv"}) {
            QVERIFY2(base.value(QLatin1String(kpi)).isNull(), kpi);
            QVERIFY2(json.value(QStringLiteral("segments"))
                         .toObject()
                         .value(QStringLiteral("DACH"))
                         .toObject()
                         .value(QStringLiteral("lift_") + QLatin1String(kpi))
                         .isNull(),
                     kpi);
        }
        QCOMPARE(json.value(QStringLiteral("unavailable")).toArray().size(), 6);
        QVERIFY(json.value(QStringLiteral("unavailable"))
                    .toArray()
                    .contains(QStringLiteral(
                        "predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a "
                        "segment there)")));
    }

    // Only the derived, numeric predicted_clv of swb clv --save counts: an imported column of that name, or a text
    // one, leaves the KPI unavailable (and not 0), with what to do.
    void predictedClvNeedsTheDerivedField_data()
    {
        QTest::addColumn<int>("predicted");
        QTest::addColumn<bool>("available");
        QTest::newRow("missing") << int(Predicted::Missing) << false;
        QTest::newRow("derived") << int(Predicted::Derived) << true;
        QTest::newRow("imported") << int(Predicted::Imported) << false;
        QTest::newRow("derived-text") << int(Predicted::DerivedText) << false;
    }

    void predictedClvNeedsTheDerivedField()
    {
        QFETCH(int, predicted);
        QFETCH(bool, available);
        // The field the KPI reads is the one swb clv --save writes.
        QVERIFY(ClvSave::fieldNames().contains(KpiCalculator::predictedClvField()));
        const QString path = m_dir.filePath(QStringLiteral("predicted%1.sqlite").arg(predicted));
        createWorkspace(path, true, Predicted(predicted));
        const KpiOutcome outcome = KpiService::compute(path, {QStringLiteral("DACH")}, QDate(2024, 7, 1));
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const QJsonObject json = outcome.report->toJson();
        const QJsonObject base = json.value(QStringLiteral("base")).toObject();
        QCOMPARE(base.contains(QStringLiteral("predicted_clv")), true);
        QCOMPARE(!base.value(QStringLiteral("predicted_clv")).isNull(), available);
        QCOMPARE(!json.value(QStringLiteral("segments"))
                      .toObject()
                      .value(QStringLiteral("DACH"))
                      .toObject()
                      .value(QStringLiteral("lift_predicted_clv"))
                      .isNull(),
                 available);
        const QStringList unavailable = outcome.report->unavailable;
        QCOMPARE(unavailable.size(), available ? 0 : 1);
        if (!available)
            QVERIFY2(unavailable.first().startsWith(QStringLiteral("predicted_clv (run swb clv --save")),
                     qPrintable(unavailable.first()));
        // The SQL path (the reference of the store path) agrees.
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto bySql = KpiCalculator::computeBySql(
            *ws, QDate(2024, 7, 1), {KpiSelection{QStringLiteral("DACH"), Selection::segment(QStringLiteral("DACH"))}},
            &error);
        QVERIFY2(bySql, qPrintable(error));
        QCOMPARE(bySql->toJson(), json);
    }

    void emptySegmentHasNoRatios()
    {
        QString error;
        {
            auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY(ws);
            SegmentRepository segments(*ws);
            QVERIFY(segments.saveDynamic(QStringLiteral("Nobody"),
                                         "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"=\","
                                         "\"value\":\"US\"}]}",
                                         &error));
        }
        const KpiOutcome outcome = KpiService::compute(m_path, {QStringLiteral("Nobody")}, QDate(2024, 7, 1));
        QVERIFY2(outcome.report, qPrintable(outcome.error));
        const KpiSet& nobody = outcome.report->segments.first();
        QCOMPARE(nobody.size, 0);
        QVERIFY(!nobody.revenuePerCustomer.available());
        QVERIFY(!nobody.averageOrderValue.available());
        QVERIFY(!nobody.nps.available());
        QCOMPARE(nobody.share.value_or(-1), 0.0);
    }

    void serviceRunsInBackground()
    {
        KpiService service;
        QSignalSpy finished(&service, &KpiService::finished);
        QSignalSpy failed(&service, &KpiService::failed);
        service.start(m_path, {QStringLiteral("DACH")}, QDate(2024, 7, 1));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
        const auto report = finished.first().first().value<KpiReport>();
        QCOMPARE(report.segments.size(), 1);

        service.start(m_path, {QStringLiteral("no such segment")});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no such segment")));
    }

    void newerRequestSupersedesRunningOne()
    {
        KpiService service;
        QSignalSpy finished(&service, &KpiService::finished);
        QSignalSpy failed(&service, &KpiService::failed);
        // The older request would fail (unknown segment); only the newer one is answered.
        const QFuture<KpiOutcome> older = service.start(m_path, {QStringLiteral("no such segment")});
        const QFuture<KpiOutcome> newer = service.start(m_path, {QStringLiteral("DACH")}, QDate(2024, 7, 1));
        QVERIFY(older.isCanceled());
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(older.isFinished() && newer.isFinished(), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().first().value<KpiReport>().segments.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstKpiCalculator)
#include "tst_kpicalculator.moc"
