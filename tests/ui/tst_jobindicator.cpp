// The status bar's job indicator: a job appears only once it has run for JobIndicator::showDelayMs (short counts
// and table pages never make it flicker), with its title and progress, and its Cancel button cancels it.
#include "model/jobs/jobtracker.h"
#include "ui/shell/jobindicator.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QTest>
#include <QToolButton>

using namespace swb;

namespace {

// Counts the times a widget is shown.
class ShowCounter : public QObject
{
public:
    int shows = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            ++shows;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TstJobIndicator : public QObject
{
    Q_OBJECT

private slots:
    void shortJobsAreNeverShown()
    {
        QWidget window;
        JobTracker tracker;
        auto* indicator = new JobIndicator(&tracker, &window);
        ShowCounter counter;
        indicator->installEventFilter(&counter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(indicator->isHidden());
        // Ten jobs of 20 ms each, one after the other, then some time for a late timer to fire.
        for (int i = 0; i < 10; ++i) {
            QPromise<void> promise;
            promise.start();
            tracker.add(QStringLiteral("Counting"), promise.future());
            QTest::qWait(20);
            promise.finish();
        }
        QTRY_VERIFY(!tracker.isBusy());
        QTest::qWait(2 * JobIndicator::showDelayMs);
        QCOMPARE(counter.shows, 0);
        QVERIFY(indicator->isHidden());
        QVERIFY(!indicator->isShowingJob());
    }

    void longJobIsShownAfterTheDelayAndCanBeCancelled()
    {
        QWidget window;
        JobTracker tracker;
        auto* indicator = new JobIndicator(&tracker, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPromise<void> promise;
        promise.start();
        promise.setProgressRange(0, 1000);
        QElapsedTimer clock;
        clock.start();
        const int id = tracker.add(QStringLiteral("Exporting customers.csv"), promise.future());
        QVERIFY(!indicator->isShowingJob());
        QTRY_VERIFY(indicator->isShowingJob());
        // Qt timers may fire a few milliseconds early.
        QVERIFY2(clock.elapsed() >= JobIndicator::showDelayMs - 20, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(indicator->shownJobId(), id);
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->findChild<QLabel*>()->text(), QStringLiteral("Exporting customers.csv"));

        promise.setProgressValue(250);
        QTRY_COMPARE(indicator->findChild<QProgressBar*>()->value(), 250);

        auto* cancel = indicator->findChild<QToolButton*>();
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(promise.isCanceled());
        promise.finish();
        QTRY_VERIFY(indicator->isHidden());
        QVERIFY(!indicator->isShowingJob());
    }

    void aShortJobBesideALongOneIsNotCounted()
    {
        QWidget window;
        JobTracker tracker;
        auto* indicator = new JobIndicator(&tracker, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPromise<void> longJob;
        longJob.start();
        tracker.add(QStringLiteral("Importing orders.csv"), longJob.future());
        QTRY_VERIFY(indicator->isShowingJob());
        QPromise<void> shortJob;
        shortJob.start();
        tracker.add(QStringLiteral("Counting"), shortJob.future());
        auto* label = indicator->findChild<QLabel*>();
        QCOMPARE(label->text(), QStringLiteral("Importing orders.csv"));
        // Once it has run long enough, the second job is counted too.
        QTRY_VERIFY(label->text() != QStringLiteral("Importing orders.csv"));
        QVERIFY2(label->text().startsWith(QStringLiteral("Importing orders.csv")), qPrintable(label->text()));
        shortJob.finish();
        longJob.finish();
        QTRY_VERIFY(indicator->isHidden());
    }
};

QTEST_MAIN(TstJobIndicator)
#include "tst_jobindicator.moc"
