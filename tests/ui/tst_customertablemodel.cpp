// The customer table model: rows arrive page by page (keyset pagination on rowid), every order matches SQLite's
// ORDER BY, selections restrict the rows and the count, and values are shown typed.
#include "model/browse/customerquery.h"
#include "model/database.h"
#include "model/selection/selectionsql.h"
#include "testsupport.h"
#include "ui/customers/customertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

constexpr int s_rows = 1234;
constexpr int s_pageSize = 100;

// Asks for pages until the model has everything; false when a page does not come.
bool fetchAll(CustomerTableModel& model)
{
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return model.rowCount() > before || !model.canFetchMore({}); }, 30000))
            return false;
    }
    return true;
}

QList<qint64> rowidsOf(const CustomerTableModel& model)
{
    QList<qint64> rowids;
    for (int row = 0; row < model.rowCount(); ++row)
        rowids.append(model.index(row, 0).data(CustomerTableModel::RowIdRole).toLongLong());
    return rowids;
}

Selection germany()
{
    return Selection::definition(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})");
}

int columnOf(const QList<FieldInfo>& fields, const QString& name)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

class TstCustomerTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<FieldInfo> m_fields;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("customers.sqlite"));
        QString error;
        m_fields = test::writeCustomerWorkspace(m_path, s_rows, &error);
        QVERIFY2(!m_fields.isEmpty(), qPrintable(error));
    }

    void fetchesLazily()
    {
        // No model tester here: it asks for more rows itself while checking them.
        CustomerTableModel model;
        model.setPageSize(s_pageSize);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        QSignalSpy counted(&model, &CustomerTableModel::totalCountChanged);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        // Only the first page is read until more is asked for.
        QCOMPARE(model.rowCount(), s_pageSize);
        QCOMPARE(model.columnCount(), int(m_fields.size()));
        QCOMPARE(model.totalCount(), qint64(s_rows));
        QCOMPARE(counted.last().first().toLongLong(), qint64(s_rows));
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * s_pageSize, 30000);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), s_rows);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(rowidsOf(model), test::rowidsInOrder(m_path, QStringLiteral("rowid")));
    }

    void passesModelTester()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(s_pageSize);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), s_rows);
        model.setWorkspace(QString(), {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("revenue-ascending-ties-and-nulls")
            << QStringLiteral("revenue") << Qt::AscendingOrder << QStringLiteral("revenue, rowid");
        QTest::newRow("revenue-descending-ties-and-nulls")
            << QStringLiteral("revenue") << Qt::DescendingOrder << QStringLiteral("revenue DESC, rowid DESC");
        QTest::newRow("country-ascending-nulls-first")
            << QStringLiteral("country") << Qt::AscendingOrder << QStringLiteral("country, rowid");
        QTest::newRow("country-descending-nulls-last")
            << QStringLiteral("country") << Qt::DescendingOrder << QStringLiteral("country DESC, rowid DESC");
        QTest::newRow("name-text") << QStringLiteral("name") << Qt::AscendingOrder << QStringLiteral("name, rowid");
        QTest::newRow("orders-integer-descending")
            << QStringLiteral("orders") << Qt::DescendingOrder << QStringLiteral("orders DESC, rowid DESC");
        QTest::newRow("date") << QStringLiteral("last_purchase") << Qt::AscendingOrder
                              << QStringLiteral("last_purchase, rowid");
    }

    void sorts()
    {
        QFETCH(QString, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, orderBy);
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(s_pageSize);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(columnOf(m_fields, column), order);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.sortColumn(), columnOf(m_fields, column));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), s_rows);
        QCOMPARE(rowidsOf(model), test::rowidsInOrder(m_path, orderBy));
    }

    void restrictsToSelection()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(s_pageSize);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        model.setSelection(germany());
        QVERIFY(loaded.wait(30000));
        QVERIFY(fetchAll(model));
        const QList<qint64> german
            = test::rowidsInOrder(m_path, QStringLiteral("rowid"), QStringLiteral("country = 'DE'"));
        QVERIFY(!german.isEmpty());
        QVERIFY(german.size() < s_rows);
        QCOMPARE(model.totalCount(), qint64(german.size()));
        QCOMPARE(rowidsOf(model), german);
        const int country = columnOf(m_fields, QStringLiteral("country"));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, country).data(CustomerTableModel::RawValueRole).toString(), QStringLiteral("DE"));
    }

    void showsTypedValues()
    {
        CustomerTableModel model;
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        const int revenue = columnOf(m_fields, QStringLiteral("revenue"));
        const int date = columnOf(m_fields, QStringLiteral("last_purchase"));
        const int country = columnOf(m_fields, QStringLiteral("country"));
        bool sawNull = false;
        bool sawMoney = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex money = model.index(row, revenue);
            const QVariant raw = money.data(CustomerTableModel::RawValueRole);
            if (raw.isNull()) {
                sawNull = true;
                QCOMPARE(money.data().toString(), QString());
                QVERIFY(money.data(CustomerTableModel::IsNullRole).toBool());
                QVERIFY(money.data(Qt::BackgroundRole).isValid());
            } else {
                sawMoney = true;
                QCOMPARE(money.data().toString(), QLocale().toString(raw.toDouble(), 'f', 2));
                QVERIFY(!money.data(Qt::BackgroundRole).isValid());
                QCOMPARE(Qt::Alignment(money.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight, Qt::AlignRight);
            }
            const QDate day = QDate::fromString(
                model.index(row, date).data(CustomerTableModel::RawValueRole).toString(), Qt::ISODate);
            QVERIFY(day.isValid());
            QCOMPARE(model.index(row, date).data().toString(), day.toString(QStringLiteral("M/d/yyyy")));
        }
        QVERIFY(sawNull);
        QVERIFY(sawMoney);
        QCOMPARE(model.index(3, country).data(CustomerTableModel::IsNullRole).toBool(), true);
        QCOMPARE(model.headerData(revenue, Qt::Horizontal).toString(), QStringLiteral("revenue"));
    }

    void readsAnyRowByNumber_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("table order") << QString() << Qt::AscendingOrder << QString() << QStringLiteral("rowid");
        QTest::newRow("revenue descending, NULLs last") << QStringLiteral("revenue") << Qt::DescendingOrder << QString()
                                                        << QStringLiteral("revenue DESC, rowid DESC");
        QTest::newRow("selection by name") << QStringLiteral("name") << Qt::AscendingOrder
                                           << QStringLiteral("country = 'DE'") << QStringLiteral("name, rowid");
    }

    void readsAnyRowByNumber()
    {
        QFETCH(QString, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, where);
        QFETCH(QString, orderBy);
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setRandomAccessThreshold(50);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        if (!where.isEmpty()) {
            model.setSelection(germany());
            QVERIFY(loaded.wait(30000));
        }
        if (!column.isEmpty())
            model.sort(columnOf(m_fields, column), order);

        const QList<qint64> expected = test::rowidsInOrder(m_path, orderBy, where);
        QVERIFY(expected.size() > 100);
        // Once the order is in, every row is there without scrolling to it page by page.
        QTRY_VERIFY_WITH_TIMEOUT(model.hasRandomAccess(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 30000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.headerData(int(expected.size()) - 1, Qt::Vertical).toInt(), int(expected.size()));

        QString error;
        auto db = Database::open(m_path, Database::Mode::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        const int name = columnOf(m_fields, QStringLiteral("name"));
        const int last = int(expected.size()) - 1;
        // A row not read yet shows a dimmed placeholder.
        QVERIFY(!model.isRowLoaded(last));
        QCOMPARE(model.index(last, name).data().toString(), QStringLiteral("…"));
        QVERIFY(model.index(last, name).data(Qt::ForegroundRole).canConvert<QBrush>());
        for (const int row : {last, last / 2, 45, last - 250}) {
            // The rowid is known at once; the values follow (asking for a cell asks for its range).
            QCOMPARE(model.index(row, name).data(CustomerTableModel::RowIdRole).toLongLong(), expected.at(row));
            const auto asked = [&] {
                model.index(row, name).data();
                return model.isRowLoaded(row);
            };
            QTRY_VERIFY_WITH_TIMEOUT(asked(), 30000);
            Statement statement = db->prepare(QStringLiteral("SELECT name FROM customers WHERE rowid = ?"));
            statement.bind(1, expected.at(row));
            QVERIFY(statement.next());
            QCOMPARE(model.index(row, name).data(CustomerTableModel::RawValueRole), statement.value(0));
        }
    }

    void rowsOfTheWholeOrderArriveInSteps()
    {
        // One event-loop turn per step, so that a million rows do not block the window at once.
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setRandomAccessThreshold(50);
        model.setRowsPerStep(37);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        model.setWorkspace(m_path, m_fields);
        QVERIFY(loaded.wait(30000));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.sort(columnOf(m_fields, QStringLiteral("name")), Qt::AscendingOrder);
        const QList<qint64> expected = test::rowidsInOrder(m_path, QStringLiteral("name, rowid"), QString());
        QVERIFY(expected.size() > 4 * 37);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasRandomAccess(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 30000);
        // Pages read before the order's row count was known come 80 rows at a time (sorted pages are 4 long; how many
        // depends on how fast the count is), the rest in steps of 37: no insertion is larger than a page.
        int largest = 0;
        int steps = 0;
        for (const QList<QVariant>& arguments : std::as_const(inserted)) {
            const int rows = arguments.at(2).toInt() - arguments.at(1).toInt() + 1;
            largest = std::max(largest, rows);
            steps += rows <= 37 ? 1 : 0;
        }
        QVERIFY2(largest <= 80, qPrintable(QString::number(largest)));
        QVERIFY2(steps >= 2, qPrintable(QString::number(steps)));
        for (const int row : {0, 36, 37, 38, int(expected.size()) - 1})
            QCOMPARE(model.index(row, 0).data(CustomerTableModel::RowIdRole).toLongLong(), expected.at(row));
    }

    void pageSqlUsesKeysetNotOffset()
    {
        PageRequest request;
        request.columns = {QStringLiteral("name")};
        request.sortColumn = QStringLiteral("revenue");
        request.after = PageCursor{QVariant(25.0), 42};
        request.limit = 10;
        QVariantList bindings;
        const QString sql = CustomerQuery::pageSql(request, SqlCondition::everyone(), &bindings);
        QVERIFY2(!sql.contains(QLatin1String("OFFSET")), qPrintable(sql));
        QCOMPARE(sql,
                 QStringLiteral("SELECT rowid, \"name\", \"revenue\" FROM customers WHERE (\"revenue\" > ? OR "
                                "(\"revenue\" = ? AND rowid > ?)) ORDER BY \"revenue\", rowid LIMIT 10"));
        QCOMPARE(bindings, (QVariantList{25.0, 25.0, qint64(42)}));
    }
};

QTEST_MAIN(TstCustomerTableModel)
#include "tst_customertablemodel.moc"
