// KPIs on PostgreSQL against SQLite: the demo workspace copied to one server and to a coordinator with two shards;
// the KPIs of the base and of 120 random definitions (in sets of 12, one statement each) agree with KpiCalculator on
// the workspace file — sizes, known and unknown counts exactly, values within 1e-9 relative — and `swb kpis --json`
// prints the same report for the demo's segments.
#include "model/analytics/kpicalculator.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgkpis.h"
#include "model/postgres/pgworkspace.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

QString compare(const QString& what, const KpiValue& expected, const KpiValue& actual)
{
    if (expected.known != actual.known || expected.unknown != actual.unknown)
        return QStringLiteral("%1: known/unknown %2/%3, PostgreSQL %4/%5")
            .arg(what)
            .arg(expected.known)
            .arg(expected.unknown)
            .arg(actual.known)
            .arg(actual.unknown);
    if (expected.value.has_value() != actual.value.has_value())
        return QStringLiteral("%1: available %2, PostgreSQL %3")
            .arg(what)
            .arg(expected.value.has_value())
            .arg(actual.value.has_value());
    if (expected.value) {
        const double a = *expected.value;
        const double b = *actual.value;
        if (std::abs(a - b) > 1e-9 * std::max(std::abs(a), std::abs(b)))
            return QStringLiteral("%1: %2, PostgreSQL %3").arg(what).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
    }
    return {};
}

QString compare(const KpiSet& expected, const KpiSet& actual)
{
    if (expected.size != actual.size)
        return QStringLiteral("size %1, PostgreSQL %2").arg(expected.size).arg(actual.size);
    if (expected.share != actual.share)
        return QStringLiteral("share differs");
    const std::pair<const char*, KpiValue KpiSet::*> values[] = {
        {"revenue", &KpiSet::revenue},
        {"revenue per customer", &KpiSet::revenuePerCustomer},
        {"average order value", &KpiSet::averageOrderValue},
        {"purchase frequency", &KpiSet::purchaseFrequency},
        {"median recency", &KpiSet::medianRecencyDays},
        {"churn rate", &KpiSet::churnRate},
        {"nps", &KpiSet::nps},
        {"clv", &KpiSet::clv},
        {"predicted clv", &KpiSet::predictedClv},
    };
    for (const auto& [name, member] : values) {
        if (QString difference = compare(QLatin1String(name), expected.*member, actual.*member); !difference.isEmpty())
            return difference;
    }
    return {};
}

} // namespace

class TstPgKpis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file;
    QStringList m_segments;

private slots:
    void initTestCase()
    {
        QString error;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 5000, 23, &m_servers, &m_segments, &error), qPrintable(error));
    }

    void randomDefinitionsAgree_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("one server") << QStringLiteral("SWB_PG_PLAIN");
        QTest::newRow("shards") << QStringLiteral("SWB_PG_COORD");
    }

    void randomDefinitionsAgree()
    {
        QFETCH(QString, server);
        QString error;
        auto workspace = Workspace::open(m_file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        auto pg = PgWorkspace::open(m_servers.value(server), &error);
        QVERIFY2(pg, qPrintable(error));
        const QDate asOf = workspace->asOfDate();
        QCOMPARE(pg->asOfDate(), asOf);
        const FilterContext context = FilterContext::fromWorkspace(*workspace);
        test::DefinitionGenerator generator(*workspace, 1219, m_segments);
        int compared = 0;
        for (int batch = 0; batch < 10; ++batch) {
            QList<KpiSelection> selections;
            QList<PgKpiSet> sets;
            for (int i = 0; i < 12; ++i) {
                const QByteArray json = QJsonDocument(generator.group(0)).toJson(QJsonDocument::Compact);
                const auto resolved = FilterResolver::resolve(json, context, &error);
                QVERIFY2(resolved, qPrintable(error));
                const QString name = QStringLiteral("set %1").arg(batch * 12 + i);
                selections << KpiSelection{name, Selection::definition(json)};
                sets << PgKpiSet{name, *resolved};
            }
            const auto expected = KpiCalculator::compute(*workspace, asOf, selections, &error);
            QVERIFY2(expected, qPrintable(error));
            const auto actual = PgKpis::compute(*pg, asOf, sets, &error);
            QVERIFY2(actual, qPrintable(error));
            QCOMPARE(actual->unavailable, expected->unavailable);
            QString difference = compare(expected->base, actual->base);
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("base: ") + difference));
            QCOMPARE(actual->segments.size(), expected->segments.size());
            for (qsizetype i = 0; i < sets.size(); ++i) {
                difference = compare(expected->segments.at(i), actual->segments.at(i));
                QVERIFY2(difference.isEmpty(), qPrintable(sets.at(i).name + QStringLiteral(": ") + difference));
                compared += expected->segments.at(i).size > 0 ? 1 : 0;
            }
        }
        QVERIFY2(compared > 60, qPrintable(QString::number(compared)));
    }

    void cliPrintsTheSameReport()
    {
        QStringList segmentOptions;
        for (const QString& name : m_segments)
            segmentOptions << QStringLiteral("--segment") << name;
        QString error;
        const QByteArray expected = test::swbOutput(
            QStringList{QStringLiteral("kpis"), QStringLiteral("--db"), m_file, QStringLiteral("--json")}
                + segmentOptions,
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QJsonDocument::fromJson(expected).object().value(QStringLiteral("segments")).toObject().size()
                == m_segments.size());
        for (const char* server : {"SWB_PG_PLAIN", "SWB_PG_COORD"}) {
            const QByteArray actual
                = test::swbOutput(QStringList{QStringLiteral("kpis"), QStringLiteral("--db"),
                                              m_servers.value(QLatin1String(server)), QStringLiteral("--json")}
                                      + segmentOptions,
                                  &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TstPgKpis)
#include "tst_pgkpis.moc"
