// The features clustering reads: from the column store (in memory, or its copy on disk) exactly the matrix SQLite
// gives, dates as SQLite's julianday() counts them, selections and irregular columns, and which source was used.
#include "model/analytics/clusterfeatures.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstore.h"
#include "model/filter/columnstorecache.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace swb;

namespace {

// Bit for bit, NaN equal to NaN.
bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

// Every date text the tests meet, including the forms the fast parser leaves to SQLite and invalid ones.
const char* const s_dateTexts[] = {
    "2024-01-15",
    "2023-02-28",
    "2024-02-29",
    "2024-02-30", // no month-length check
    "2023-12-31 23:59:59",
    "2020-03-01T08:30:00",
    "2021-07-04 24:00:00",
    "1999-12-31",
    "0001-01-01",
    "9999-12-31",
    "2024-13-01",
    "2024-00-10",
    "2024-1-5",
    " 2024-01-15",
    "2024-01-15 10:00",
    "2024-01-15 10:00:00.250",
    "2024-01-15T10:00:00Z",
    "2024-01-15 10:00:00+02:00",
    "garbage",
    "",
    "2460000.5",
    "1582-10-10",
    "2000-01-01 00:00:60",
    "2024-01-15 ",
};

} // namespace

class TstClusterFeatures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int rows = 3000;

    static FieldInfo field(const char* name, FieldType type, FieldRole role = FieldRole::None)
    {
        FieldInfo info;
        info.name = QString::fromLatin1(name);
        info.type = type;
        info.role = role;
        return info;
    }

    // Customers with integers, reals, yes/no, dates in every form of s_dateTexts, NULLs everywhere, rowids with
    // gaps, and a number column that holds one text (irregular in the store).
    void createWorkspace()
    {
        m_path = m_dir.filePath(QStringLiteral("features.sqlite"));
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        Database& db = ws->db();
        QVERIFY(db.exec("CREATE TABLE customers(id TEXT, spend REAL, visits INTEGER, member INTEGER, seen TEXT, "
                        "joined TEXT, odd REAL, last_purchase_date TEXT)"));
        Transaction transaction(db);
        Statement insert
            = db.prepare(QStringLiteral("INSERT INTO customers(rowid, id, spend, visits, member, seen, "
                                        "joined, odd, last_purchase_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QRandomGenerator random(7);
        const int dateTexts = int(std::size(s_dateTexts));
        for (int i = 0; i < rows; ++i) {
            insert.reset();
            insert.bind(1, qint64(i * 3 + 1 + (i > 1000 ? 5000 : 0)));
            insert.bind(2, QStringLiteral("c%1").arg(i));
            if (i % 17 == 0)
                insert.bindNull(3);
            else
                insert.bind(3, random.generateDouble() * 1000.0 - 20.0);
            if (i % 23 == 0)
                insert.bindNull(4);
            else
                insert.bind(4, qint64(random.bounded(50)));
            insert.bind(5, qint64(i % 2));
            if (i % 11 == 0)
                insert.bindNull(6);
            else
                insert.bind(6, QString::fromLatin1(s_dateTexts[random.bounded(dateTexts)]));
            insert.bind(7, QDate(2015, 1, 1).addDays(random.bounded(3000)).toString(Qt::ISODate));
            if (i == 500)
                insert.bind(8, QStringLiteral("not a number"));
            else
                insert.bind(8, random.generateDouble());
            insert.bind(9, QDate(2024, 1, 1).addDays(random.bounded(365)).toString(Qt::ISODate));
            QVERIFY(insert.run());
        }
        QVERIFY(transaction.commit());
        QVERIFY(FieldCatalog::replace(db, QStringLiteral("customers"),
                                      {field("id", FieldType::Text, FieldRole::CustomerKey),
                                       field("spend", FieldType::Real), field("visits", FieldType::Integer),
                                       field("member", FieldType::Boolean), field("seen", FieldType::Date),
                                       field("joined", FieldType::Date), field("odd", FieldType::Real),
                                       field("last_purchase_date", FieldType::Date, FieldRole::LastPurchaseDate)},
                                      &error));
        SegmentRepository segments(*ws);
        QVERIFY2(segments.saveDynamic(QStringLiteral("Big"),
                                      QByteArrayLiteral("{\"combinator\":\"and\",\"rules\":[{\"field\":\"spend\","
                                                        "\"operator\":\">\",\"value\":400}]}"),
                                      &error),
                 qPrintable(error));
        QVERIFY2(segments.saveStaticFromRowIds(QStringLiteral("Picked"), {1, 4, 7, 100, 3004, 9000, 10000},
                                               QStringLiteral("keys"), &error),
                 qPrintable(error));
    }

    static std::shared_ptr<const ColumnStore> loadStore(Workspace& ws)
    {
        QString error;
        const QList<FieldInfo> fields = ws.fields();
        std::shared_ptr<const ColumnStore> store = ColumnStore::load(ws.db(), fields, QStringLiteral("id"), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    static void compare(const FeatureMatrix& store, const FeatureMatrix& sql)
    {
        QCOMPARE(store.rows(), sql.rows());
        QCOMPARE(store.features(), sql.features());
        QVERIFY(store.rowIds == sql.rowIds);
        for (int r = 0; r < sql.rows(); ++r) {
            for (int f = 0; f < sql.features(); ++f) {
                QVERIFY2(sameBits(store.values(r, f), sql.values(r, f)),
                         qPrintable(QStringLiteral("row %1 (rowid %2), %3: store %4, SQLite %5")
                                        .arg(r)
                                        .arg(sql.rowIds[size_t(r)])
                                        .arg(sql.columnNames.at(f))
                                        .arg(store.values(r, f), 0, 'g', 17)
                                        .arg(sql.values(r, f), 0, 'g', 17)));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("SWB_COLUMN_CACHE_DIR", m_dir.filePath(QStringLiteral("copies")).toUtf8());
        createWorkspace();
    }

    void julianDaysAreSqlites()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        std::vector<std::string_view> texts;
        for (const char* text : s_dateTexts)
            texts.emplace_back(text);
        // Every day of two centuries, and a time on each.
        std::vector<QByteArray> generated;
        for (QDate day(1900, 1, 1); day < QDate(2101, 1, 1); day = day.addDays(1)) {
            generated.push_back(day.toString(Qt::ISODate).toLatin1());
            generated.push_back((day.toString(Qt::ISODate)
                                 + QStringLiteral(" %1:%2:%3")
                                       .arg(day.day() % 25, 2, 10, QLatin1Char('0'))
                                       .arg(day.dayOfYear() % 60, 2, 10, QLatin1Char('0'))
                                       .arg(day.month() * 4, 2, 10, QLatin1Char('0')))
                                    .toLatin1());
        }
        for (const QByteArray& text : generated)
            texts.emplace_back(text.constData(), size_t(text.size()));
        const std::vector<double> days = ClusterFeatures::julianDays(*ws, texts);
        QCOMPARE(days.size(), texts.size());
        Statement sqlite = ws->db().prepare(QStringLiteral("SELECT julianday(?1)"));
        int nulls = 0;
        for (size_t i = 0; i < texts.size(); ++i) {
            sqlite.reset();
            sqlite.bindUtf8(1, texts[i].data(), int(texts[i].size()));
            QVERIFY(sqlite.next());
            const double expected = sqlite.isNull(0) ? std::nan("") : sqlite.toDouble(0);
            nulls += sqlite.isNull(0);
            QVERIFY2(sameBits(days[i], expected),
                     qPrintable(QStringLiteral("%1: %2, SQLite %3")
                                    .arg(QString::fromUtf8(texts[i].data(), qsizetype(texts[i].size())))
                                    .arg(days[i], 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
        QVERIFY(nulls >= 4); // the invalid texts are NULL in SQLite and NaN here
    }

    void storeGivesSqlitesMatrix_data()
    {
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QString>("segment");
        const QStringList all{QStringLiteral("spend"), QStringLiteral("visits"), QStringLiteral("member"),
                              QStringLiteral("seen"), QStringLiteral("joined")};
        QTest::newRow("numbers") << QStringList{QStringLiteral("spend"), QStringLiteral("visits")} << QString();
        QTest::newRow("dates") << QStringList{QStringLiteral("seen"), QStringLiteral("joined")} << QString();
        QTest::newRow("all-kinds") << all << QString();
        QTest::newRow("dynamic-segment") << all << QStringLiteral("Big");
        QTest::newRow("static-segment") << all << QStringLiteral("Picked");
    }

    void storeGivesSqlitesMatrix()
    {
        QFETCH(QStringList, features);
        QFETCH(QString, segment);
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const Selection selection = segment.isEmpty() ? Selection::all() : Selection::segment(segment);
        const auto sql = ClusterFeatures::fromSql(*ws, features, selection, &error);
        QVERIFY2(sql, qPrintable(error));
        QVERIFY(sql->rows() > 0);
        const auto store = loadStore(*ws);
        QVERIFY(store);
        std::optional<Bitset> rows;
        if (!segment.isEmpty()) {
            StoreSelections selections(*ws, store);
            rows = selections.rows(selection, &error);
            QVERIFY2(rows, qPrintable(error));
        }
        const auto fromStore = ClusterFeatures::fromStore(*ws, *store, rows ? &*rows : nullptr, features, &error);
        QVERIFY2(fromStore, qPrintable(error));
        compare(*fromStore, *sql);
    }

    void irregularColumnIsLeftToSqlite()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto store = loadStore(*ws);
        QVERIFY(store);
        QCOMPARE(store->column(QStringLiteral("odd"))->storage, ColumnStore::Storage::Irregular);
        const QStringList features{QStringLiteral("spend"), QStringLiteral("odd")};
        error.clear();
        QVERIFY(!ClusterFeatures::fromStore(*ws, *store, nullptr, features, &error));
        QVERIFY(error.isEmpty());
        // load() then reads SQLite, whose conversion of the text to a number is kept.
        ClusterFeatures::Source source = ClusterFeatures::Source::Memory;
        const auto loaded = ClusterFeatures::load(*ws, features, Selection::all(), &error, &source);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(source, ClusterFeatures::Source::Sqlite);
        compare(*loaded, *ClusterFeatures::fromSql(*ws, features, Selection::all(), &error));
    }

    // No store at hand: SQLite; the copy on disk (only the chosen columns read): Copy; a store another job holds:
    // Memory. The matrix is the same each time.
    void sourceFollowsWhatIsAtHand_data()
    {
        QTest::addColumn<QString>("segment");
        QTest::newRow("everyone") << QString();
        QTest::newRow("segment") << QStringLiteral("Big");
    }

    void sourceFollowsWhatIsAtHand()
    {
        QFETCH(QString, segment);
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const QStringList features{QStringLiteral("joined"), QStringLiteral("spend"), QStringLiteral("seen")};
        const Selection selection = segment.isEmpty() ? Selection::all() : Selection::segment(segment);
        const auto sql = ClusterFeatures::fromSql(*ws, features, selection, &error);
        QVERIFY2(sql, qPrintable(error));
        ColumnStoreCache::Options options = ColumnStoreCache::defaultOptions();
        QVERIFY(!options.directory.isEmpty());
        QVERIFY(ColumnStoreCache(options).clear());

        ClusterFeatures::Source source = ClusterFeatures::Source::Memory;
        auto loaded = ClusterFeatures::load(*ws, features, selection, &error, &source);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(source, ClusterFeatures::Source::Sqlite);
        compare(*loaded, *sql);

        options.minimumRows = 0; // the test's table is small
        const ColumnStoreCache cache(options);
        const QList<FieldInfo> fields = ws->fields();
        ColumnStoreCache::Result held = cache.load(ws->db(), fields, QStringLiteral("id"), &error);
        QVERIFY2(held.store, qPrintable(error));
        QVERIFY(!held.keyToSave.isEmpty());
        QVERIFY2(cache.save(ws->path(), *held.store, held.keyToSave, &error), qPrintable(error));

        loaded = ClusterFeatures::load(*ws, features, selection, &error, &source);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(source, ClusterFeatures::Source::Memory);
        compare(*loaded, *sql);

        held = {}; // nobody holds the store any more: the copy on disk
        loaded = ClusterFeatures::load(*ws, features, selection, &error, &source);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(source, ClusterFeatures::Source::Copy);
        compare(*loaded, *sql);

        // A change of the customers outdates the copy: SQLite again, with the change.
        QVERIFY(ws->db().exec("UPDATE customers SET spend = spend + 1 WHERE rowid = 1"));
        const auto changed = ClusterFeatures::fromSql(*ws, features, selection, &error);
        QVERIFY2(changed, qPrintable(error));
        loaded = ClusterFeatures::load(*ws, features, selection, &error, &source);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(source, ClusterFeatures::Source::Sqlite);
        compare(*loaded, *changed);
        QVERIFY(ws->db().exec("UPDATE customers SET spend = spend - 1 WHERE rowid = 1"));
    }

    void partialCopyHoldsOnlyTheChosenColumns()
    {
        QString error;
        auto ws = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        ColumnStoreCache::Options options = ColumnStoreCache::defaultOptions();
        options.minimumRows = 0;
        const ColumnStoreCache cache(options);
        const QList<FieldInfo> fields = ws->fields();
        {
            ColumnStoreCache::Result loaded = cache.load(ws->db(), fields, QStringLiteral("id"), &error);
            QVERIFY2(loaded.store, qPrintable(error));
            if (!loaded.keyToSave.isEmpty())
                QVERIFY2(cache.save(ws->path(), *loaded.store, loaded.keyToSave, &error), qPrintable(error));
        }
        const ColumnStoreCache::Result kept = cache.loadKept(
            ws->db(), fields, QStringLiteral("id"), {QStringLiteral("seen"), QStringLiteral("visits")}, &error);
        QVERIFY2(kept.store, qPrintable(error));
        QVERIFY(kept.fromCache);
        QCOMPARE(kept.store->fields().size(), 2);
        QStringList inOrder; // the chosen ones, in the order of `fields`
        for (const FieldInfo& info : fields) {
            if (info.name == QLatin1String("seen") || info.name == QLatin1String("visits"))
                inOrder << info.name;
        }
        QCOMPARE(kept.store->fields().at(0).name, inOrder.at(0));
        QCOMPARE(kept.store->fields().at(1).name, inOrder.at(1));
        QVERIFY(kept.store->column(QStringLiteral("seen")));
        QVERIFY(!kept.store->column(QStringLiteral("spend")));
        QCOMPARE(kept.store->rowCount(), qint64(rows));
    }
};

QTEST_GUILESS_MAIN(TstClusterFeatures)
#include "tst_clusterfeatures.moc"
