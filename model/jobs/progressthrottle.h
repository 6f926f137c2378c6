// Decides which progress values of a worker are worth sending to the GUI thread: a change of at least one step,
// and not more often than a few times a second, so that a fast job does not flood the event loop with repaints.
#pragma once

#include <QElapsedTimer>

namespace swb {

class ProgressThrottle
{
public:
    explicit ProgressThrottle(int intervalMs = 100)
        : m_intervalMs(intervalMs)
    {
        m_clock.start();
    }

    // True when `value` should be reported now; the last value of a range (`final`) always is.
    bool accept(int value, bool final = false)
    {
        if (value == m_last)
            return false;
        if (!final && m_last >= 0 && m_clock.elapsed() < m_intervalMs)
            return false;
        m_last = value;
        m_clock.restart();
        return true;
    }

private:
    QElapsedTimer m_clock;
    int m_intervalMs = 100;
    int m_last = -1;
};

} // namespace swb
