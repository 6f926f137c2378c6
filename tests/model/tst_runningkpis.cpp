// RunningKpis against StoreKpis::compute: a set of rows that grows and shrinks at random (as the base and the
// segments of a trend do from one date to the next) has, after every step, exactly the KPIs computed from scratch —
// with NULLs, NPS answers outside 0..10 and fractional ones, last purchases as text (odd forms, NULL) or as numbers,
// predicted CLVs (the derived field of swb clv --save) with many decimals;
// and where a running value could differ from the sum in row order (fractional orders, amounts beyond ±1e12), it
// gives nothing while such a row is in the set, and answers again once the row has left.
#include "model/analytics/runningkpis.h"
#include "model/analytics/storekpis.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace swb;

namespace {

enum class Data { WholeNumbers, NumericLastPurchase, FractionalOrders, HugeRevenue, HugePredictedClv, MissingRoles };

// Every value and its count of unknown inputs (known = size − unknown for each KPI), compared exactly.
QJsonObject valuesOf(const KpiSet& set)
{
    QJsonObject object = set.toJson();
    object.insert(QStringLiteral("name"), set.name);
    return object;
}

const QStringList s_lastPurchases{
    QStringLiteral("2024-06-30"),          QStringLiteral("2024-02-30"),
    QStringLiteral("2024-06-01 23:59:59"), QStringLiteral("2024-06-01 22:00-05:00"),
    QStringLiteral("2024-05-31 24:00:00"), QStringLiteral("2023-12-31Z"),
    QStringLiteral("yesterday"),           QStringLiteral("2024-01-15"),
    QStringLiteral("2022-03-01 08:00"),
};

// 800 customers; the row with id 7 holds the value a running sum cannot hold exactly (FractionalOrders,
// HugeRevenue, HugePredictedClv). Without roles (MissingRoles), no predicted_clv field either.
std::shared_ptr<const ColumnStore> makeStore(Workspace& workspace, Data data, QString* error)
{
    using test::makeField;
    const bool numericLast = data == Data::NumericLastPurchase;
    QList<FieldInfo> fields{
        makeField(QStringLiteral("id"), FieldType::Integer, FieldRole::CustomerKey),
        makeField(QStringLiteral("revenue"), FieldType::Real, FieldRole::Revenue),
        makeField(QStringLiteral("orders"), FieldType::Integer, FieldRole::OrdersCount),
        makeField(QStringLiteral("last"), numericLast ? FieldType::Real : FieldType::Date, FieldRole::LastPurchaseDate),
        makeField(QStringLiteral("churn"), FieldType::Boolean, FieldRole::Churn),
        makeField(QStringLiteral("nps"), FieldType::Real, FieldRole::Nps)};
    FieldInfo predicted = makeField(QStringLiteral("predicted_clv"), FieldType::Real);
    predicted.derived = true; // as ClvSave stores it
    fields << predicted;
    if (data == Data::MissingRoles) {
        fields[2].role = FieldRole::None;
        fields[5].role = FieldRole::None;
        fields.removeLast();
    }
    if (data == Data::FractionalOrders)
        fields[2].type = FieldType::Real;
    QRandomGenerator random(11 + quint32(data));
    auto nullOr = [&](int percent, const QVariant& value) {
        return int(random.bounded(100)) < percent ? QVariant() : value;
    };
    QList<QVariantList> rows;
    for (int i = 1; i <= 800; ++i) {
        QVariant revenue = nullOr(20, double(int(random.bounded(4000000)) - 200000) / 1000.0);
        QVariant orders = nullOr(20, qint64(random.bounded(12)));
        if (i == 7 && data == Data::HugeRevenue)
            revenue = 3.5e12;
        if (i == 7 && data == Data::FractionalOrders)
            orders = 2.25;
        const QVariant last = numericLast
            ? nullOr(25, 2460000.5 + double(random.bounded(400)) + (random.bounded(3) == 0 ? 0.25 : 0.0))
            : nullOr(25, s_lastPurchases.at(random.bounded(int(s_lastPurchases.size()))));
        const double nps = double(int(random.bounded(13)) - 1) + (random.bounded(4) == 0 ? 0.5 : 0.0);
        QVariant predictedClv = nullOr(15, random.generateDouble() * 900.0);
        if (i == 7 && data == Data::HugePredictedClv)
            predictedClv = 2.5e12;
        rows << QVariantList{qint64(i), revenue, orders, last, nullOr(30, qint64(random.bounded(2))), nullOr(40, nps)};
        if (data != Data::MissingRoles)
            rows.last() << predictedClv;
    }
    if (!test::createCustomers(workspace.db(), fields, rows, error))
        return {};
    return ColumnStore::load(workspace.db(), workspace.fields(), QStringLiteral("id"), error);
}

qint64 rowOfId(const ColumnStore& store, qint64 id)
{
    const ColumnStore::Column* key = store.column(QStringLiteral("id"));
    for (qint64 row = 0; row < store.rowCount(); ++row) {
        if (key->integers[size_t(row)] == id)
            return row;
    }
    return -1;
}

} // namespace

class TstRunningKpis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void sameAsTheFullComputation_data();
    void sameAsTheFullComputation();
    void trackedSetFollowsItsRows_data();
    void trackedSetFollowsItsRows();
};

void TstRunningKpis::sameAsTheFullComputation_data()
{
    QTest::addColumn<int>("data");
    QTest::newRow("whole numbers, text last purchases") << int(Data::WholeNumbers);
    QTest::newRow("numeric last purchases") << int(Data::NumericLastPurchase);
    QTest::newRow("a fractional orders count") << int(Data::FractionalOrders);
    QTest::newRow("an amount beyond 1e12") << int(Data::HugeRevenue);
    QTest::newRow("a predicted CLV beyond 1e12") << int(Data::HugePredictedClv);
    QTest::newRow("orders and NPS without a role") << int(Data::MissingRoles);
}

void TstRunningKpis::sameAsTheFullComputation()
{
    QFETCH(int, data);
    QString error;
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(data)),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto store = makeStore(*workspace, Data(data), &error);
    QVERIFY2(store, qPrintable(error));
    const StoreKpis kpis(*store);
    QVERIFY(kpis.isExact());
    const qint64 odd = rowOfId(*store, 7); // the row a running sum cannot hold exactly, for two of the data sets
    const bool oddData = Data(data) == Data::FractionalOrders || Data(data) == Data::HugeRevenue
        || Data(data) == Data::HugePredictedClv;

    RunningKpis running(kpis);
    Bitset rows(store->rowCount());
    QRandomGenerator random(5);
    int answered = 0;
    int declined = 0;
    for (int step = 0; step < 60; ++step) {
        // Big moves first (everyone in, most out), then a few rows at a time; the odd row in and out again.
        const int percent = step < 4 ? (step % 2 == 0 ? 100 : 90) : int(random.bounded(6));
        for (qint64 row = 0; row < store->rowCount(); ++row) {
            const bool flip = row == odd ? step % 10 == 5 || step % 10 == 8 : int(random.bounded(100)) < percent;
            if (!flip)
                continue;
            if (rows.test(row)) {
                running.remove(row);
                rows.reset(row);
            } else {
                running.add(row);
                rows.set(row);
            }
        }
        QCOMPARE(running.size(), rows.count());
        for (const QDate& asOf : {QDate(2024, 7, 1), QDate(2025, 2, 28)}) {
            const KpiSet expected = kpis.compute(QStringLiteral("s"), &rows, asOf);
            const auto set = running.result(QStringLiteral("s"), asOf);
            const bool mustDecline = oddData && rows.test(odd);
            QVERIFY2(set.has_value() != mustDecline, qPrintable(QStringLiteral("step %1").arg(step)));
            if (!set) {
                ++declined;
                continue;
            }
            ++answered;
            // The predicted CLV reads every row of the set exactly when its derived field is there.
            const KpiValue& predicted = expected.predictedClv;
            QCOMPARE(predicted.known + predicted.unknown, Data(data) == Data::MissingRoles ? 0 : expected.size);
            QVERIFY2(valuesOf(*set) == valuesOf(expected),
                     QJsonDocument(valuesOf(*set)).toJson() + QJsonDocument(valuesOf(expected)).toJson());
        }
    }
    QVERIFY(answered > 60);
    QCOMPARE(declined > 0, oddData);
}

void TstRunningKpis::trackedSetFollowsItsRows_data()
{
    QTest::addColumn<uint>("changing");
    QTest::newRow("the derived parts change")
        << uint(RunningKpis::Revenue | RunningKpis::Orders | RunningKpis::LastPurchase);
    QTest::newRow("every part changes") << uint(RunningKpis::AllParts & ~RunningKpis::Member);
    QTest::newRow("the predicted CLV changes") << uint(RunningKpis::PredictedClv);
    QTest::newRow("nothing changes") << 0U;
}

// A TrackedSet moved from one set of rows to another, after some of its rows changed (their changing parts left and
// came back): the KPIs of the new set.
void TstRunningKpis::trackedSetFollowsItsRows()
{
    QFETCH(uint, changing);
    QString error;
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("tracked%1.sqlite").arg(changing)),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto store = makeStore(*workspace, Data::WholeNumbers, &error);
    QVERIFY2(store, qPrintable(error));
    const StoreKpis kpis(*store);
    TrackedSet tracked(kpis, changing);
    QRandomGenerator random(9);
    const QDate asOf(2024, 7, 1);
    qint64 joined = 0;
    qint64 left = 0;
    Bitset previous(store->rowCount());
    for (int step = 0; step < 40; ++step) {
        const int inPercent = int(random.bounded(20, 95));
        const Bitset rows
            = Bitset::fromPredicate(store->rowCount(), [&](qint64) { return int(random.bounded(100)) < inPercent; });
        const Bitset changed
            = Bitset::fromPredicate(store->rowCount(), [&](qint64) { return random.bounded(100) < 30; });
        for (qint64 row = 0; row < store->rowCount(); ++row) {
            if (changed.test(row)) {
                tracked.beforeRowChanges(row);
                tracked.afterRowChanged(row);
            }
        }
        tracked.moveTo(rows);
        joined += Bitset(rows).subtract(previous).count();
        left += Bitset(previous).subtract(rows).count();
        previous = rows;
        const KpiSet expected = kpis.compute(QStringLiteral("t"), &rows, asOf);
        const auto set = tracked.kpis().result(QStringLiteral("t"), asOf);
        QVERIFY(set);
        QVERIFY2(valuesOf(*set) == valuesOf(expected),
                 QJsonDocument(valuesOf(*set)).toJson() + QJsonDocument(valuesOf(expected)).toJson());
    }
    QVERIFY(joined > 1000 && left > 1000);
}

QTEST_GUILESS_MAIN(TstRunningKpis)
#include "tst_runningkpis.moc"
