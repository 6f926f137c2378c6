// The one job path: Jobs::start runs on the kind's pool, reports throttled progress, registers with the tracker
// and can be cancelled there; LatestJob delivers only the newest result; the Writes pool keeps order.
#include "model/jobs/job.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/latestjob.h"
#include "model/jobs/threadpools.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <stdexcept>

using namespace swb;

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void runsOnThePoolOfItsKind_data();
    void runsOnThePoolOfItsKind();
    void registersWithTheApplicationTracker();
    void cancelFromTheTrackerDropsTheResult();
    void progressIsThrottledAndEndsAtTheTop();
    void newerJobSupersedesTheOlder();
    void requestCancelStillReportsTheEnd();
    void whenFinishedDeliversOnTheContextsThread_data();
    void whenFinishedDeliversOnTheContextsThread();
    void writesRunInOrder();
    void addFromAWorkerThreadIsQueued();
    void waitingDoesNotRunTheJobOnTheWaitingThread();
    void anExceptionReachesTheFuture();
};

void TestJobs::runsOnThePoolOfItsKind_data()
{
    QTest::addColumn<int>("pool");
    QTest::addColumn<QString>("poolName");
    QTest::newRow("interactive") << int(JobPool::Interactive) << "swb-interactive";
    QTest::newRow("long-running") << int(JobPool::LongRunning) << "swb-long-running";
    QTest::newRow("writes") << int(JobPool::Writes) << "swb-writes";
}

void TestJobs::runsOnThePoolOfItsKind()
{
    QFETCH(int, pool);
    QFETCH(QString, poolName);
    JobTracker tracker;
    QThreadPool* expected = Jobs::pool(JobPool(pool));
    QCOMPARE(expected->objectName(), poolName);
    QFuture<bool> future = Jobs::start<bool>({QStringLiteral("probe"), JobPool(pool), true, &tracker},
                                             [](JobControl&) { return QThread::currentThread() != qApp->thread(); });
    future.waitForFinished();
    QCOMPARE(future.resultCount(), 1);
    QVERIFY(future.result());
}

void TestJobs::registersWithTheApplicationTracker()
{
    JobTracker* tracker = JobTracker::application();
    QVERIFY(tracker);
    QCOMPARE(JobTracker::application(), tracker);
    QSignalSpy added(tracker, &JobTracker::jobAdded);
    QSignalSpy finished(tracker, &JobTracker::jobFinished);
    QAtomicInt release;
    QFuture<int> future = Jobs::start<int>({QStringLiteral("Counting sheep")}, [&release](JobControl&) {
        while (!release.loadAcquire())
            QThread::msleep(1);
        return 42;
    });
    QCOMPARE(added.count(), 1);
    QCOMPARE(tracker->jobs().size(), 1);
    QCOMPARE(tracker->jobs().first().title, QStringLiteral("Counting sheep"));
    release.storeRelease(1);
    QVERIFY(finished.wait(5000));
    QVERIFY(tracker->jobs().isEmpty());
    QCOMPARE(future.result(), 42);
}

void TestJobs::cancelFromTheTrackerDropsTheResult()
{
    JobTracker tracker;
    QObject owner;
    LatestJob<int> job(&owner);
    bool done = false;
    bool canceled = false;
    QAtomicInt sawCancel;
    QAtomicInt started;
    job.start(
        {QStringLiteral("Endless"), JobPool::LongRunning, true, &tracker},
        [&sawCancel, &started](JobControl& control) {
            started.storeRelease(1);
            while (!control.isCanceled())
                QThread::msleep(1);
            sawCancel.storeRelease(1);
            return 1;
        },
        [&done](const int&) { done = true; }, [&canceled] { canceled = true; });
    QCOMPARE(tracker.jobs().size(), 1);
    QTRY_COMPARE(started.loadAcquire(), 1);
    tracker.cancel(tracker.jobs().first().id);
    QTRY_VERIFY(canceled);
    QTRY_COMPARE(sawCancel.loadAcquire(), 1);
    QVERIFY(!done);
    QTRY_VERIFY(tracker.jobs().isEmpty());
}

void TestJobs::progressIsThrottledAndEndsAtTheTop()
{
    JobTracker tracker;
    QObject owner;
    LatestJob<int> job(&owner);
    QList<int> values;
    job.onProgress([&values](int value, const QString&) { values << value; });
    bool done = false;
    job.start(
        {QStringLiteral("Many steps"), JobPool::Interactive, true, &tracker},
        [](JobControl& control) {
            for (int row = 1; row <= 200000; ++row)
                control.setProgress(row, 200000);
            return 0;
        },
        [&done](const int&) { done = true; });
    QTRY_VERIFY(done);
    // 200,000 steps in a fraction of a second: only a handful are sent, and the last is 1000.
    QVERIFY2(values.size() <= 20, qPrintable(QString::number(values.size())));
    QVERIFY(!values.isEmpty());
    QCOMPARE(values.last(), 1000);
}

void TestJobs::newerJobSupersedesTheOlder()
{
    JobTracker tracker;
    QObject owner;
    LatestJob<int> job(&owner);
    QList<int> results;
    QAtomicInt firstCanceled;
    QAtomicInt started;
    const auto slow = [&firstCanceled, &started](JobControl& control) {
        started.storeRelease(1);
        while (!control.isCanceled())
            QThread::msleep(1);
        firstCanceled.storeRelease(1);
        return 1;
    };
    QFuture<int> first = job.start({QStringLiteral("first"), JobPool::Interactive, true, &tracker}, slow,
                                   [&results](const int& value) { results << value; });
    QTRY_COMPARE(started.loadAcquire(), 1);
    job.start(
        {QStringLiteral("second"), JobPool::Interactive, true, &tracker}, [](JobControl&) { return 2; },
        [&results](const int& value) { results << value; });
    QTRY_COMPARE(results, QList<int>{2});
    QTRY_COMPARE(firstCanceled.loadAcquire(), 1);
    QVERIFY(first.isCanceled());
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(results, QList<int>{2});
}

void TestJobs::requestCancelStillReportsTheEnd()
{
    JobTracker tracker;
    QObject owner;
    LatestJob<int> job(&owner);
    bool done = false;
    bool canceled = false;
    QAtomicInt started;
    QAtomicInt stopped;
    job.start(
        {QStringLiteral("Rolling back"), JobPool::LongRunning, true, &tracker},
        [&started, &stopped](JobControl& control) {
            started.storeRelease(1);
            while (!control.isCanceled())
                QThread::msleep(1);
            QThread::msleep(50); // a rollback
            stopped.storeRelease(1);
            return 1;
        },
        [&done](const int&) { done = true; }, [&canceled] { canceled = true; });
    QTRY_COMPARE(started.loadAcquire(), 1);
    job.requestCancel();
    QVERIFY(job.isRunning()); // until the work has stopped
    QTRY_VERIFY(canceled);
    QCOMPARE(stopped.loadAcquire(), 1);
    QVERIFY(!done);
    QVERIFY(!job.isRunning());
}

void TestJobs::whenFinishedDeliversOnTheContextsThread_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("result") << false;
    QTest::newRow("cancelled") << true;
}

void TestJobs::whenFinishedDeliversOnTheContextsThread()
{
    QFETCH(bool, cancel);
    JobTracker tracker;
    QObject context;
    QAtomicInt release;
    QFuture<int> future
        = Jobs::start<int>({QStringLiteral("Saving"), JobPool::LongRunning, true, &tracker}, [&release](JobControl&) {
              while (!release.loadAcquire())
                  QThread::msleep(1);
              return 5;
          });
    QList<int> results;
    int canceled = 0;
    QThread* deliveredOn = nullptr;
    Jobs::whenFinished<int>(
        future, &context,
        [&](const int& value) {
            results << value;
            deliveredOn = QThread::currentThread();
        },
        [&] {
            ++canceled;
            deliveredOn = QThread::currentThread();
        });
    if (cancel)
        future.cancel();
    release.storeRelease(1);
    QTRY_VERIFY(deliveredOn);
    QCOMPARE(deliveredOn, context.thread());
    QCOMPARE(results, cancel ? QList<int>() : QList<int>{5});
    QCOMPARE(canceled, cancel ? 1 : 0);
    // The helper's watcher is gone once it has delivered.
    QTRY_COMPARE(context.findChildren<QObject*>().size(), 0);
}

void TestJobs::writesRunInOrder()
{
    JobTracker tracker;
    QMutex mutex;
    QList<int> order;
    QList<QFuture<int>> futures;
    for (int i = 0; i < 20; ++i) {
        futures << Jobs::start<int>({QStringLiteral("write"), JobPool::Writes, false, &tracker},
                                    [i, &mutex, &order](JobControl&) {
                                        QThread::msleep(i % 3);
                                        QMutexLocker lock(&mutex);
                                        order << i;
                                        return i;
                                    });
    }
    // Not waitForFinished(): a waiting thread may run a queued task itself (Qt's work stealing), out of order.
    const auto written = [&mutex, &order] {
        QMutexLocker lock(&mutex);
        return order.size();
    };
    QTRY_COMPARE(written(), 20);
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected << i;
    QCOMPARE(order, expected);
    QCOMPARE(ThreadPools::writes()->maxThreadCount(), 1);
}

void TestJobs::addFromAWorkerThreadIsQueued()
{
    JobTracker tracker;
    QSignalSpy added(&tracker, &JobTracker::jobAdded);
    QFuture<int> inner;
    QFuture<void> outer = QtConcurrent::run([&tracker, &inner] {
        inner = Jobs::start<int>({QStringLiteral("from a worker"), JobPool::Interactive, true, &tracker},
                                 [](JobControl&) { return 7; });
    });
    outer.waitForFinished();
    QVERIFY(added.wait(5000));
    QCOMPARE(inner.result(), 7);
}

void TestJobs::waitingDoesNotRunTheJobOnTheWaitingThread()
{
    // The single writes thread is busy, so the second job is still queued when the main thread waits for it:
    // QtConcurrent would then run it right here (work stealing), on the thread that must stay free.
    JobTracker tracker;
    QAtomicInt release = 0;
    QFuture<int> blocker
        = Jobs::start<int>({QStringLiteral("blocker"), JobPool::Writes, true, &tracker}, [&release](JobControl&) {
              while (!release.loadAcquire())
                  QThread::msleep(5);
              return 1;
          });
    QFuture<QThread*> queued = Jobs::start<QThread*>({QStringLiteral("queued"), JobPool::Writes, true, &tracker},
                                                     [](JobControl&) { return QThread::currentThread(); });
    std::unique_ptr<QThread> releaser(QThread::create([&release] {
        QThread::msleep(100);
        release.storeRelease(1);
    }));
    releaser->start();
    queued.waitForFinished();
    releaser->wait();
    QCOMPARE(blocker.result(), 1);
    QVERIFY(queued.result() != QThread::currentThread());
}

void TestJobs::anExceptionReachesTheFuture()
{
    JobTracker tracker;
    QFuture<int> future = Jobs::start<int>({QStringLiteral("throws"), JobPool::Interactive, true, &tracker},
                                           [](JobControl&) -> int { throw std::runtime_error("broken"); });
    QTRY_VERIFY(future.isFinished());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, future.result());
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
