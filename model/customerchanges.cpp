#include "model/customerchanges.h"

#include "model/database.h"

#include <QRandomGenerator>

#include <array>

namespace swb::customerchanges {

namespace {

constexpr const char* s_key = "customers_version";
constexpr std::array<const char*, 3> s_events{"INSERT", "UPDATE", "DELETE"};

QString triggerName(const char* event)
{
    return QStringLiteral("swb_customers_changed_on_%1").arg(QString::fromLatin1(event).toLower());
}

bool installTriggers(Database& db, QString* error)
{
    if (!db.tableExists(QStringLiteral("customers")))
        return true;
    for (const char* event : s_events) {
        // The WHERE keeps a bulk change by another program from writing the meta row once per customer.
        const QString sql = QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER %2 ON customers BEGIN DELETE FROM "
                                           "meta WHERE key = '%3'; END")
                                .arg(triggerName(event), QString::fromLatin1(event), QString::fromLatin1(s_key));
        if (!db.exec(sql, error))
            return false;
    }
    return true;
}

// A version only means "unchanged since" while all three triggers are there: another program may have dropped one
// (DB Browser's "delete trigger", a script), and changes made since would go unnoticed.
bool triggersInstalled(Database& db)
{
    Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                                "AND tbl_name = 'customers' AND name IN (?, ?, ?)"));
    for (int i = 0; i < int(s_events.size()); ++i)
        count.bind(i + 1, triggerName(s_events[size_t(i)]));
    return count.isValid() && count.next() && count.toInt64(0) == qint64(s_events.size());
}

bool clearVersion(Database& db, QString* error)
{
    return db.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(QString::fromLatin1(s_key)), error);
}

} // namespace

QString version(Database& db)
{
    Statement select = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    select.bind(1, QString::fromLatin1(s_key));
    if (!select.isValid() || !select.next())
        return {};
    const QString current = select.toString(0);
    return triggersInstalled(db) ? current : QString();
}

QString ensureVersion(Database& db)
{
    QString current = version(db);
    if (!current.isEmpty())
        return current;
    Transaction transaction(db);
    if (!transaction.isActive())
        return {};
    // A version left from before a trigger went missing is stale: whatever changed since is unknown.
    if (!triggersInstalled(db) && (!clearVersion(db, nullptr) || !installTriggers(db, nullptr)))
        return {};
    current = version(db); // another program may have assigned one meanwhile
    if (current.isEmpty()) {
        std::array<quint64, 2> random{};
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        current = QString::number(random[0], 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(random[1], 16).rightJustified(16, QLatin1Char('0'));
        Statement insert = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
        insert.bind(1, QString::fromLatin1(s_key));
        insert.bind(2, current);
        if (!insert.run())
            return {};
    }
    return transaction.commit() ? current : QString();
}

bool suspend(Database& db, QString* error)
{
    for (const char* event : s_events) {
        if (!db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(triggerName(event)), error))
            return false;
    }
    return clearVersion(db, error);
}

bool resume(Database& db, QString* error)
{
    return installTriggers(db, error) && clearVersion(db, error);
}

} // namespace swb::customerchanges
