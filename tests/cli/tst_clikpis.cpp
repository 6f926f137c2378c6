// `swb kpis` and the predicted CLV: on a demo workspace the KPI is unavailable (with what to do) until `swb clv
// --save` stores the derived field predicted_clv; then the base's and a segment's predicted_clv are SQLite's
// AVG(predicted_clv) over their customers, the NULLs counted as unknown, with the lift against the base.
#include "tests/support/swbrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using swb::test::ProcessRun;
using swb::test::runSwb;

const char s_segment[] = "DACH value";
// The segment's definition, and the same customers in SQL (checked against `swb count`).
const char s_filter[] = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\",\"value\":"
                        "\"DE,AT,CH\"},{\"combinator\":\"or\",\"rules\":[{\"field\":\"total_revenue\",\"operator\":"
                        "\">=\",\"value\":300},{\"field\":\"orders_count\",\"operator\":\">\",\"value\":3}]}]}";
const char s_where[] = "country IN ('DE', 'AT', 'CH') AND (total_revenue >= 300 OR orders_count > 3)";
const char s_todo[] = "predicted_clv (run swb clv --save or Fit Models on the Customer value page and save a "
                      "segment there)";

// `sqlite3 -json DB QUERY`: its one row, or an empty object (the failure in `error`).
QJsonObject sqliteRow(const QString& db, const QString& query, QString* error)
{
    const ProcessRun run = swb::test::runProgram(QStringLiteral("sqlite3"), {QStringLiteral("-json"), db, query});
    if (run.exitCode != 0)
        *error = QString::fromUtf8(run.err);
    return QJsonDocument::fromJson(run.out).array().first().toObject();
}

// Each predicted value is added to the millionth (KpiMath::moneySum), so the mean is within 1e-6 of SQLite's.
bool closeToMillionth(double a, double b)
{
    return std::abs(a - b) <= 1e-6;
}

} // namespace

class TstCliKpis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject kpisJson()
    {
        const ProcessRun run
            = runSwb({QStringLiteral("kpis"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"),
                      QString::fromLatin1(s_segment), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("swb kpis: %s", run.err.constData());
        return run.exitCode == 0 ? run.json() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(SWB_BIN_DIR "/swb")), "build the swb target first");
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        ProcessRun run = runSwb({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--customers"),
                                 QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("17")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--name"), QString::fromLatin1(s_segment), QStringLiteral("--filter"),
                      QString::fromLatin1(s_filter), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const QJsonObject sql = sqliteRow(
            m_db, QStringLiteral("SELECT count(*) AS n FROM customers WHERE ") + QLatin1String(s_where), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(run.json().value(QStringLiteral("size")).toInteger(), sql.value(QStringLiteral("n")).toInteger());
        QVERIFY(sql.value(QStringLiteral("n")).toInteger() > 100);
    }

    // Before the predictions are saved: null (not 0) and listed in "unavailable" with what to do.
    void unavailableBeforeSave()
    {
        const QJsonObject json = kpisJson();
        QVERIFY(!json.isEmpty());
        const QJsonObject base = json.value(QStringLiteral("base")).toObject();
        QVERIFY(base.contains(QStringLiteral("predicted_clv")));
        QVERIFY(base.value(QStringLiteral("predicted_clv")).isNull());
        QVERIFY(!base.value(QStringLiteral("clv")).isNull()); // the historical one is there
        const QJsonObject segment
            = json.value(QStringLiteral("segments")).toObject().value(QLatin1String(s_segment)).toObject();
        QVERIFY(segment.contains(QStringLiteral("lift_predicted_clv")));
        QVERIFY(segment.value(QStringLiteral("lift_predicted_clv")).isNull());
        QVERIFY2(json.value(QStringLiteral("unavailable")).toArray().contains(QLatin1String(s_todo)),
                 QJsonDocument(json.value(QStringLiteral("unavailable")).toArray()).toJson().constData());
    }

    // After `swb clv --save`: the base and the segment agree with SQLite, the NULLs (customers without a purchase
    // by the calibration end) counted as unknown; the text output shows the column.
    void afterSaveMatchesSqlite()
    {
        const ProcessRun saved
            = runSwb({QStringLiteral("clv"), QStringLiteral("--db"), m_db, QStringLiteral("--save")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QJsonObject json = kpisJson();
        QVERIFY(!json.isEmpty());
        QVERIFY(!json.value(QStringLiteral("unavailable")).toArray().contains(QLatin1String(s_todo)));
        QString error;
        const QString sums = QStringLiteral("SELECT avg(predicted_clv) AS mean, count(predicted_clv) AS known, "
                                            "count(*) - count(predicted_clv) AS unknown FROM customers");
        const QJsonObject sqlBase = sqliteRow(m_db, sums, &error);
        const QJsonObject sqlSegment
            = sqliteRow(m_db, sums + QStringLiteral(" WHERE ") + QLatin1String(s_where), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(sqlBase.value(QStringLiteral("known")).toInteger() > 1000);
        QVERIFY(sqlBase.value(QStringLiteral("unknown")).toInteger() > 0); // the demo has customers without orders

        const QJsonObject base = json.value(QStringLiteral("base")).toObject();
        const QJsonObject segment
            = json.value(QStringLiteral("segments")).toObject().value(QLatin1String(s_segment)).toObject();
        struct Pair
        {
            const char* name;
            QJsonObject kpis, sql;
        };
        for (const Pair& pair : {Pair{"base", base, sqlBase}, Pair{"segment", segment, sqlSegment}}) {
            const double mean = pair.kpis.value(QStringLiteral("predicted_clv")).toDouble();
            const double want = pair.sql.value(QStringLiteral("mean")).toDouble();
            QVERIFY2(closeToMillionth(mean, want),
                     qPrintable(QStringLiteral("%1: %2 vs SQLite %3")
                                    .arg(QLatin1String(pair.name))
                                    .arg(mean, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
            const QJsonObject unknown = pair.kpis.value(QStringLiteral("unknown")).toObject();
            QCOMPARE(unknown.value(QStringLiteral("predicted_clv")).toInteger(),
                     pair.sql.value(QStringLiteral("unknown")).toInteger());
        }
        const double lift = segment.value(QStringLiteral("lift_predicted_clv")).toDouble();
        const double wantLift = sqlSegment.value(QStringLiteral("mean")).toDouble()
            / sqlBase.value(QStringLiteral("mean")).toDouble() * 100.0;
        QVERIFY2(std::abs(lift - wantLift) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(lift).arg(wantLift)));
        QVERIFY(lift > 100.0); // chosen for high revenue or many orders: worth more than the average customer

        // The text table: a "predicted CLV" column, the base's value to the cent.
        const ProcessRun text = runSwb({QStringLiteral("kpis"), QStringLiteral("--db"), m_db});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QCOMPARE(lines[1].split(QLatin1Char('\t')).last(), QStringLiteral("predicted CLV"));
        QCOMPARE(lines[2].split(QLatin1Char('\t')).last(),
                 QString::number(base.value(QStringLiteral("predicted_clv")).toDouble(), 'f', 2));
    }
};

QTEST_GUILESS_MAIN(TstCliKpis)
#include "tst_clikpis.moc"
