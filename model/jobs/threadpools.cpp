#include "model/jobs/threadpools.h"

#include <QCoreApplication>
#include <QThreadPool>

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

} // namespace swb::ThreadPools
