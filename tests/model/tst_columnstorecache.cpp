// The column store's copy on disk: read back exactly, used only while the customers and the schema are unchanged
// (whoever changed them), never trusted when damaged, and pruned to the newest files.
#include "model/customerchanges.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/filter/columnstorecache.h"
#include "model/filter/columnstorefile.h"
#include "model/filter/filterevaluator.h"
#include "model/filter/filterresolver.h"
#include "model/import/importer.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Every array of two stores is the same (the rowids, each column's NULLs, values, codes and dictionary).
bool sameStore(const ColumnStore& a, const ColumnStore& b, QString* why)
{
    if (a.rowCount() != b.rowCount() || a.rowIds() != b.rowIds())
        return *why = QStringLiteral("rows differ"), false;
    for (const FieldInfo& field : a.fields()) {
        const ColumnStore::Column* x = a.column(field.name);
        const ColumnStore::Column* y = b.column(field.name);
        if (!x || !y || x->storage != y->storage || !(x->valid == y->valid) || x->integers != y->integers
            || x->reals != y->reals || x->codes != y->codes || x->dictionary.size() != y->dictionary.size()
            || x->irregularReason != y->irregularReason)
            return *why = QStringLiteral("column %1 differs").arg(field.name), false;
        for (qint64 i = 0; i < x->dictionary.size(); ++i) {
            if (x->dictionary.at(i) != y->dictionary.at(i))
                return *why = QStringLiteral("dictionary of %1 differs at %2").arg(field.name).arg(i), false;
        }
    }
    return true;
}

QString keyName(Workspace& workspace)
{
    const auto key = FieldCatalog::findByRole(workspace.fields(), FieldRole::CustomerKey);
    return key ? key->name : QString();
}

} // namespace

class TstColumnStoreCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    ColumnStoreCache cache(int keep = 3) const
    {
        ColumnStoreCache::Options options;
        options.directory = m_dir.filePath(QStringLiteral("cache"));
        options.minimumRows = 0;
        options.keep = keep;
        options.shareInMemory = false; // these tests are about the copy on disk
        return ColumnStoreCache(options);
    }
    std::unique_ptr<Workspace> fixture(int rows = 600)
    {
        QString error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter)),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        test::FilterFixtureOptions options;
        options.rows = rows;
        options.seed = quint32(m_counter);
        if (!workspace || !test::buildFilterFixture(*workspace, options, &error))
            qWarning("%s", qPrintable(error));
        return workspace;
    }
    // Loads through the cache and saves what was loaded from SQLite, as the count service does.
    ColumnStoreCache::Result loadAndSave(Workspace& workspace, const ColumnStoreCache& cache)
    {
        QString error;
        ColumnStoreCache::Result result = cache.load(workspace.db(), workspace.fields(), keyName(workspace), &error);
        if (!result.store)
            qWarning("%s", qPrintable(error));
        else if (!result.keyToSave.isEmpty()
                 && !cache.save(workspace.db().path(), *result.store, result.keyToSave, &error))
            qWarning("%s", qPrintable(error));
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void copyIsReadBackExactly();
    void copyIsUsedOnlyWhileCurrent_data();
    void copyIsUsedOnlyWhileCurrent();
    void importKeepsTheTriggersAndClearsTheVersion();
    void aHeldStoreIsSharedInMemory();
    void otherFieldsMissTheCopy();
    void damagedFilesAreRefused();
    void smallTablesAreNotCached();
    void onlyTheNewestFilesAreKept();
    void copiesOfWorkspacesThatAreGoneAreDeleted();
    void columnNamesWithPlaceholdersLoad();
    void cancelledSaveKeepsNothing();
};

void TstColumnStoreCache::cancelledSaveKeepsNothing()
{
    auto workspace = fixture();
    QVERIFY(workspace);
    const ColumnStoreCache cache = this->cache();
    QString error;
    const auto loaded = cache.load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY2(loaded.store, qPrintable(error));
    // Cancelled after the first column: no file, not even a partial one, and the next opening reads SQLite.
    const QDir folder(m_dir.filePath(QStringLiteral("cache")));
    const QStringList before = folder.entryList(QDir::Files | QDir::Hidden);
    int checks = 0;
    QVERIFY(!cache.save(workspace->db().path(), *loaded.store, loaded.keyToSave, &error,
                        [&checks] { return ++checks > 1; }));
    QVERIFY2(error.contains(QLatin1String("Cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(cache.filePath(workspace->db().path())));
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), before);
    const auto again = cache.load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY(again.store);
    QVERIFY(!again.fromCache);
}

void TstColumnStoreCache::copyIsReadBackExactly()
{
    auto workspace = fixture();
    QVERIFY(workspace);
    const ColumnStoreCache cache = this->cache();
    const auto first = loadAndSave(*workspace, cache);
    QVERIFY(first.store);
    QVERIFY(!first.fromCache);
    QVERIFY(!first.keyToSave.isEmpty());
    QVERIFY(QFile::exists(cache.filePath(workspace->db().path())));
    // Personal data: only the owner may read the copy.
    QCOMPARE(
        QFile::permissions(cache.filePath(workspace->db().path()))
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());

    const auto second = loadAndSave(*workspace, cache);
    QVERIFY(second.store);
    QVERIFY(second.fromCache);
    QVERIFY(second.keyToSave.isEmpty());
    QString why;
    QVERIFY2(sameStore(*first.store, *second.store, &why), qPrintable(why));
    QVERIFY(first.store->version() != second.store->version());

    // Counts from the copy equal SQLite's, also for the irregular column that the evaluator hands to SQLite.
    FilterEvaluator evaluator(std::shared_ptr<const ColumnStore>(second.store.get(), [](const ColumnStore*) {}));
    evaluator.setDatabase(&workspace->db(), workspace->customerKeyExpression());
    const FilterContext context = FilterContext::fromWorkspace(*workspace);
    const QByteArray definition = "{\"combinator\":\"or\",\"rules\":[{\"field\":\"country\",\"operator\":\"in\","
                                  "\"value\":\"DE,AT\"},{\"field\":\"legacy\",\"operator\":\">\",\"value\":3},"
                                  "{\"field\":\"name\",\"operator\":\"contains\",\"value\":\"%\"}]}";
    QString error;
    const auto resolved = FilterResolver::resolve(definition, context, &error);
    QVERIFY2(resolved, qPrintable(error));
    const auto count = evaluator.count(*resolved, &error);
    QVERIFY2(count, qPrintable(error));
    const qint64 sql = workspace->db()
                           .scalar(QStringLiteral("SELECT count(*) FROM customers WHERE country IN ('DE','AT') OR "
                                                  "legacy > 3 OR name LIKE '%\\%%' ESCAPE '\\'"))
                           .toLongLong();
    QCOMPARE(*count, sql);
}

void TstColumnStoreCache::copyIsUsedOnlyWhileCurrent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("usesCopy");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("meta and segments only")
        << QStringLiteral("INSERT OR REPLACE INTO meta VALUES ('as_of_date', '2024-01-01'); "
                          "DELETE FROM segments")
        << true;
    QTest::newRow("update") << QStringLiteral("UPDATE customers SET age = age + 1 WHERE rowid = 7") << false;
    QTest::newRow("update to the same value")
        << QStringLiteral("UPDATE customers SET age = age WHERE rowid = 7") << false;
    QTest::newRow("insert") << QStringLiteral("INSERT INTO customers(country) VALUES ('NZ')") << false;
    QTest::newRow("delete") << QStringLiteral("DELETE FROM customers WHERE rowid % 5 = 0") << false;
    QTest::newRow("column renamed") << QStringLiteral("ALTER TABLE customers RENAME COLUMN age TO years; ALTER TABLE "
                                                      "customers RENAME COLUMN years TO age")
                                    << false;
    QTest::newRow("table recreated") << QStringLiteral("CREATE TABLE c2 AS SELECT * FROM customers; DROP TABLE "
                                                       "customers; ALTER TABLE c2 RENAME TO customers")
                                     << false;
    QTest::newRow("vacuum") << QStringLiteral("VACUUM") << false;
    // Without the trigger the change cannot be seen; the version left behind must not vouch for the copy.
    QTest::newRow("trigger dropped, then update")
        << QStringLiteral("DROP TRIGGER swb_customers_changed_on_update; "
                          "UPDATE customers SET age = age + 1 WHERE rowid = 7")
        << false;
    QTest::newRow("all triggers dropped, then delete")
        << QStringLiteral("DROP TRIGGER swb_customers_changed_on_insert; DROP TRIGGER swb_customers_changed_on_update; "
                          "DROP TRIGGER swb_customers_changed_on_delete; DELETE FROM customers WHERE rowid < 50")
        << false;
    QTest::newRow("rolled back") << QStringLiteral("BEGIN; DELETE FROM customers; ROLLBACK") << true;
}

void TstColumnStoreCache::copyIsUsedOnlyWhileCurrent()
{
    QFETCH(QString, change);
    QFETCH(bool, usesCopy);
    auto workspace = fixture();
    QVERIFY(workspace);
    const ColumnStoreCache cache = this->cache();
    QVERIFY(loadAndSave(*workspace, cache).store);
    QVERIFY(loadAndSave(*workspace, cache).fromCache);

    // Another program changes the workspace: the sqlite3 shell, which knows nothing of this app.
    if (!change.isEmpty()) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {workspace->db().path(), change});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0,
                 shell.readAllStandardError().constData());
    }
    const auto after = loadAndSave(*workspace, cache);
    QVERIFY(after.store);
    QCOMPARE(after.fromCache, usesCopy);
    QString error;
    const auto fresh = ColumnStore::load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY2(fresh, qPrintable(error));
    QString why;
    QVERIFY2(sameStore(*after.store, *fresh, &why), qPrintable(why));
    // The next opening reads the copy of the changed data.
    QVERIFY(loadAndSave(*workspace, cache).fromCache);
}

// While one job holds the store, another load of the same data shares it; once nobody holds it, the next load reads
// the copy on disk; a change of the customers is never served from memory.
void TstColumnStoreCache::aHeldStoreIsSharedInMemory()
{
    auto workspace = fixture();
    QVERIFY(workspace);
    ColumnStoreCache::Options options;
    options.directory = m_dir.filePath(QStringLiteral("shared-cache"));
    options.minimumRows = 0;
    const ColumnStoreCache cache(options);
    auto first = loadAndSave(*workspace, cache);
    QVERIFY(first.store && !first.fromMemory && !first.fromCache);
    auto second = loadAndSave(*workspace, cache);
    QVERIFY(second.fromMemory);
    QVERIFY(second.store == first.store);
    QVERIFY(second.keyToSave.isEmpty());
    first = {};
    second = {};
    const auto third = loadAndSave(*workspace, cache);
    QVERIFY(!third.fromMemory);
    QVERIFY(third.fromCache);
    QString error;
    QVERIFY2(workspace->db().exec(QStringLiteral("UPDATE customers SET country = 'XX' WHERE rowid = 1"), &error),
             qPrintable(error));
    const auto changed = loadAndSave(*workspace, cache);
    QVERIFY(!changed.fromMemory && !changed.fromCache);
    QVERIFY(changed.store != third.store);
}

void TstColumnStoreCache::importKeepsTheTriggersAndClearsTheVersion()
{
    const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
    const QString more = m_dir.filePath(QStringLiteral("more.csv"));
    for (const auto& [path, text] : {std::pair{csv, QByteArray("id,name,age\n1,Ana,30\n2,Ben,41\n")},
                                     std::pair{more, QByteArray("id,name,age\n3,Cem,25\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString path = m_dir.filePath(QStringLiteral("imported.sqlite"));
    QString error;
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
    ImportOptions options;
    options.filePath = csv;
    QVERIFY(Importer::run(path, options).ok);

    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error));
    auto triggers = [&] {
        return workspace->db()
            .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                   "'customers'"))
            .toInt();
    };
    QCOMPARE(triggers(), 3);
    QVERIFY(customerchanges::version(workspace->db()).isEmpty());
    const ColumnStoreCache cache = this->cache();
    QVERIFY(!loadAndSave(*workspace, cache).fromCache);
    QVERIFY(!customerchanges::version(workspace->db()).isEmpty());
    QVERIFY(loadAndSave(*workspace, cache).fromCache);

    options.filePath = more;
    options.mode = ImportMode::Append;
    QVERIFY(Importer::run(path, options).ok);
    QCOMPARE(triggers(), 3);
    const auto after = loadAndSave(*workspace, cache);
    QVERIFY(!after.fromCache);
    QCOMPARE(after.store->rowCount(), 3);
}

void TstColumnStoreCache::otherFieldsMissTheCopy()
{
    auto workspace = fixture();
    QVERIFY(workspace);
    const ColumnStoreCache cache = this->cache();
    QVERIFY(loadAndSave(*workspace, cache).store);
    QList<FieldInfo> fields = workspace->fields();
    QString error;
    QVERIFY(cache.load(workspace->db(), fields, keyName(*workspace), &error).fromCache);
    // Another key column, one field fewer, or a field of another type: each is another store.
    QVERIFY(!cache.load(workspace->db(), fields, QString(), &error).fromCache);
    QVERIFY(!cache.load(workspace->db(), fields.mid(1), keyName(*workspace), &error).fromCache);
    fields[1].type = fields[1].type == FieldType::Text ? FieldType::Integer : FieldType::Text;
    QVERIFY(!cache.load(workspace->db(), fields, keyName(*workspace), &error).fromCache);
}

void TstColumnStoreCache::damagedFilesAreRefused()
{
    auto workspace = fixture(40);
    QVERIFY(workspace);
    QString error;
    const auto store = ColumnStore::load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY2(store, qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("small.swbcols"));
    const QByteArray key = "customers 1 schema 2";
    QVERIFY2(ColumnStoreFile::write(*store, key, workspace->db().path(), path, &error), qPrintable(error));
    QVERIFY(ColumnStoreFile::read(path, key, workspace->fields(), keyName(*workspace), &error));
    QVERIFY(!ColumnStoreFile::read(path, "customers 1 schema 3", workspace->fields(), keyName(*workspace), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.swbcols"));
    auto readBack = [&](const QByteArray& bytes) {
        QFile out(damaged);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(damaged));
        out.close();
        return ColumnStoreFile::read(damaged, key, workspace->fields(), keyName(*workspace), &error);
    };
    // Cut anywhere: always refused.
    for (qsizetype size = 0; size < good.size(); size += 7)
        QVERIFY2(!readBack(good.left(size)), qPrintable(QStringLiteral("cut at %1").arg(size)));
    QVERIFY(!readBack(good + 'x'));
    // Any byte flipped: refused, or (inside values) a store whose codes and offsets can be used safely.
    int refused = 0;
    for (qsizetype at = 0; at < good.size(); ++at) {
        QByteArray bytes = good;
        bytes[at] = char(bytes[at] ^ 0xff);
        const auto read = readBack(bytes);
        if (!read) {
            ++refused;
            continue;
        }
        for (const FieldInfo& field : read->fields()) {
            const ColumnStore::Column* column = read->column(field.name);
            QVERIFY(column);
            // An irregular column holds nothing (SQLite answers its rules).
            QCOMPARE(column->valid.size(),
                     column->storage == ColumnStore::Storage::Irregular ? qint64(0) : read->rowCount());
            for (const quint32 code : column->codes)
                QVERIFY(qint64(code) <= column->dictionary.size());
            for (qint64 i = 0; i < column->dictionary.size(); ++i)
                QVERIFY(column->dictionary.at(i).size() <= size_t(column->dictionary.byteCount()));
        }
    }
    QVERIFY2(refused > 100, qPrintable(QString::number(refused)));
}

void TstColumnStoreCache::smallTablesAreNotCached()
{
    auto workspace = fixture(50);
    QVERIFY(workspace);
    ColumnStoreCache::Options options;
    options.directory = m_dir.filePath(QStringLiteral("small-cache"));
    options.minimumRows = 51;
    QString error;
    const auto result
        = ColumnStoreCache(options).load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY(result.store);
    QVERIFY(result.keyToSave.isEmpty());
}

void TstColumnStoreCache::onlyTheNewestFilesAreKept()
{
    const ColumnStoreCache cache = this->cache(2);
    QVERIFY(QDir(m_dir.filePath(QStringLiteral("cache"))).removeRecursively());
    std::vector<std::unique_ptr<Workspace>> workspaces;
    for (int i = 0; i < 3; ++i) {
        workspaces.push_back(fixture(30));
        QVERIFY(workspaces.back());
        QVERIFY(loadAndSave(*workspaces.back(), cache).store);
        QTest::qWait(20); // distinct modification times
    }
    QVERIFY(!QFile::exists(cache.filePath(workspaces[0]->db().path())));
    QVERIFY(QFile::exists(cache.filePath(workspaces[1]->db().path())));
    QVERIFY(QFile::exists(cache.filePath(workspaces[2]->db().path())));
}

void TstColumnStoreCache::copiesOfWorkspacesThatAreGoneAreDeleted()
{
    const ColumnStoreCache cache = this->cache(3);
    const QString folder = m_dir.filePath(QStringLiteral("cache"));
    QVERIFY(QDir(folder).removeRecursively());
    auto gone = fixture(30);
    auto stays = fixture(30);
    QVERIFY(gone && stays);
    QVERIFY(loadAndSave(*gone, cache).store);
    QVERIFY(loadAndSave(*stays, cache).store);
    const QString goneFile = gone->db().path();
    const QString goneCopy = cache.filePath(goneFile);
    QCOMPARE(ColumnStoreFile::workspaceOf(goneCopy).value_or(QString()), QFileInfo(goneFile).canonicalFilePath());
    // A file with the copies' name that is not one of this format (an older copy, say).
    const QString junk = folder + QStringLiteral("/0123.swbcols");
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray("SWBCOLS\0\1\0\0\0", 12)) == 12);
    }
    QVERIFY(!ColumnStoreFile::workspaceOf(junk));

    gone.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(goneFile + suffix);
    QVERIFY(!QFile::exists(goneFile));
    // The next opening of any workspace deletes both; the copy of the workspace still there stays and is used.
    QVERIFY(loadAndSave(*stays, cache).fromCache);
    QVERIFY(!QFile::exists(goneCopy));
    QVERIFY(!QFile::exists(junk));
    QVERIFY(QFile::exists(cache.filePath(stays->db().path())));
}

// A column another program named with "%1" (the import never makes one) is read as itself: the loader's SELECT is
// joined, not run through a second arg() that would rewrite the name.
void TstColumnStoreCache::columnNamesWithPlaceholdersLoad()
{
    auto workspace = fixture(300);
    QVERIFY(workspace);
    QString error;
    QVERIFY2(
        workspace->db().exec(QStringLiteral("ALTER TABLE customers RENAME COLUMN age TO \"a%1ge\"; UPDATE fields SET "
                                            "name = 'a%1ge' WHERE table_name = 'customers' AND name = 'age'"),
                             &error),
        qPrintable(error));
    const auto store = ColumnStore::load(workspace->db(), workspace->fields(), keyName(*workspace), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->rowCount(), qint64(300));
    const ColumnStore::Column* column = store->column(QStringLiteral("a%1ge"));
    QVERIFY(column);
    QCOMPARE(column->storage, ColumnStore::Storage::Integer);
}

QTEST_GUILESS_MAIN(TstColumnStoreCache)
#include "tst_columnstorecache.moc"
