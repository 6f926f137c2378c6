#include "testsupport_pg.h"

#include "model/postgres/pgconnection.h"
#include "model/postgres/pgworkspacecopy.h"
#include "model/workspace.h"
#include "tests/support/demoworkspace.h"

#include <QFile>

namespace swb::test {

QHash<QString, QString> pgServers(QString* error)
{
    const QString path = qEnvironmentVariable("SWB_PG_ENV");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no test servers (SWB_PG_ENV=%1); run the test through ctest, whose fixture starts "
                                "them, or: bash scripts/pg-test-servers.sh start DIR && SWB_PG_ENV=DIR/env …")
                     .arg(path);
        return {};
    }
    QHash<QString, QString> servers;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1String("SWB_PG_")) && equals > 0)
            servers.insert(line.left(equals), line.mid(equals + 1));
    }
    for (const char* name : {"SWB_PG_PLAIN", "SWB_PG_COORD", "SWB_PG_SHARD1", "SWB_PG_SHARD2"}) {
        if (!servers.contains(QLatin1String(name))) {
            *error = QStringLiteral("%1 has no %2").arg(path, QLatin1String(name));
            return {};
        }
    }
    return servers;
}

bool copyToServers(const QString& file, const QHash<QString, QString>& servers, QString* error)
{
    auto workspace = Workspace::open(file, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return false;
    auto plain = PgConnection::open(servers.value(QStringLiteral("SWB_PG_PLAIN")), error);
    if (!plain || !PgWorkspaceCopy::copy(workspace->db(), *plain, {}, error))
        return false;
    auto coordinator = PgConnection::open(servers.value(QStringLiteral("SWB_PG_COORD")), error);
    const PgLayout sharded{{{QStringLiteral("shard1"), servers.value(QStringLiteral("SWB_PG_SHARD1"))},
                            {QStringLiteral("shard2"), servers.value(QStringLiteral("SWB_PG_SHARD2"))}}};
    return coordinator && PgWorkspaceCopy::copy(workspace->db(), *coordinator, sharded, error);
}

bool demoOnServers(const QString& file, int customers, int seed, QHash<QString, QString>* servers,
                   QStringList* segments, QString* error)
{
    *servers = pgServers(error);
    if (servers->isEmpty())
        return false;
    *segments = makeDemoWorkspace(file, customers, error, seed);
    return !segments->isEmpty() && copyToServers(file, *servers, error);
}

} // namespace swb::test
