// Fixtures of the segment builder and segments dock tests: a small seeded workspace with every field type, the
// `swb` command line for reference counts, and helpers to drive the builder's widgets.
#pragma once

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"
#include "tests/support/swbrunner.h"
#include "ui/filter/rows/fieldpicker.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/rows/searchlistpopup.h"

#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

namespace swb::filtertest {

// customers: customer_id (text key), country (text, some NULL), age (integer), revenue (real, some NULL),
// newsletter (boolean), last_order (date, relative to the as-of date 2024-07-01), signup (datetime).
inline bool writeWorkspace(const QString& path, int rows, QString* error)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, error);
    if (!workspace)
        return false;
    Database& db = workspace->db();
    if (!db.exec("CREATE TABLE customers(customer_id TEXT, country TEXT, age INTEGER, revenue REAL, "
                 "newsletter INTEGER, last_order TEXT, signup TEXT)",
                 error))
        return false;
    Transaction transaction(db);
    Statement insert = db.prepare(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)"), error);
    QRandomGenerator random(7);
    const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR"),
                                QStringLiteral("IT")};
    for (int i = 0; i < rows; ++i) {
        insert.reset();
        insert.bind(1, QStringLiteral("K%1").arg(i + 1, 5, 10, QLatin1Char('0')));
        if (i % 9 == 4)
            insert.bindNull(2);
        else
            insert.bind(2, countries.at(int(random.bounded(countries.size()))));
        insert.bind(3, qint64(18 + random.bounded(60)));
        if (i % 13 == 6)
            insert.bindNull(4);
        else
            insert.bind(4, double(random.bounded(2000)) / 2.0);
        insert.bind(5, qint64(random.bounded(2)));
        insert.bind(6, QDate(2024, 7, 1).addDays(-qint64(random.bounded(400))).toString(Qt::ISODate));
        insert.bind(7,
                    QStringLiteral("2023-%1-%2 10:30:00")
                        .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                        .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0')));
        if (!insert.run()) {
            if (error)
                *error = insert.errorMessage();
            return false;
        }
    }
    const auto field = [](const char* name, const char* header, FieldType type, FieldRole role, int position) {
        FieldInfo info;
        info.name = QString::fromLatin1(name);
        info.originalHeader = QString::fromLatin1(header);
        info.type = type;
        info.role = role;
        info.position = position;
        return info;
    };
    const QList<FieldInfo> fields{field("customer_id", "Customer ID", FieldType::Text, FieldRole::CustomerKey, 0),
                                  field("country", "Country", FieldType::Text, FieldRole::Country, 1),
                                  field("age", "Age", FieldType::Integer, FieldRole::Age, 2),
                                  field("revenue", "Revenue (EUR)", FieldType::Real, FieldRole::Revenue, 3),
                                  field("newsletter", "Newsletter", FieldType::Boolean, FieldRole::None, 4),
                                  field("last_order", "Last order", FieldType::Date, FieldRole::LastPurchaseDate, 5),
                                  field("signup", "Signed up", FieldType::DateTime, FieldRole::SignupDate, 6)};
    if (!FieldCatalog::replace(db, QStringLiteral("customers"), fields, error) || !transaction.commit(error))
        return false;
    return workspace->setAsOfDateOverride(QDate(2024, 7, 1), error);
}

// `swb count --db <db> --filter <json>`: the count, or -1 with the reason in `error`.
// Call it while this process has no connection to `db`: Workspace::open reads the file's header with QFile, and
// closing that descriptor drops the process's POSIX locks on the file, so that a concurrent `swb` may take the
// WAL away from connections that are still open (reported to the lead; the fix belongs in model/workspace.cpp).
inline qint64 swbCount(const QString& db, const QByteArray& json, QString* error)
{
    if (!QFile::exists(test::swbPath())) {
        *error = QStringLiteral("%1 does not exist: build the swb target first (ninja swb).").arg(test::swbPath());
        return -1;
    }
    const QByteArray out = test::swbOutput(
        {QStringLiteral("count"), QStringLiteral("--db"), db, QStringLiteral("--filter"), QString::fromUtf8(json)},
        error);
    if (out.isEmpty())
        return -1;
    bool ok = false;
    const qint64 count = QString::fromUtf8(out).trimmed().toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("swb count printed no number");
        return -1;
    }
    return count;
}

// Chooses a field for `row` as a user does: open the picker with the mouse, type `search`, take it with Enter.
inline void pickField(RuleWidget* row, const QString& search)
{
    QTest::mouseClick(row->fieldPicker(), Qt::LeftButton);
    SearchListPopup* popup = row->fieldPicker()->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->searchEdit(), search);
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
}

} // namespace swb::filtertest
