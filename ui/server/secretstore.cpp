#include "ui/server/secretstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace swb {

QString SecretStore::service()
{
    return QStringLiteral("Segment Workbench PostgreSQL");
}

void SecretStore::read(const QString& key, QObject* context,
                       std::function<void(const QString& password, const QString& error)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->errorString());
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& password, QObject* context,
                        std::function<void(const QString& error)> done)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job, [job, done = std::move(done)] {
        if (done)
            done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace swb
