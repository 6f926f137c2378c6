// What the GUI responsiveness benchmarks share: a 5 ms timer on the GUI thread whose gaps are the event loop's
// stalls, and an application that times every event it delivers, to name what blocked it.
#pragma once

#include "analysis/benchstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace swb {

// Records the gaps between the ticks of a 5 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    void start()
    {
        m_gaps.clear();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_gaps.push_back(double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const { return BenchStats::percentile(m_gaps, p); }
    size_t ticks() const { return m_gaps.size(); }
    size_t over(double ms) const
    {
        return size_t(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
};

// Times every event the GUI thread delivers, to name what blocked it when a gap is long.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        double ms = 0;
        QString what;
    };

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 8.0) {
            m_slow.push_back(
                {ms,
                 QStringLiteral("%1 (%2) to %3 \"%4\"")
                         .arg(type)
                         .arg(QString::fromLatin1(
                             QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                                 .valueToKey(type)))
                         .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                     + (receiver->parent() ? QStringLiteral(" in %1").arg(
                            QString::fromLatin1(receiver->parent()->metaObject()->className()))
                                           : QString())});
        }
        return result;
    }

    void setRecording(bool on) { m_recording = on; }
    void clearSlow() { m_slow.clear(); }
    std::vector<Slow> slowest(size_t n) const
    {
        std::vector<Slow> sorted = m_slow;
        std::sort(sorted.begin(), sorted.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
        sorted.resize(std::min(n, sorted.size()));
        return sorted;
    }

private:
    bool m_recording = false;
    std::vector<Slow> m_slow;
};

} // namespace swb
