// Column stores shared in one process: one load for requests that overlap in time, a new load once the last holder
// let go, a failed load leaves the work to a waiting request, a cancelled wait, no sharing without a key.
#include "model/filter/sharedcolumnstores.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace swb;

class TstSharedColumnStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    // A fresh store of the fixture after `delayMs`, counting the calls.
    SharedColumnStores::Loader loader(QAtomicInt* calls, int delayMs = 0, bool fail = false)
    {
        return [this, calls, delayMs, fail](QString* error) -> std::shared_ptr<const ColumnStore> {
            calls->fetchAndAddOrdered(1);
            QThread::msleep(delayMs);
            if (fail) {
                *error = QStringLiteral("disk on fire");
                return nullptr;
            }
            // Each loader call opens its own connection, as each job does.
            auto workspace = Workspace::open(m_workspace->db().path(), Workspace::OpenMode::OpenExisting, error);
            if (!workspace)
                return nullptr;
            return ColumnStore::load(workspace->db(), workspace->fields(), QString(), error);
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws.sqlite")), Workspace::OpenMode::CreateIfMissing,
                                      &error);
        QVERIFY2(m_workspace, qPrintable(error));
        test::FilterFixtureOptions options;
        options.rows = 300;
        QVERIFY2(test::buildFilterFixture(*m_workspace, options, &error), qPrintable(error));
    }

    void overlappingRequestsLoadOnce()
    {
        QAtomicInt calls = 0;
        std::vector<std::shared_ptr<const ColumnStore>> got(4);
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t i = 0; i < got.size(); ++i) {
            threads.emplace_back(QThread::create([&, i] {
                QString error;
                got[i] = SharedColumnStores::obtain("overlapping", loader(&calls, 200), &error);
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(20000));
        QCOMPARE(calls.loadRelaxed(), 1);
        for (const auto& store : got) {
            QVERIFY(store);
            QVERIFY(store == got.front());
        }
        QCOMPARE(got.front()->rowCount(), 300);
    }

    void aStoreNobodyHoldsIsLoadedAgain()
    {
        QAtomicInt calls = 0;
        QString error;
        auto first = SharedColumnStores::obtain("released", loader(&calls), &error);
        QVERIFY(first);
        const int alive = SharedColumnStores::aliveCount();
        auto again = SharedColumnStores::obtain("released", loader(&calls), &error);
        QCOMPARE(calls.loadRelaxed(), 1); // still held: shared
        QVERIFY(again == first);
        first.reset();
        again.reset();
        QCOMPARE(SharedColumnStores::aliveCount(), alive - 1);
        auto third = SharedColumnStores::obtain("released", loader(&calls), &error);
        QVERIFY(third);
        QCOMPARE(calls.loadRelaxed(), 2);
    }

    void aWaiterLoadsWhenTheLoadFails()
    {
        QAtomicInt failing = 0;
        QAtomicInt working = 0;
        std::shared_ptr<const ColumnStore> failed;
        QString failedError;
        std::unique_ptr<QThread> first(QThread::create(
            [&] { failed = SharedColumnStores::obtain("failing", loader(&failing, 300, true), &failedError); }));
        first->start();
        QThread::msleep(50); // the first request is loading
        QString error;
        auto store = SharedColumnStores::obtain("failing", loader(&working), &error);
        QVERIFY(first->wait(20000));
        QVERIFY(!failed);
        QCOMPARE(failedError, QStringLiteral("disk on fire"));
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(failing.loadRelaxed(), 1);
        QCOMPARE(working.loadRelaxed(), 1);
    }

    void aWaitCanBeCancelled()
    {
        QAtomicInt calls = 0;
        std::unique_ptr<QThread> slow(QThread::create([&] {
            QString error;
            SharedColumnStores::obtain("slow", loader(&calls, 1500), &error);
        }));
        slow->start();
        QThread::msleep(50);
        QAtomicInt waiterCalls = 0;
        QString error;
        QElapsedTimer clock;
        clock.start();
        const auto store = SharedColumnStores::obtain("slow", loader(&waiterCalls), &error,
                                                      [&clock] { return clock.elapsed() > 200; });
        QVERIFY(!store);
        QVERIFY(error.contains(QStringLiteral("Cancelled")));
        QVERIFY(clock.elapsed() < 1400);
        QCOMPARE(waiterCalls.loadRelaxed(), 0);
        QVERIFY(slow->wait(20000));
    }

    void noKeyNoSharing()
    {
        QAtomicInt calls = 0;
        QString error;
        auto a = SharedColumnStores::obtain({}, loader(&calls), &error);
        auto b = SharedColumnStores::obtain({}, loader(&calls), &error);
        QVERIFY(a && b && a != b);
        QCOMPARE(calls.loadRelaxed(), 2);
    }
};

QTEST_GUILESS_MAIN(TstSharedColumnStores)
#include "tst_sharedcolumnstores.moc"
