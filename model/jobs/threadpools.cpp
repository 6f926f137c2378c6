#include "model/jobs/threadpools.h"

#include <QCoreApplication>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace swb::ThreadPools {

namespace {

// Owned by the application object, so that its destructor waits for the tasks still running while the
// application (and everything the tasks use) still exists.
QThreadPool* makePool(int threads, const char* name)
{
    auto* pool = new QThreadPool(QCoreApplication::instance());
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(threads);
    pool->setExpiryTimeout(60000);
    return pool;
}

} // namespace

QThreadPool* interactive()
{
    static QThreadPool* pool = makePool(2, "swb-interactive");
    return pool;
}

QThreadPool* longRunning()
{
    static QThreadPool* pool = makePool(2, "swb-long-running");
    return pool;
}

QThreadPool* writes()
{
    static QThreadPool* pool = makePool(1, "swb-writes");
    return pool;
}

void lowerPriorityOfThisThread()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread; setpriority() with the thread id changes this thread only. Failure
    // (a sandbox forbidding it) leaves the normal priority, which is still correct, only less smooth.
    constexpr int backgroundNice = 10;
    const auto thread = id_t(syscall(SYS_gettid));
    if (getpriority(PRIO_PROCESS, thread) < backgroundNice)
        setpriority(PRIO_PROCESS, thread, backgroundNice);
#endif
}

} // namespace swb::ThreadPools
