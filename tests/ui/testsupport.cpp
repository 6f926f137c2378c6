#include "testsupport.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/jobs/workspacesession.h"
#include "model/workspace.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace swb::test {

bool openSession(WorkspaceSession& session, const QString& path, QString* error)
{
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    QSignalSpy failed(&session, &WorkspaceSession::openFailed);
    session.open(path);
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 30000)) {
        if (error)
            *error = QStringLiteral("%1 did not open within 30 s").arg(path);
        return false;
    }
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().at(1).toString();
        return false;
    }
    return true;
}

QList<FieldInfo> writeCustomerWorkspace(const QString& path, int rows, QString* error)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, error);
    if (!workspace)
        return {};
    Database& db = workspace->db();
    if (!db.exec("CREATE TABLE customers(id TEXT, name TEXT, email TEXT, country TEXT, revenue REAL, "
                 "orders INTEGER, last_purchase TEXT)",
                 error))
        return {};
    Transaction transaction(db);
    Statement insert = db.prepare(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)"), error);
    QRandomGenerator random(20240611);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR")};
    for (int i = 0; i < rows; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        insert.bind(2, QStringLiteral("Customer %1").arg(i + 1));
        insert.bind(3, QStringLiteral("  Person.%1@Example.COM ").arg(i + 1));
        if (i % 7 == 3)
            insert.bindNull(4);
        else
            insert.bind(4, countries.at(int(random.bounded(countries.size()))));
        // Few distinct values, so that sorting by revenue has long runs of ties across pages.
        if (i % 11 == 5)
            insert.bindNull(5);
        else
            insert.bind(5, double(random.bounded(20)) * 12.5);
        insert.bind(6, qint64(random.bounded(30)));
        insert.bind(7, QDate(2024, 1, 1).addDays(qint64(random.bounded(365))).toString(Qt::ISODate));
        if (!insert.run()) {
            if (error)
                *error = insert.errorMessage();
            return {};
        }
    }
    const auto field = [](const char* name, FieldType type, FieldRole role, bool pii, int position) {
        FieldInfo info;
        info.name = QString::fromLatin1(name);
        info.originalHeader = info.name;
        info.type = type;
        info.role = role;
        info.pii = pii;
        info.position = position;
        return info;
    };
    const QList<FieldInfo> fields{field("id", FieldType::Text, FieldRole::CustomerKey, false, 0),
                                  field("name", FieldType::Text, FieldRole::Name, true, 1),
                                  field("email", FieldType::Text, FieldRole::Email, true, 2),
                                  field("country", FieldType::Text, FieldRole::Country, false, 3),
                                  field("revenue", FieldType::Real, FieldRole::Revenue, false, 4),
                                  field("orders", FieldType::Integer, FieldRole::OrdersCount, false, 5),
                                  field("last_purchase", FieldType::Date, FieldRole::LastPurchaseDate, false, 6)};
    if (!FieldCatalog::replace(db, QStringLiteral("customers"), fields, error) || !transaction.commit(error))
        return {};
    return fields;
}

QList<qint64> rowidsInOrder(const QString& path, const QString& orderBy, const QString& where)
{
    QList<qint64> rowids;
    auto db = Workspace::connect(path, true, nullptr);
    if (!db)
        return rowids;
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    Statement statement
        = db->prepare(QStringLiteral("SELECT rowid FROM customers%1 ORDER BY %2").arg(condition, orderBy));
    while (statement.next())
        rowids.append(statement.toInt64(0));
    return rowids;
}

qint64 customerCount(const QString& path)
{
    auto db = Workspace::connect(path, true, nullptr);
    if (!db || !db->tableExists(QStringLiteral("customers")))
        return -1;
    return db->scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
}

} // namespace swb::test
