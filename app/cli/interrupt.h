// What a long command does for a user at a terminal: Ctrl+C cancels it cleanly, and a progress line shows how far it
// is.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace swb::cli {

// While it lives, SIGINT (Ctrl+C) and SIGTERM only mark the command as interrupted, so that it can cancel and clean
// up (an import rolls back) instead of being killed. A second signal kills as usual.
class InterruptScope
{
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

    static bool interrupted();
};

// "Importing customers.csv… 45%" on stderr, rewritten in place at most ten times a second, when stderr is a terminal;
// nothing otherwise (scripts, pipes, tests). The line is cleared when the object goes.
class ProgressLine
{
public:
    explicit ProgressLine(QString label);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    void update(qint64 done, qint64 total);

private:
    QString m_label;
    bool m_terminal = false;
    bool m_shown = false;
    QElapsedTimer m_sinceShown;
};

} // namespace swb::cli
