#include "app/cli/interrupt.h"

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace swb::cli {

namespace {

std::atomic<bool> s_interrupted{false};
struct sigaction s_previousInt;
struct sigaction s_previousTerm;

extern "C" void markInterrupted(int)
{
    s_interrupted.store(true);
}

} // namespace

InterruptScope::InterruptScope()
{
    s_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = &markInterrupted;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second signal finds the default action again
    sigaction(SIGINT, &action, &s_previousInt);
    sigaction(SIGTERM, &action, &s_previousTerm);
}

InterruptScope::~InterruptScope()
{
    sigaction(SIGINT, &s_previousInt, nullptr);
    sigaction(SIGTERM, &s_previousTerm, nullptr);
}

bool InterruptScope::interrupted()
{
    return s_interrupted.load();
}

ProgressLine::ProgressLine(QString label)
    : m_label(std::move(label))
    , m_terminal(isatty(STDERR_FILENO) == 1)
{ }

ProgressLine::~ProgressLine()
{
    if (m_shown) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
}

void ProgressLine::update(qint64 done, qint64 total)
{
    if (!m_terminal || total <= 0 || (m_shown && m_sinceShown.elapsed() < 100))
        return;
    const int percent = int(std::min<qint64>(100, done * 100 / total));
    std::fprintf(stderr, "\r%s %d%%\033[K", qUtf8Printable(m_label), percent);
    std::fflush(stderr);
    m_shown = true;
    m_sinceShown.start();
}

} // namespace swb::cli
