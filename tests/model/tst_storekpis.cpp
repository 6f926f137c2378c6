// StoreKpis against KpiCalculator's SQL: the same KPIs, exactly, for the base and every segment of several
// workspaces (the demo, NULL-heavy data with odd dates, missing roles), at two as-of dates.
#include "model/analytics/kpicalculator.h"
#include "model/analytics/storekpis.h"
#include "model/fieldcatalog.h"
#include "model/filter/filterevaluator.h"
#include "model/jobs/demoworkspace.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace swb;

namespace {

bool sameValue(const KpiValue& a, const KpiValue& b)
{
    return a.value == b.value && a.known == b.known && a.unknown == b.unknown;
}

bool sameSet(const KpiSet& a, const KpiSet& b)
{
    return a.name == b.name && a.size == b.size && sameValue(a.revenue, b.revenue)
        && sameValue(a.revenuePerCustomer, b.revenuePerCustomer) && sameValue(a.averageOrderValue, b.averageOrderValue)
        && sameValue(a.purchaseFrequency, b.purchaseFrequency) && sameValue(a.medianRecencyDays, b.medianRecencyDays)
        && sameValue(a.churnRate, b.churnRate) && sameValue(a.nps, b.nps) && sameValue(a.clv, b.clv)
        && sameValue(a.predictedClv, b.predictedClv);
}

QByteArray dump(const KpiSet& set)
{
    QJsonObject object = set.toJson();
    object.insert(QStringLiteral("name"), set.name);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Last purchases in the forms SQLite's date() reads differently: time zones move the day, Feb 30 rolls over, hour
// 24, 'T', fractions, text date() cannot read, and NULL.
const QStringList s_lastPurchases{
    QStringLiteral("2024-06-30"),
    QStringLiteral("2024-02-30"),
    QStringLiteral("2024-06-01 23:59:59"),
    QStringLiteral("2024-06-01T10:00"),
    QStringLiteral("2024-06-01 22:00-05:00"),
    QStringLiteral("2024-06-01 01:00+03:00"),
    QStringLiteral("2024-05-31 24:00:00"),
    QStringLiteral("2024-05-01 13:45:00.125"),
    QStringLiteral("2023-12-31Z"),
    QStringLiteral("yesterday"),
    QStringLiteral(""),
    QStringLiteral("2024-13-01"),
    QStringLiteral("0000-01-01"),
    QStringLiteral(" 2024-06-02"),
    QStringLiteral("2024-6-2"),
};

// Every KPI role, many NULLs, NPS answers outside 0..10, fractional orders and money, odd dates; with all roles also
// the derived predicted_clv of swb clv --save (many decimals, NULLs).
bool buildNullHeavy(Workspace& workspace, bool withAllRoles, QString* error)
{
    using test::makeField;
    QList<FieldInfo> fields{makeField(QStringLiteral("id"), FieldType::Integer, FieldRole::CustomerKey),
                            makeField(QStringLiteral("country"), FieldType::Text, FieldRole::Country),
                            makeField(QStringLiteral("revenue"), FieldType::Real, FieldRole::Revenue),
                            makeField(QStringLiteral("orders"), FieldType::Real, FieldRole::OrdersCount),
                            makeField(QStringLiteral("last"), FieldType::Date, FieldRole::LastPurchaseDate),
                            makeField(QStringLiteral("churn"), FieldType::Boolean, FieldRole::Churn),
                            makeField(QStringLiteral("nps"), FieldType::Real, FieldRole::Nps)};
    if (!withAllRoles) {
        fields[3].role = FieldRole::None; // orders
        fields[6].role = FieldRole::None; // nps
        fields[5].type = FieldType::Text; // churn: not numeric, so unavailable
    } else {
        FieldInfo predicted = makeField(QStringLiteral("predicted_clv"), FieldType::Real);
        predicted.derived = true;
        fields << predicted;
    }
    QRandomGenerator random(7);
    auto nullOr = [&](int percent, const QVariant& value) {
        return int(random.bounded(100)) < percent ? QVariant() : value;
    };
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("FR")};
    QList<QVariantList> rows;
    for (int i = 0; i < 1500; ++i) {
        const double nps = double(int(random.bounded(13)) - 1) + (random.bounded(4) == 0 ? 0.5 : 0.0);
        rows << QVariantList{qint64(i + 1),
                             nullOr(10, countries.at(random.bounded(3))),
                             nullOr(30, double(int(random.bounded(2000000)) - 100000) / 1000.0),
                             nullOr(30, random.bounded(5) == 0 ? 2.25 : double(random.bounded(9))),
                             nullOr(25, s_lastPurchases.at(random.bounded(int(s_lastPurchases.size())))),
                             nullOr(40, qint64(random.bounded(2))),
                             nullOr(50, nps)};
        if (withAllRoles)
            rows.last() << nullOr(20, random.generateDouble() * 2000.0 - 50.0);
    }
    Database& db = workspace.db();
    return test::createCustomers(db, fields, rows, error)
        && test::saveSegment(
               db, QStringLiteral("DACH"), false,
               "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\",\"value\":\"DE,AT\"}]}",
               {}, error)
        && test::saveSegment(
               db, QStringLiteral("Big"), false,
               "{\"combinator\":\"and\",\"rules\":[{\"field\":\"revenue\",\"operator\":\">\",\"value\":\"1500\"}]}", {},
               error)
        && test::saveSegment(db, QStringLiteral("Listed"), true, {}, {qint64(3), qint64(5), qint64(8), qint64(99999)},
                             error)
        && test::saveSegment(
               db, QStringLiteral("Nobody"), false,
               "{\"combinator\":\"and\",\"rules\":[{\"field\":\"revenue\",\"operator\":\">\",\"value\":\"1e9\"}]}", {},
               error);
}

QList<KpiSelection> savedSegments(Workspace& workspace)
{
    QList<KpiSelection> selections;
    for (const Segment& segment : SegmentRepository(workspace).list())
        selections << KpiSelection{segment.name, Selection::segment(segment.name)};
    return selections;
}

} // namespace

class TstStoreKpis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_paths;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        DemoOptions demo;
        demo.customers = 4000;
        m_paths.insert(QStringLiteral("demo"), m_dir.filePath(QStringLiteral("demo.sqlite")));
        const DemoWorkspaceResult created = DemoWorkspace::create(m_paths.value(QStringLiteral("demo")), demo);
        QVERIFY2(created.ok, qPrintable(created.error));
        QVERIFY(created.segments.size() >= 3);

        for (const bool allRoles : {true, false}) {
            const QString name = allRoles ? QStringLiteral("null-heavy") : QStringLiteral("missing-roles");
            m_paths.insert(name, m_dir.filePath(name + QStringLiteral(".sqlite")));
            auto workspace = Workspace::open(m_paths.value(name), Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(workspace, qPrintable(error));
            QVERIFY2(buildNullHeavy(*workspace, allRoles, &error), qPrintable(error));
        }
        // Revenue and a datetime last purchase only, text keys, an Irregular column the KPIs do not read.
        m_paths.insert(QStringLiteral("filter-fixture"), m_dir.filePath(QStringLiteral("fixture.sqlite")));
        auto fixture = Workspace::open(m_paths.value(QStringLiteral("filter-fixture")),
                                       Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(fixture, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*fixture, {}, &error), qPrintable(error));

        // The null-heavy workspace with text in its revenue column (Irregular in the store).
        m_paths.insert(QStringLiteral("irregular"), m_dir.filePath(QStringLiteral("irregular.sqlite")));
        auto irregular
            = Workspace::open(m_paths.value(QStringLiteral("irregular")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(irregular, qPrintable(error));
        QVERIFY2(buildNullHeavy(*irregular, true, &error), qPrintable(error));
        QVERIFY(irregular->db().exec("UPDATE customers SET revenue = 'about 12' WHERE id = 4"));
    }

    void sameAsSql_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QDate>("asOf");
        for (const char* name : {"demo", "null-heavy", "missing-roles", "filter-fixture"}) {
            QTest::addRow("%s-2024-07-01", name) << QString::fromLatin1(name) << QDate(2024, 7, 1);
            QTest::addRow("%s-2021-03-15", name) << QString::fromLatin1(name) << QDate(2021, 3, 15);
        }
    }

    void sameAsSql()
    {
        QFETCH(QString, workspace);
        QFETCH(QDate, asOf);
        QString error;
        auto ws = Workspace::open(m_paths.value(workspace), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QList<KpiSelection> selections = savedSegments(*ws);
        QVERIFY(selections.size() >= 3);
        const auto reference = KpiCalculator::computeBySql(*ws, asOf, selections, &error);
        QVERIFY2(reference, qPrintable(error));

        const QList<FieldInfo> fields = ws->fields();
        const auto key = FieldCatalog::findByRole(fields, FieldRole::CustomerKey);
        std::shared_ptr<const ColumnStore> store
            = ColumnStore::load(ws->db(), fields, key ? key->name : QString(), &error);
        QVERIFY2(store, qPrintable(error));
        const StoreKpis kpis(*store);
        QVERIFY(kpis.isExact());
        QCOMPARE(kpis.unavailable(), reference->unavailable);

        const KpiSet base = kpis.compute(QString(), nullptr, asOf);
        QVERIFY2(sameSet(base, reference->base), dump(base) + "\n" + dump(reference->base));
        QVERIFY(base.size > 0);
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&ws->db(), ws->customerKeyExpression());
        SelectionSql sql(*ws); // relative dates count from the workspace's as-of date, as in KpiCalculator
        int nonEmpty = 0;
        for (qsizetype i = 0; i < selections.size(); ++i) {
            const auto rows = sql.rows(selections.at(i).selection, evaluator, &error);
            QVERIFY2(rows, qPrintable(error));
            const KpiSet set = kpis.compute(selections.at(i).name, &*rows, asOf);
            const KpiSet& expected = reference->segments.at(i);
            QVERIFY2(sameSet(set, expected), dump(set) + "\n" + dump(expected));
            QVERIFY(!set.share);
            nonEmpty += set.size > 0 ? 1 : 0;
        }
        QVERIFY(nonEmpty >= 2);
        // Something to compare: the recency, when its role is there, rests on known dates; so does the predicted CLV.
        if (!reference->unavailable.join(QLatin1Char(' ')).contains(QLatin1String("median_recency_days")))
            QVERIFY(base.medianRecencyDays.known > 0);
        QCOMPARE(base.predictedClv.known > 0, workspace == QLatin1String("null-heavy"));
    }

    // KpiCalculator::compute takes the store's path and reports what the SQL reports, to the bit.
    void computeMatchesSql_data()
    {
        QTest::addColumn<QString>("workspace");
        for (const char* name : {"demo", "null-heavy", "missing-roles", "filter-fixture", "irregular"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void computeMatchesSql()
    {
        QFETCH(QString, workspace);
        QString error;
        auto ws = Workspace::open(m_paths.value(workspace), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QList<KpiSelection> selections = savedSegments(*ws);
        selections << KpiSelection{QStringLiteral("two-listed"),
                                   Selection::intersection(Selection::segment(selections.first().name),
                                                           Selection::members({qint64(3), QStringLiteral("K00003")}))};
        const QDate asOf(2024, 7, 1);
        const auto expected = KpiCalculator::computeBySql(*ws, asOf, selections, &error);
        QVERIFY2(expected, qPrintable(error));
        // Small workspaces are read without the kept copy, so computing KPIs never writes to them.
        const QString stateSql = QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'trigger') || "
                                                "'/' || (SELECT group_concat(key || '=' || value) FROM meta)");
        const QString before = ws->db().scalar(stateSql).toString();
        QList<int> percents;
        const auto fast
            = KpiCalculator::compute(*ws, asOf, selections, &error, {}, [&](int percent) { percents << percent; });
        QVERIFY2(fast, qPrintable(error));
        QCOMPARE(fast->toJson(), expected->toJson());
        QCOMPARE(ws->db().scalar(stateSql).toString(), before);
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
        if (workspace == QLatin1String("irregular")) // answered by SQL: revenue is there
            QVERIFY(fast->base.revenue.available());
    }

    void computeCancels()
    {
        QString error;
        auto ws = Workspace::open(m_paths.value(QStringLiteral("demo")), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        int checks = 0;
        const auto report
            = KpiCalculator::compute(*ws, QDate(2024, 7, 1), {KpiSelection{QStringLiteral("all"), Selection::all()}},
                                     &error, [&] { return ++checks > 1; });
        QVERIFY(!report);
        QVERIFY(!error.isEmpty());
    }

    // A KPI column with values of mixed types: StoreKpis says it cannot answer it exactly.
    void irregularColumn()
    {
        QString error;
        auto copy
            = Workspace::open(m_paths.value(QStringLiteral("irregular")), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(copy, qPrintable(error));
        const auto key = FieldCatalog::findByRole(copy->fields(), FieldRole::CustomerKey);
        auto store = ColumnStore::load(copy->db(), copy->fields(), key->name, &error);
        QVERIFY2(store, qPrintable(error));
        const StoreKpis kpis(*store);
        QVERIFY(!kpis.isExact());
        QVERIFY(kpis.unavailable().join(QLatin1Char(' ')).contains(QLatin1String("revenue")));
        const KpiSet base = kpis.compute(QString(), nullptr, QDate(2024, 7, 1));
        QVERIFY(!base.revenue.available());
        QVERIFY(base.nps.available());
    }
};

QTEST_GUILESS_MAIN(TstStoreKpis)
#include "tst_storekpis.moc"
