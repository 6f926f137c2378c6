// The in-memory column store: typed columns with NULL bitmaps, dictionaries in SQLite's BINARY order, columns that
// do not fit their type, the two-thread load, static-segment key lookups, and SQLite-LIKE matching.
#include "model/database.h"
#include "model/filter/columnstore.h"
#include "model/filter/likematcher.h"
#include "model/filter/textinterner.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>

using namespace swb;

namespace {

QString textAt(const ColumnStore::Column& column, qint64 row)
{
    const std::string_view text = column.dictionary.at(column.codes[size_t(row)]);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The column's values as SQLite returns them (rowid order), NULL as an invalid QVariant.
QList<QVariant> sqliteValues(Database& db, const QString& column)
{
    QList<QVariant> values;
    Statement statement
        = db.prepare(QStringLiteral("SELECT %1 FROM customers ORDER BY rowid").arg(quoteIdentifier(column)));
    while (statement.next())
        values << statement.value(0);
    return values;
}

} // namespace

class TstColumnStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> openFixture(const QString& name, const test::FilterFixtureOptions& options);
    void compareWithSqlite(Workspace& workspace, const ColumnStore& store);

private slots:
    void initTestCase();
    void loadsEveryTypeLikeSqlite_data();
    void loadsEveryTypeLikeSqlite();
    void dictionaryFollowsBinaryCollation();
    void manyDistinctTexts();
    void irregularColumnsAreMarked();
    void integerColumnWithRealsBecomesReal();
    void keysOfStaticMembers();
    void rowidColumnNameIsAvoided();
    void emptyTable();
    void progressAndCancel();
    void versionsDiffer();
    void internerKeepsEveryDistinctText();
    void likeMatchesSqlite_data();
    void likeMatchesSqlite();
};

std::unique_ptr<Workspace> TstColumnStore::openFixture(const QString& name, const test::FilterFixtureOptions& options)
{
    QString error;
    auto workspace = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace || !test::buildFilterFixture(*workspace, options, &error))
        qWarning("%s", qPrintable(error));
    return workspace;
}

void TstColumnStore::compareWithSqlite(Workspace& workspace, const ColumnStore& store)
{
    for (const FieldInfo& field : store.fields()) {
        const ColumnStore::Column* column = store.column(field.name);
        QVERIFY(column);
        if (column->storage == ColumnStore::Storage::Irregular)
            continue;
        const QList<QVariant> expected = sqliteValues(workspace.db(), field.name);
        QCOMPARE(qint64(expected.size()), store.rowCount());
        for (qint64 row = 0; row < store.rowCount(); ++row) {
            const QVariant& value = expected.at(row);
            QCOMPARE(column->valid.test(row), value.isValid());
            if (!value.isValid())
                continue;
            switch (column->storage) {
            case ColumnStore::Storage::Integer:
                QCOMPARE(column->integers[size_t(row)], value.toLongLong());
                break;
            case ColumnStore::Storage::Real:
                QCOMPARE(column->reals[size_t(row)], value.toDouble());
                break;
            case ColumnStore::Storage::Text:
                QCOMPARE(textAt(*column, row), value.toString());
                break;
            case ColumnStore::Storage::Irregular:
                break;
            }
        }
    }
}

void TstColumnStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TstColumnStore::loadsEveryTypeLikeSqlite_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("integerKey");
    QTest::newRow("one-thread") << 3000 << false;
    QTest::newRow("two-threads") << 30001 << true; // past the two-thread threshold, odd split
}

void TstColumnStore::loadsEveryTypeLikeSqlite()
{
    QFETCH(int, rows);
    QFETCH(bool, integerKey);
    test::FilterFixtureOptions options;
    options.rows = rows;
    options.integerKey = integerKey;
    options.irregularColumn = false;
    auto workspace = openFixture(QStringLiteral("types-%1.sqlite").arg(rows), options);
    QVERIFY(workspace);
    QString error;
    const auto store = ColumnStore::load(workspace->db(), workspace->fields(),
                                         workspace->fieldByRole(FieldRole::CustomerKey)->name, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->rowCount(), rows);
    QCOMPARE(store->column(QStringLiteral("age"))->storage, ColumnStore::Storage::Integer);
    QCOMPARE(store->column(QStringLiteral("revenue"))->storage, ColumnStore::Storage::Real);
    QCOMPARE(store->column(QStringLiteral("newsletter"))->storage, ColumnStore::Storage::Integer);
    QCOMPARE(store->column(QStringLiteral("signup"))->storage, ColumnStore::Storage::Text);
    QCOMPARE(store->column(QStringLiteral("last_seen"))->storage, ColumnStore::Storage::Text);
    QCOMPARE(store->column(QStringLiteral("legacy"))->storage, ColumnStore::Storage::Real);
    compareWithSqlite(*workspace, *store);
    // Row ids ascend and match SQLite's.
    QList<QVariant> rowids;
    Statement statement = workspace->db().prepare(QStringLiteral("SELECT rowid FROM customers ORDER BY rowid"));
    qint64 row = 0;
    while (statement.next())
        QCOMPARE(store->rowIds()[size_t(row++)], statement.toInt64(0));
    QCOMPARE(row, store->rowCount());
}

void TstColumnStore::dictionaryFollowsBinaryCollation()
{
    test::FilterFixtureOptions options;
    options.rows = 2000;
    auto workspace = openFixture(QStringLiteral("collation.sqlite"), options);
    QString error;
    const auto store = ColumnStore::load(workspace->db(), workspace->fields(), QStringLiteral("customer_id"), &error);
    QVERIFY2(store, qPrintable(error));
    for (const char* name : {"name", "email", "country", "signup", "last_seen"}) {
        const QString field = QString::fromLatin1(name);
        const ColumnStore::Column* column = store->column(field);
        Statement distinct = workspace->db().prepare(
            QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 IS NOT NULL ORDER BY %1").arg(field));
        qint64 rank = 0;
        while (distinct.next()) {
            const QByteArray expected = distinct.toUtf8(0);
            const std::string_view text = column->dictionary.at(rank);
            QCOMPARE(QByteArray(text.data(), qsizetype(text.size())), expected);
            QCOMPARE(column->dictionary.find(std::string_view(expected.constData(), size_t(expected.size()))),
                     std::optional<qint64>(rank));
            ++rank;
        }
        QCOMPARE(rank, column->dictionary.size());
    }
    const TextDictionary& names = store->column(QStringLiteral("name"))->dictionary;
    QCOMPARE(names.lowerBound(""), 0);
    QCOMPARE(names.at(0), std::string_view("")); // the empty text sorts first
    QCOMPARE(names.upperBound("\xff"), names.size());
    QCOMPARE(names.find("no such name"), std::optional<qint64>());
}

// Past 65536 distinct texts a column stops interning and is sorted row by row; a column that does so in one half
// only is joined from both forms.
void TstColumnStore::manyDistinctTexts()
{
    QString error;
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("distinct.sqlite")),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY(workspace);
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("id"), FieldType::Text, FieldRole::CustomerKey),
                                  test::makeField(QStringLiteral("mixed"), FieldType::Text),
                                  test::makeField(QStringLiteral("repeats"), FieldType::Text)};
    const int rows = 150000;
    QList<QVariantList> data;
    data.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        // Keys in scrambled order, with a shared 20-byte prefix so that sorting must look past the inline keys.
        const QString id = QStringLiteral("customer-number-000-%1").arg((i * 7919) % rows, 6, 10, QLatin1Char('0'));
        const QVariant mixed = i % 97 == 0 ? QVariant()
            : i < rows / 2                 ? QVariant(QStringLiteral("v%1").arg(i % 10))
                                           : QVariant(QStringLiteral("u%1-é").arg(i));
        data << QVariantList{id, mixed, QStringLiteral("r%1").arg(i % 3)};
    }
    QVERIFY2(test::createCustomers(workspace->db(), fields, data, &error), qPrintable(error));
    const auto store = ColumnStore::load(workspace->db(), fields, QStringLiteral("id"), &error);
    QVERIFY2(store, qPrintable(error));
    compareWithSqlite(*workspace, *store);
    for (const char* name : {"id", "mixed"}) {
        const ColumnStore::Column* column = store->column(QString::fromLatin1(name));
        Statement distinct = workspace->db().prepare(
            QStringLiteral("SELECT DISTINCT %1 FROM customers WHERE %1 IS NOT NULL ORDER BY %1")
                .arg(QString::fromLatin1(name)));
        qint64 rank = 0;
        while (distinct.next()) {
            const std::string_view text = column->dictionary.at(rank++);
            QCOMPARE(QByteArray(text.data(), qsizetype(text.size())), distinct.toUtf8(0));
        }
        QCOMPARE(rank, column->dictionary.size());
    }
    QCOMPARE(store->column(QStringLiteral("id"))->dictionary.size(), rows);
    const auto keys = store->rowsWithKeys(
        {QVariant(QStringLiteral("customer-number-000-000001")), QVariant(QStringLiteral("nope"))});
    QCOMPARE(keys->count(), 1);
}

void TstColumnStore::irregularColumnsAreMarked()
{
    test::FilterFixtureOptions options;
    options.rows = 800;
    auto workspace = openFixture(QStringLiteral("irregular.sqlite"), options);
    QString error;
    QVERIFY(workspace->db().exec(
        "ALTER TABLE customers ADD COLUMN loose; UPDATE customers SET loose = CASE WHEN rowid % 2 THEN 'x' ELSE 1 END;",
        &error));
    QList<FieldInfo> fields = workspace->fields();
    fields << test::makeField(QStringLiteral("loose"), FieldType::Text);
    const auto store = ColumnStore::load(workspace->db(), fields, QStringLiteral("customer_id"), &error);
    QVERIFY2(store, qPrintable(error));
    const ColumnStore::Column* legacy = store->column(QStringLiteral("legacy"));
    QCOMPARE(legacy->storage, ColumnStore::Storage::Irregular);
    QVERIFY(legacy->irregularReason.contains(QStringLiteral("text")));
    QCOMPARE(store->column(QStringLiteral("loose"))->storage, ColumnStore::Storage::Irregular);
    QVERIFY(store->column(QStringLiteral("loose"))->irregularReason.contains(QStringLiteral("numbers")));
    QCOMPARE(store->column(QStringLiteral("age"))->storage, ColumnStore::Storage::Integer);
}

void TstColumnStore::integerColumnWithRealsBecomesReal()
{
    QString error;
    auto workspace
        = Workspace::open(m_dir.filePath(QStringLiteral("mixed.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY(workspace);
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("small"), FieldType::Integer),
                                  test::makeField(QStringLiteral("huge"), FieldType::Integer)};
    QVERIFY2(test::createCustomers(workspace->db(), fields,
                                   {{1, Q_INT64_C(9007199254740993)}, {2.5, 2.5}, {QVariant(), 3}}, &error),
             qPrintable(error));
    const auto store = ColumnStore::load(workspace->db(), fields, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    const ColumnStore::Column* small = store->column(QStringLiteral("small"));
    QCOMPARE(small->storage, ColumnStore::Storage::Real);
    QCOMPARE(small->reals[0], 1.0);
    QCOMPARE(small->reals[1], 2.5);
    QVERIFY(!small->valid.test(2));
    // 2^53 + 1 cannot be held exactly next to reals: SQLite answers for this column.
    QCOMPARE(store->column(QStringLiteral("huge"))->storage, ColumnStore::Storage::Irregular);
}

void TstColumnStore::keysOfStaticMembers()
{
    QString error;
    auto workspace
        = Workspace::open(m_dir.filePath(QStringLiteral("keys.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY(workspace);
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("id"), FieldType::Integer, FieldRole::CustomerKey),
                                  test::makeField(QStringLiteral("code"), FieldType::Text)};
    QVERIFY2(test::createCustomers(workspace->db(), fields,
                                   {{10, QStringLiteral("A1")},
                                    {20, QStringLiteral("007")},
                                    {30, QStringLiteral("30")},
                                    {20, QStringLiteral("dup")},
                                    {QVariant(), QStringLiteral("x")}},
                                   &error),
             qPrintable(error));
    // Integer key: members are compared as SQLite does (text that is a number matches, 2.0 matches 2).
    auto byId = ColumnStore::load(workspace->db(), fields, QStringLiteral("id"), &error);
    QVERIFY(byId);
    const auto rows = byId->rowsWithKeys({QVariant(qint64(20)), QVariant(QStringLiteral(" 30 ")), QVariant(10.0),
                                          QVariant(10.5), QVariant(QStringLiteral("abc")), QVariant(qint64(99))});
    QVERIFY(rows);
    QCOMPARE(rows->count(), 4); // 10, both 20s, 30
    QVERIFY(rows->test(0) && rows->test(1) && rows->test(2) && rows->test(3) && !rows->test(4));
    // Text key: numbers become their text; "7" is not "007".
    auto byCode = ColumnStore::load(workspace->db(), fields, QStringLiteral("code"), &error);
    const auto textRows
        = byCode->rowsWithKeys({QVariant(qint64(30)), QVariant(qint64(7)), QVariant(QStringLiteral("A1"))});
    QVERIFY(textRows);
    QCOMPARE(textRows->count(), 2);
    QVERIFY(textRows->test(0) && textRows->test(2));
    // No key column: the rowid.
    auto byRowid = ColumnStore::load(workspace->db(), fields, QString(), &error);
    const auto rowidRows
        = byRowid->rowsWithKeys({QVariant(qint64(1)), QVariant(QStringLiteral("5")), QVariant(qint64(6))});
    QCOMPARE(rowidRows->count(), 2);
    QVERIFY(rowidRows->test(0) && rowidRows->test(4));
}

void TstColumnStore::rowidColumnNameIsAvoided()
{
    QString error;
    auto workspace
        = Workspace::open(m_dir.filePath(QStringLiteral("rowid.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("rowid"), FieldType::Text),
                                  test::makeField(QStringLiteral("n"), FieldType::Integer)};
    QVERIFY2(
        test::createCustomers(workspace->db(), fields, {{QStringLiteral("r1"), 5}, {QStringLiteral("r2"), 6}}, &error),
        qPrintable(error));
    const auto store = ColumnStore::load(workspace->db(), fields, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->rowIdName(), QStringLiteral("_rowid_"));
    QCOMPARE(store->rowIds(), (std::vector<qint64>{1, 2}));
    QCOMPARE(textAt(*store->column(QStringLiteral("rowid")), 1), QStringLiteral("r2"));
}

void TstColumnStore::emptyTable()
{
    QString error;
    auto workspace
        = Workspace::open(m_dir.filePath(QStringLiteral("empty.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
    const QList<FieldInfo> fields{test::makeField(QStringLiteral("name"), FieldType::Text),
                                  test::makeField(QStringLiteral("n"), FieldType::Real)};
    QVERIFY2(test::createCustomers(workspace->db(), fields, {}, &error), qPrintable(error));
    const auto store = ColumnStore::load(workspace->db(), fields, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->rowCount(), 0);
    QCOMPARE(store->column(QStringLiteral("name"))->dictionary.size(), 0);
}

void TstColumnStore::progressAndCancel()
{
    test::FilterFixtureOptions options;
    options.rows = 25000;
    auto workspace = openFixture(QStringLiteral("progress.sqlite"), options);
    QString error;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const auto store = ColumnStore::load(workspace->db(), workspace->fields(), QStringLiteral("customer_id"), &error,
                                         {}, [&](qint64 done, qint64 total) {
                                             QVERIFY(done >= lastDone);
                                             lastDone = done;
                                             lastTotal = total;
                                         });
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(lastDone, 25000);
    QCOMPARE(lastTotal, 25000);
    const auto canceled = ColumnStore::load(workspace->db(), workspace->fields(), QStringLiteral("customer_id"), &error,
                                            [] { return true; });
    QVERIFY(!canceled);
    QVERIFY2(error.contains(QStringLiteral("canceled")), qPrintable(error));
}

void TstColumnStore::versionsDiffer()
{
    test::FilterFixtureOptions options;
    options.rows = 100;
    auto workspace = openFixture(QStringLiteral("versions.sqlite"), options);
    QString error;
    const auto a = ColumnStore::load(workspace->db(), workspace->fields(), QString(), &error);
    const auto b = ColumnStore::load(workspace->db(), workspace->fields(), QString(), &error);
    QVERIFY(a && b);
    QVERIFY(a->version() != b->version());
    QVERIFY(a->memoryBytes() > 0);
}

// Short texts are keyed by their bytes in two words: texts that differ in a single byte anywhere, NUL and 0xff
// bytes included, must stay apart at every length.
void TstColumnStore::internerKeepsEveryDistinctText()
{
    TextInterner interner(4);
    std::map<std::string, quint32> expected;
    QRandomGenerator random(7);
    const char alphabet[] = {'a', 'b', '\0', '\xff'};
    for (int round = 0; round < 20000; ++round) {
        std::string text(size_t(random.bounded(25)), 'a');
        for (char& c : text)
            c = alphabet[random.bounded(4)];
        const quint32 id = interner.add(text);
        const auto [it, inserted] = expected.emplace(text, id);
        QCOMPARE(id, it->second); // the same text always gets the same id
        if (inserted)
            QCOMPARE(size_t(id), expected.size() - 1); // a new text gets the next id
        QCOMPARE(std::string(interner.text(id)), text);
    }
    QCOMPARE(interner.size(), expected.size());
    QVERIFY(expected.size() > 10000);
}

void TstColumnStore::likeMatchesSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal");
    const QStringList texts{QStringLiteral("Anna"),
                            QStringLiteral("ANNA@Example.ORG"),
                            QStringLiteral("Émile"),
                            QStringLiteral("émile"),
                            QStringLiteral("straße"),
                            QStringLiteral("50%_off\\"),
                            QStringLiteral(""),
                            QStringLiteral("aaa"),
                            QStringLiteral("日本語のテキスト"),
                            QStringLiteral("x_y"),
                            QStringLiteral("xay"),
                            QStringLiteral("b").repeated(300) + QStringLiteral("ANNA")}; // longer than the stack buffer
    const QStringList literals{QStringLiteral("an"),  QStringLiteral("NA"),          QStringLiteral("é"),
                               QStringLiteral("É"),   QStringLiteral("SS"),          QStringLiteral("%"),
                               QStringLiteral("_"),   QStringLiteral("\\"),          QStringLiteral(""),
                               QStringLiteral("aa"),  QStringLiteral("example.org"), QStringLiteral("テキ"),
                               QStringLiteral("x_y"), QStringLiteral("50%_OFF\\")};
    for (const QString& text : texts) {
        for (const QString& literal : literals)
            QTest::newRow(qPrintable(text + QStringLiteral(" ~ ") + literal)) << text << literal;
    }
}

void TstColumnStore::likeMatchesSqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QString error;
    auto db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate, &error);
    QVERIFY(db);
    QString escaped = literal;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    Statement statement
        = db->prepare(QStringLiteral("SELECT ?1 LIKE ?2 ESCAPE '\\', ?1 LIKE ?3 ESCAPE '\\', ?1 LIKE ?4 ESCAPE '\\'"));
    statement.bind(1, text);
    statement.bind(2, QLatin1Char('%') + escaped + QLatin1Char('%'));
    statement.bind(3, escaped + QLatin1Char('%'));
    statement.bind(4, QLatin1Char('%') + escaped);
    QVERIFY(statement.next());
    const QByteArray t = text.toUtf8();
    const QByteArray l = literal.toUtf8();
    const std::string_view tv(t.constData(), size_t(t.size()));
    const std::string_view lv(l.constData(), size_t(l.size()));
    QCOMPARE(LikeMatcher(LikeMatcher::Kind::Contains, lv).matches(tv), statement.toInt64(0) != 0);
    QCOMPARE(LikeMatcher(LikeMatcher::Kind::BeginsWith, lv).matches(tv), statement.toInt64(1) != 0);
    QCOMPARE(LikeMatcher(LikeMatcher::Kind::EndsWith, lv).matches(tv), statement.toInt64(2) != 0);
}

QTEST_GUILESS_MAIN(TstColumnStore)
#include "tst_columnstore.moc"
