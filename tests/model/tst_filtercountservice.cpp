// The count service: background load with progress, answers off the GUI thread, newest request wins, reload,
// cancel, errors.
#include "model/database.h"
#include "model/filter/countservice.h"
#include "model/filter/filtercompiler.h"
#include "model/filter/filterresolver.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

const QByteArray s_definition
    = R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"},)"
      R"({"combinator":"or","rules":[{"field":"revenue","operator":">=","value":500},)"
      R"({"field":"age","operator":"<","value":30}]},{"field":"signup","operator":"notInLastDays","value":365}]})";
const QByteArray s_young = R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":30}]})";
const QByteArray s_old = R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":60}]})";

} // namespace

class TstFilterCountService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 sqlCount(const QByteArray& definition);

private slots:
    void initTestCase();
    void loadsAndCounts();
    void answersRequestsMadeWhileLoading();
    void newestRequestWins();
    void reportsInvalidDefinitions();
    void reloadSeesNewData();
    void asOfDateFollowsTheData();
    void cancelsLoading();
    void missingWorkspaceFails();
};

qint64 TstFilterCountService::sqlCount(const QByteArray& definition)
{
    QString error;
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return -1;
    const auto resolved = FilterResolver::resolve(definition, FilterContext::fromWorkspace(*workspace), &error);
    if (!resolved)
        return -1;
    return FilterCompiler::count(workspace->db(),
                                 FilterCompiler::compile(*resolved, workspace->customerKeyExpression()), &error)
        .value_or(-1);
}

void TstFilterCountService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("service.sqlite"));
    QString error;
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error));
    test::FilterFixtureOptions options;
    options.rows = 25000; // enough for the two-thread load
    options.seed = 9;
    QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));
}

void TstFilterCountService::loadsAndCounts()
{
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy progress(&service, &CountService::loadProgress);
    QSignalSpy ready(&service, &CountService::countReady);
    service.open(m_path);
    QCOMPARE(service.state(), CountService::State::Loading);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toLongLong(), 25000);
    QCOMPARE(service.state(), CountService::State::Ready);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 100);

    const int id = service.requestCount(s_definition);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toInt(), id);
    const qint64 expected = sqlCount(s_definition);
    QVERIFY(expected > 0 && expected < 25000);
    QCOMPARE(ready.at(0).at(1).toLongLong(), expected);
    const auto funnel = ready.at(0).at(2).value<FilterFunnel>();
    QCOMPARE(funnel.total, 25000);
    QCOMPARE(funnel.count, expected);
    QCOMPARE(funnel.steps.size(), 4);
    QCOMPARE(funnel.steps.at(1).path, QStringLiteral("rules[1].rules[0]"));
    // Muting the last rule: the SQL count of the first three.
    const QByteArray withoutLast
        = R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"},)"
          R"({"combinator":"or","rules":[{"field":"revenue","operator":">=","value":500},{"field":"age","operator":"<","value":30}]}]})";
    QCOMPARE(funnel.steps.at(3).countWithout, sqlCount(withoutLast));
    QCOMPARE(funnel.steps.at(0).matching,
             sqlCount(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":"DE,AT"}]})"));
}

void TstFilterCountService::answersRequestsMadeWhileLoading()
{
    CountService service;
    QSignalSpy ready(&service, &CountService::countReady);
    service.open(m_path);
    const int id = service.requestCount(s_young, false);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toInt(), id);
    QCOMPARE(ready.at(0).at(1).toLongLong(), sqlCount(s_young));
}

void TstFilterCountService::newestRequestWins()
{
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy ready(&service, &CountService::countReady);
    QSignalSpy failed(&service, &CountService::countFailed);
    service.open(m_path);
    QTRY_COMPARE(loaded.count(), 1);
    // The first starts at once, the second waits and is superseded by the third; only the third is answered.
    const int first = service.requestCount(s_young);
    const int second = service.requestCount(s_definition);
    const int third = service.requestCount(s_old);
    QVERIFY(first < second && second < third);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toInt(), third);
    QCOMPARE(ready.at(0).at(1).toLongLong(), sqlCount(s_old));
    // Nothing else arrives for the outdated requests: a later request is answered next, alone.
    const int fourth = service.requestCount(s_young);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(ready.at(1).at(0).toInt(), fourth);
    QCOMPARE(failed.count(), 0);
}

void TstFilterCountService::reportsInvalidDefinitions()
{
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy failed(&service, &CountService::countFailed);
    service.open(m_path);
    QTRY_COMPARE(loaded.count(), 1);
    const int id = service.requestCount(
        R"({"combinator":"and","rules":[{"field":"age","operator":">","value":1},{"field":"agee","operator":"=","value":1}]})");
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), id);
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("rules[1]: unknown field \"agee\"")),
             qPrintable(failed.at(0).at(1).toString()));
}

void TstFilterCountService::reloadSeesNewData()
{
    QString error;
    const QString copy = m_dir.filePath(QStringLiteral("reload.sqlite"));
    {
        auto workspace = Workspace::open(copy, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        test::FilterFixtureOptions options;
        options.rows = 500;
        QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));
    }
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy ready(&service, &CountService::countReady);
    service.open(copy);
    QTRY_COMPARE(loaded.count(), 1);
    service.requestCount(s_old);
    QTRY_COMPARE(ready.count(), 1);
    const qint64 before = ready.at(0).at(1).toLongLong();
    {
        auto workspace = Workspace::open(copy, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(workspace->db().exec("UPDATE customers SET age = 75 WHERE age < 60 OR age IS NULL", &error));
    }
    service.reload();
    QTRY_COMPARE(loaded.count(), 2);
    service.requestCount(s_old);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(ready.at(1).at(1).toLongLong(), 500);
    QVERIFY(before < 500);
}

// Without an override the as-of date is the day after the latest purchase; the service reads it from its store.
void TstFilterCountService::asOfDateFollowsTheData()
{
    QString error;
    const QString file = m_dir.filePath(QStringLiteral("asof.sqlite"));
    {
        auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        test::FilterFixtureOptions options;
        options.rows = 700;
        QVERIFY2(test::buildFilterFixture(*workspace, options, &error), qPrintable(error));
        QVERIFY(workspace->setAsOfDateOverride(std::nullopt, &error));
        QVERIFY(workspace->asOfDate() != QDate(2024, 7, 1));
    }
    const QByteArray recent
        = R"({"combinator":"and","rules":[{"field":"last_seen","operator":"inLastDays","value":200},)"
          R"({"field":"signup","operator":"moreThanDaysAgo","value":30}]})";
    CountService service;
    QSignalSpy loaded(&service, &CountService::loaded);
    QSignalSpy ready(&service, &CountService::countReady);
    service.open(file);
    QTRY_COMPARE(loaded.count(), 1);
    service.requestCount(recent);
    QTRY_COMPARE(ready.count(), 1);
    const QString saved = m_path;
    m_path = file;
    const qint64 expected = sqlCount(recent);
    m_path = saved;
    QVERIFY(expected > 0 && expected < 700);
    QCOMPARE(ready.at(0).at(1).toLongLong(), expected);
    // An override set later is seen by the next request without a reload.
    {
        auto workspace = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(workspace->setAsOfDateOverride(QDate(2021, 1, 1), &error));
    }
    service.requestCount(recent);
    QTRY_COMPARE(ready.count(), 2);
    m_path = file;
    QCOMPARE(ready.at(1).at(1).toLongLong(), sqlCount(recent));
    m_path = saved;
    QVERIFY(ready.at(1).at(1).toLongLong() != expected);
}

void TstFilterCountService::cancelsLoading()
{
    CountService service;
    QSignalSpy canceled(&service, &CountService::loadCanceled);
    QSignalSpy loaded(&service, &CountService::loaded);
    service.open(m_path);
    service.cancelLoad();
    QTRY_COMPARE(canceled.count(), 1);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(service.state(), CountService::State::Idle);
    // Opening again works.
    service.open(m_path);
    QTRY_COMPARE(loaded.count(), 1);
}

void TstFilterCountService::missingWorkspaceFails()
{
    CountService service;
    QSignalSpy loadFailed(&service, &CountService::loadFailed);
    QSignalSpy failed(&service, &CountService::countFailed);
    service.open(m_dir.filePath(QStringLiteral("absent.sqlite")));
    const int id = service.requestCount(s_young);
    QTRY_COMPARE(loadFailed.count(), 1);
    QVERIFY(loadFailed.at(0).at(0).toString().contains(QStringLiteral("does not exist")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), id);
    QCOMPARE(service.state(), CountService::State::Failed);
    // A request on a failed service is answered with an error, not silence.
    const int later = service.requestCount(s_young);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(0).toInt(), later);
}

QTEST_GUILESS_MAIN(TstFilterCountService)
#include "tst_filtercountservice.moc"
