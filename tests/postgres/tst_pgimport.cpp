// The streamed PostgreSQL import (PgImport: rows into COPY while the file is parsed) against the import into a
// workspace file: the same rows (every cell), column types, catalog rows, issues and report, on one server and on a
// coordinator with two shards; for the demo customers and for a file with bad cells, repeated and empty keys, a
// sample that misleads (a real in an integer column at row 50,000), unicode, quotes, tabs, backslashes and line
// breaks in values. An import that fails (strict mode, a cancel) leaves the server's customers as they were.
#include "model/demo/demogenerator.h"
#include "model/import/importer.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgimport.h"
#include "model/workspace.h"
#include "testsupport_pg.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace swb;

namespace {

// The rows of a table as text, every cell: NULL as "<null>", reals with all their digits.
using Rows = QList<QStringList>;

QString cellOf(bool null, bool real, const QString& text, double value)
{
    if (null)
        return QStringLiteral("<null>");
    return real ? QString::number(value, 'g', 17) : text;
}

QByteArray reportJson(ImportReport report)
{
    report.seconds = 0;
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TstPgImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_demoCsv;
    QString m_hostileCsv;
    QString m_repeatedCsv; // its only issue: a key repeated on its last line
    int m_files = 0;

    PgLayout shards() const
    {
        PgLayout layout;
        layout.shards << PgShard{QStringLiteral("shard1"), m_servers.value(QStringLiteral("SWB_PG_SHARD1"))}
                      << PgShard{QStringLiteral("shard2"), m_servers.value(QStringLiteral("SWB_PG_SHARD2"))};
        return layout;
    }
    QString uriOf(bool sharded) const
    {
        return m_servers.value(sharded ? QStringLiteral("SWB_PG_COORD") : QStringLiteral("SWB_PG_PLAIN"));
    }

    // 60,000 customers with everything a file can hold that COPY's text format must escape or the importer must
    // report. Columns: id (the key), name, note, score, age, joined, active, city.
    static void writeHostile(const QString& path)
    {
        QRandomGenerator random(7);
        const QStringList names{QStringLiteral("Zoë Ünal"), QStringLiteral("日本 太郎"), QStringLiteral("Ōsaka 😀"),
                                QStringLiteral("Renée"), QStringLiteral("Smith")};
        QByteArray out = "id,name,note,score,age,joined,active,city\n";
        for (int row = 1; row <= 60000; ++row) {
            QString id = QStringLiteral("K%1").arg(random.bounded(1000000), 7, 10, QLatin1Char('0'));
            id += QString::number(row); // unique, but not in the file's order
            // Repeated keys (one three times), and keys left empty.
            if (row == 100 || row == 20000)
                id = QStringLiteral("SAME-5");
            if (row == 5)
                id = QStringLiteral("SAME-5");
            if (row == 3000 || row == 55000)
                id = QStringLiteral("A-3000");
            if (row == 30 || row == 31)
                id.clear();
            QString name = names[random.bounded(int(names.size()))];
            QString note;
            switch (row % 9) {
            case 0:
                note = QStringLiteral("\"she said \"\"hi\"\"\"");
                break;
            case 1:
                note = QStringLiteral("\"first line\nsecond line\"");
                break;
            case 2:
                note = QStringLiteral("C:\\path\\N and \\N");
                break;
            case 3:
                note = QStringLiteral("tab\there");
                break;
            case 4:
                note = QStringLiteral("\"a, b\r\nc\"");
                break;
            default:
                break;
            }
            // The sample (the first megabyte) sees integers only.
            const QString score = row == 50000 ? QStringLiteral("3.5") : QString::number(random.bounded(100));
            QString age = QString::number(random.bounded(18, 90));
            if (row == 10 || row == 40000)
                age = QStringLiteral("abc");
            if (row == 11)
                age = QStringLiteral("N/A");
            QString joined = QStringLiteral("2023-%1-%2")
                                 .arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'))
                                 .arg(random.bounded(1, 29), 2, 10, QLatin1Char('0'));
            if (row == 12)
                joined = QStringLiteral("2023-13-45");
            const QString active = random.bounded(2) ? QStringLiteral("yes") : QStringLiteral("no");
            QString city = row % 7 == 0 ? QString() : QStringLiteral("Köln");
            if (row == 777)
                city += QStringLiteral(",extra field");
            out += QStringList{id, name, note, score, age, joined, active, city}.join(QLatin1Char(',')).toUtf8();
            out += '\n';
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(out);
    }

    // The hostile file's age and joined are given their types, so that bad cells are issues (NULL stored).
    ImportOptions optionsFor(const QString& csv) const
    {
        ImportOptions options;
        options.filePath = csv;
        if (csv == m_hostileCsv) {
            ColumnOverride age;
            age.column = 4;
            age.type = FieldType::Integer;
            ColumnOverride joined;
            joined.column = 5;
            joined.type = FieldType::Date;
            options.overrides << age << joined;
        }
        return options;
    }

    ImportReport importToFile(const ImportOptions& options, QString* path)
    {
        *path = m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_files));
        QString error;
        if (!Workspace::open(*path, Workspace::OpenMode::CreateIfMissing, &error))
            qWarning("%s", qPrintable(error));
        return Importer::run(*path, options);
    }

    ImportReport importToServer(const ImportOptions& options, bool sharded, const ImportCancel& cancel = {})
    {
        QString error;
        auto connection = PgConnection::open(uriOf(sharded), &error);
        if (!connection) {
            ImportReport report;
            report.error = error;
            return report;
        }
        return PgImport::run(*connection, sharded ? shards() : PgLayout(), options, cancel);
    }

    static Rows fileRows(const QString& path)
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, nullptr);
        const int columns = int(workspace->db().columnNames(QStringLiteral("customers")).size());
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order << QString::number(c);
        Statement rows = workspace->db().prepare(
            QStringLiteral("SELECT * FROM customers ORDER BY %1").arg(order.join(QStringLiteral(", "))));
        Rows result;
        while (rows.next()) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row << cellOf(rows.isNull(c), rows.columnType(c) == SQLITE_FLOAT, rows.toString(c), rows.toDouble(c));
            result << row;
        }
        return result;
    }

    // The server's rows in SQLite's order (NULLs first, texts bytewise: COLLATE "C").
    static Rows serverRows(PgConnection& connection, const QStringList& types)
    {
        QStringList order;
        for (int c = 1; c <= types.size(); ++c)
            order << QStringLiteral("%1 NULLS FIRST").arg(c);
        QString error;
        const auto rows = connection.query(
            QStringLiteral("SELECT * FROM customers ORDER BY %1").arg(order.join(QStringLiteral(", "))), {}, &error);
        Rows result;
        for (int r = 0; rows && r < rows->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < rows->columnCount(); ++c) {
                const bool real = types[c] == QLatin1String("double precision");
                row << cellOf(rows->isNull(r, c), real, rows->text(r, c), real ? rows->toDouble(r, c) : 0.0);
            }
            result << row;
        }
        return result;
    }

    // "name type" of the server's customers columns, in order.
    static QStringList serverColumns(PgConnection& connection)
    {
        QString error;
        const auto columns
            = connection.query(QStringLiteral("SELECT column_name, data_type, coalesce(collation_name, '') FROM "
                                              "information_schema.columns WHERE table_schema = current_schema() AND "
                                              "table_name = 'customers' ORDER BY ordinal_position"),
                               {}, &error);
        QStringList result;
        for (int r = 0; columns && r < columns->rowCount(); ++r)
            result << columns->text(r, 0) + QLatin1Char(' ') + columns->text(r, 1) + QLatin1Char(' ')
                    + columns->text(r, 2);
        return result;
    }

    static QString fieldsQuery()
    {
        return QStringLiteral("SELECT name, coalesce(original_header, ''), type, role, pii, position, derived FROM "
                              "fields WHERE table_name = 'customers' ORDER BY position");
    }

    // Every cell of the server's customers as the file's; its column types and catalog rows as the file's say.
    void compareWithFile(const QString& path, bool sharded)
    {
        QString error;
        auto connection = PgConnection::open(uriOf(sharded), &error);
        QVERIFY2(connection, qPrintable(error));
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));

        Statement fields = workspace->db().prepare(fieldsQuery());
        Rows fileFields;
        QStringList expectedColumns;
        QStringList types;
        while (fields.next()) {
            QStringList row;
            for (int c = 0; c < 7; ++c)
                row << fields.toString(c);
            fileFields << row;
            const QString type = PgWorkspaceCopy::columnType(QString(), fields.toString(2));
            types << (type.startsWith(QLatin1String("text")) ? QStringLiteral("text") : type);
            expectedColumns << fields.toString(0) + QLatin1Char(' ') + types.last() + QLatin1Char(' ')
                    + (types.last() == QLatin1String("text") ? QStringLiteral("C") : QString());
        }
        QCOMPARE(serverColumns(*connection), expectedColumns);
        const auto serverFields = connection->query(fieldsQuery(), {}, &error);
        QVERIFY2(serverFields, qPrintable(error));
        Rows onServer;
        for (int r = 0; r < serverFields->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < 7; ++c)
                row << serverFields->text(r, c);
            onServer << row;
        }
        QCOMPARE(onServer, fileFields);

        if (sharded) {
            // Every row on the shard its key hashes to: a lookup by key prunes to that partition.
            const QString key = workspace->db()
                                    .scalar(QStringLiteral("SELECT name FROM fields WHERE table_name = 'customers' "
                                                           "AND role = 'customer_key'"))
                                    .toString();
            for (int i = 0; i < 2; ++i) {
                const auto counts = connection->query(
                    // Materialized: the coordinator checks the rows (postgres_fdw would send the check, with the
                    // coordinator's table OID, to the shard).
                    QStringLiteral("WITH part AS MATERIALIZED (SELECT %2 AS k FROM customers_p%1) SELECT count(*), "
                                   "count(*) FILTER (WHERE NOT satisfies_hash_partition('customers'::regclass, 2, %1, "
                                   "k)) FROM part")
                        .arg(i)
                        .arg(quoteIdentifier(key)),
                    {}, &error);
                QVERIFY2(counts, qPrintable(error));
                QVERIFY(counts->toInt64(0, 0) > 0);
                QCOMPARE(counts->toInt64(0, 1), 0);
            }
        }
        const Rows expected = fileRows(path);
        const Rows actual = serverRows(*connection, types);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r)
            QCOMPARE(actual[r], expected[r]);
    }

    static QString tableDigest(const QString& uri)
    {
        QString error;
        auto connection = PgConnection::open(uri, &error);
        const auto digest = connection ? connection->query(QStringLiteral("SELECT count(*) || ':' || "
                                                                          "md5(string_agg(c::text, '|' ORDER BY "
                                                                          "c::text)) FROM customers c"),
                                                           {}, &error)
                                       : std::nullopt;
        return digest ? digest->text(0, 0) : error;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_servers = test::pgServers(&error);
        QVERIFY2(!m_servers.isEmpty(), qPrintable(error));
        DemoOptions demo;
        demo.customers = 3000;
        demo.seed = 5;
        DemoFiles files;
        QVERIFY2(DemoGenerator::writeCsv(demo, m_dir.filePath(QStringLiteral("demo")), &files, &error),
                 qPrintable(error));
        m_demoCsv = files.customersCsv;
        m_hostileCsv = m_dir.filePath(QStringLiteral("hostile.csv"));
        writeHostile(m_hostileCsv);
        m_repeatedCsv = m_dir.filePath(QStringLiteral("repeated.csv"));
        QFile repeated(m_repeatedCsv);
        QVERIFY(repeated.open(QIODevice::WriteOnly));
        repeated.write("customer_id,name\n");
        for (int row = 1; row <= 20000; ++row)
            repeated.write(QByteArray::number(row % 20000 == 0 ? 7 : row) + ",name " + QByteArray::number(row) + '\n');
    }

    void sameAsIntoAFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sharded");
        QTest::addColumn<int>("hashBits"); // 0: the full hash; else so few bits that many keys share a hash
        QTest::newRow("demo, one server") << QStringLiteral("demo") << false << 0;
        QTest::newRow("demo, shards") << QStringLiteral("demo") << true << 0;
        QTest::newRow("hostile, one server") << QStringLiteral("hostile") << false << 0;
        QTest::newRow("hostile, shards") << QStringLiteral("hostile") << true << 0;
        QTest::newRow("hostile, keys sharing hashes") << QStringLiteral("hostile") << false << 6;
        QTest::newRow("demo, keys sharing hashes, shards") << QStringLiteral("demo") << true << 3;
    }

    void sameAsIntoAFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, sharded);
        QFETCH(int, hashBits);
        const ImportOptions options = optionsFor(file == QLatin1String("demo") ? m_demoCsv : m_hostileCsv);
        QString path;
        const ImportReport reference = importToFile(options, &path);
        QVERIFY2(reference.ok, qPrintable(reference.error));
        if (hashBits > 0)
            qputenv("SWB_IMPORT_KEY_HASH_BITS", QByteArray::number(hashBits));
        const ImportReport streamed = importToServer(options, sharded);
        qunsetenv("SWB_IMPORT_KEY_HASH_BITS");
        QVERIFY2(streamed.ok, qPrintable(streamed.error));
        QCOMPARE(reportJson(streamed), reportJson(reference));
        if (file == QLatin1String("hostile")) {
            // What the file is there for: the issues happened, and the misled pass was done again.
            QCOMPARE(reference.rowsRead, 60000);
            QCOMPARE(reference.rowsImported, 60000 - 1 - 3); // the record with an extra field, 3 repeated keys
            int repeated = 0;
            for (const ImportIssue& issue : reference.issues)
                repeated += issue.reason.contains(QLatin1String("appears again")) ? 1 : 0;
            QCOMPARE(repeated, 3);
            QVERIFY(reference.issueCount >= 7);
            QCOMPARE(reference.columns.at(3).type, FieldType::Real);
        }
        compareWithFile(path, sharded);
    }

    void failureKeepsTheServersCustomers_data()
    {
        QTest::addColumn<bool>("sharded");
        QTest::addColumn<QString>("how");
        for (const bool sharded : {false, true}) {
            const char* where = sharded ? "shards" : "one server";
            QTest::addRow("strict, a bad cell, %s", where) << sharded << QStringLiteral("bad cell");
            QTest::addRow("strict, a repeated key after all rows, %s", where) << sharded << QStringLiteral("repeated");
            QTest::addRow("cancelled mid-file, %s", where) << sharded << QStringLiteral("cancel");
        }
    }

    void failureKeepsTheServersCustomers()
    {
        QFETCH(bool, sharded);
        QFETCH(QString, how);
        const ImportReport before = importToServer(optionsFor(m_demoCsv), sharded);
        QVERIFY2(before.ok, qPrintable(before.error));
        const QString digest = tableDigest(uriOf(sharded));
        QVERIFY2(digest.startsWith(QLatin1String("3000:")), qPrintable(digest));

        // The repeated key is found when all rows have gone to the server.
        ImportOptions options = optionsFor(how == QLatin1String("repeated") ? m_repeatedCsv : m_hostileCsv);
        ImportCancel cancel;
        if (how == QLatin1String("cancel")) {
            auto calls = std::make_shared<int>(0);
            cancel = [calls] {
                return ++*calls > 5;
            };
        } else {
            options.strict = true;
        }
        const ImportReport streamed = importToServer(options, sharded, cancel);
        QVERIFY(!streamed.ok);
        if (how != QLatin1String("cancel")) {
            QString path;
            const ImportReport reference = importToFile(options, &path);
            QVERIFY(!reference.ok);
            QCOMPARE(streamed.error, reference.error);
        }
        if (how == QLatin1String("repeated"))
            QVERIFY2(streamed.error.contains(QLatin1String("appears again")), qPrintable(streamed.error));
        QCOMPARE(streamed.canceled, how == QLatin1String("cancel"));
        QCOMPARE(tableDigest(uriOf(sharded)), digest);
    }
};

QTEST_GUILESS_MAIN(TstPgImport)
#include "tst_pgimport.moc"
