// Importer: real data sets, whole-file typing, issues, bad input, atomic replace/append/upsert, overrides, preview.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/import/importer.h"
#include "model/workspace.h"
#include "testsupport_import.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

Q_DECLARE_METATYPE(swb::FieldType)
Q_DECLARE_METATYPE(swb::FieldRole)
Q_DECLARE_METATYPE(swb::ImportMode)

class TstImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newWorkspace() const { return test::newWorkspace(m_dir.path()); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        return test::writeFile(m_dir.path(), name, bytes);
    }

    static QString data(const char* name) { return QStringLiteral(SWB_TEST_DATA_DIR "/") + QLatin1String(name); }

    static ImportReport import(const QString& ws, const QString& file, ImportMode mode = ImportMode::Replace,
                               bool strict = false, ImportKind kind = ImportKind::Customers)
    {
        return test::importFile(ws, file, kind, mode, strict);
    }

    static QVariant scalar(const QString& ws, const QString& sql)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        return db ? db->scalar(sql) : QVariant();
    }

    static QStringList column(const QString& ws, const QString& sql)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        QStringList values;
        Statement stmt = db->prepare(sql);
        while (stmt.next())
            values << (stmt.isNull(0) ? QStringLiteral("NULL") : stmt.toString(0));
        return values;
    }

    // Every table's rows with their storage classes, in rowid order: "equal content" for atomicity checks.
    static QString dump(const QString& ws)
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        QString text;
        Statement tables = db->prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema ORDER BY name"));
        QStringList names;
        while (tables.next()) {
            text += tables.toString(0) + QLatin1Char('|') + tables.toString(1) + QLatin1Char('\n');
            names << tables.toString(0);
        }
        for (const QString& name : names) {
            if (!db->tableExists(name))
                continue;
            Statement rows = db->prepare(QStringLiteral("SELECT * FROM %1").arg(quoteIdentifier(name)));
            while (rows.next()) {
                for (int c = 0; c < rows.columnCount(); ++c)
                    text
                        += QString::number(rows.columnType(c)) + QLatin1Char(':') + rows.toString(c) + QLatin1Char('|');
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

    static FieldInfo fieldOf(const QString& ws, const QString& name, const QString& table = QStringLiteral("customers"))
    {
        QString error;
        auto db = Database::open(ws, Database::Mode::ReadOnly, &error);
        return FieldCatalog::findByName(FieldCatalog::load(*db, table), name).value_or(FieldInfo());
    }

private slots:
    void realDataSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<FieldRole>("role");
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("nulls");

        const QString mall = data("Mall_Customers.csv");
        const QString tab = data("marketing_campaign.csv");
        const QString semi = data("marketing_campaign_semicolon.csv");
        QTest::newRow("mall-key") << mall << "," << 200LL << "customerid" << FieldType::Text << FieldRole::CustomerKey
                                  << "" << 0LL;
        QTest::newRow("mall-genre") << mall << "," << 200LL << "genre" << FieldType::Text << FieldRole::Gender << ""
                                    << 0LL;
        QTest::newRow("mall-age") << mall << "," << 200LL << "age" << FieldType::Integer << FieldRole::Age << "" << 0LL;
        QTest::newRow("mall-income") << mall << "," << 200LL << "annual_income_k" << FieldType::Integer
                                     << FieldRole::None << "" << 0LL;
        QTest::newRow("mall-score") << mall << "," << 200LL << "spending_score_1_100" << FieldType::Integer
                                    << FieldRole::None << "" << 0LL;
        QTest::newRow("tab-id") << tab << "\t" << 2240LL << "id" << FieldType::Integer << FieldRole::CustomerKey << ""
                                << 0LL;
        QTest::newRow("tab-income") << tab << "\t" << 2240LL << "income" << FieldType::Integer << FieldRole::None << ""
                                    << 24LL;
        QTest::newRow("tab-date") << tab << "\t" << 2240LL << "dt_customer" << FieldType::Date << FieldRole::SignupDate
                                  << "dd-mm-yyyy" << 0LL;
        QTest::newRow("tab-boolean") << tab << "\t" << 2240LL << "response" << FieldType::Boolean << FieldRole::None
                                     << "" << 0LL;
        QTest::newRow("tab-education") << tab << "\t" << 2240LL << "education" << FieldType::Text << FieldRole::None
                                       << "" << 0LL;
        QTest::newRow("semicolon-income")
            << semi << ";" << 2240LL << "income" << FieldType::Integer << FieldRole::None << "" << 24LL;
        QTest::newRow("semicolon-date") << semi << ";" << 2240LL << "dt_customer" << FieldType::Date
                                        << FieldRole::SignupDate << "dd/mm/yyyy" << 0LL;
    }

    void realDataSets()
    {
        QFETCH(QString, file);
        QFETCH(QString, delimiter);
        QFETCH(qint64, rows);
        QFETCH(QString, columnName);
        QFETCH(FieldType, type);
        QFETCH(FieldRole, role);
        QFETCH(QString, format);
        QFETCH(qint64, nulls);
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, file);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.delimiter, delimiter);
        QCOMPARE(report.rowsRead, rows);
        QCOMPARE(report.rowsImported, rows);
        QCOMPARE(report.issueCount, 0);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toLongLong(), rows);
        const auto it = std::find_if(report.columns.begin(), report.columns.end(),
                                     [&](const ImportColumn& c) { return c.name == columnName; });
        QVERIFY(it != report.columns.end());
        QCOMPARE(it->type, type);
        QCOMPARE(it->role, role);
        QCOMPARE(it->format, format);
        QCOMPARE(it->nulls, nulls);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE %1 IS NULL").arg(columnName)).toLongLong(),
            nulls);
        const FieldInfo field = fieldOf(ws, columnName);
        QCOMPARE(field.type, type);
        QCOMPARE(field.role, role);
        QCOMPARE(field.pii, isPiiRole(role));
    }

    void realDataValues()
    {
        const QString ws = newWorkspace();
        QVERIFY(import(ws, data("Mall_Customers.csv")).ok);
        QCOMPARE(column(ws, QStringLiteral("SELECT customerid FROM customers ORDER BY rowid LIMIT 2")),
                 QStringList({QStringLiteral("0001"), QStringLiteral("0002")}));
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT original_header FROM fields WHERE name = 'annual_income_k'")).toString(),
            QStringLiteral("Annual Income (k$)"));
        // The last record has no final newline: it is there.
        QCOMPARE(scalar(ws, QStringLiteral("SELECT customerid FROM customers ORDER BY rowid DESC LIMIT 1")).toString(),
                 QStringLiteral("0200"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT typeof(age) FROM customers LIMIT 1")).toString(),
                 QStringLiteral("integer"));

        const QString tab = newWorkspace();
        QVERIFY(import(tab, data("marketing_campaign.csv")).ok);
        const QString semi = newWorkspace();
        QVERIFY(import(semi, data("marketing_campaign_semicolon.csv")).ok);
        // The same data in two dialects gives the same dates: 04-09-2012 and 04/09/2012 are 4 September.
        QCOMPARE(scalar(tab, QStringLiteral("SELECT dt_customer FROM customers WHERE id = 5524")).toString(),
                 QStringLiteral("2012-09-04"));
        QCOMPARE(column(tab, QStringLiteral("SELECT dt_customer || income FROM customers ORDER BY id")),
                 column(semi, QStringLiteral("SELECT dt_customer || income FROM customers ORDER BY id")));
        QCOMPARE(scalar(tab, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 1);
    }

    void lateConflictsUseWholeFileTypes()
    {
        // Sample-typed columns that the rest of the file contradicts after row 50,000: every value kept exactly.
        QByteArray csv("id,code,price,day\n");
        for (int i = 1; i <= 60000; ++i) {
            const QByteArray code = i == 50000 ? QByteArray("X-17") : QByteArray::number(i * 3);
            const QByteArray price = i == 50001 ? QByteArray("2.5") : QByteArray::number(i % 100);
            // Dates read day-first until a second part > 12 shows they are month-first.
            const QByteArray day = i == 55000 ? QByteArray("01/13/2020") : QByteArray("01/02/2020");
            csv += QByteArray::number(i) + ',' + code + ',' + price + ',' + day + '\n';
        }
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("late.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, 60000);
        QCOMPARE(report.issueCount, 0);
        QCOMPARE(fieldOf(ws, QStringLiteral("code")).type, FieldType::Text);
        QCOMPARE(fieldOf(ws, QStringLiteral("price")).type, FieldType::Real);
        QCOMPARE(fieldOf(ws, QStringLiteral("day")).type, FieldType::Date);
        QCOMPARE(
            scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE code = CAST(id * 3 AS TEXT)")).toLongLong(),
            59999);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT code FROM customers WHERE id = 50000")).toString(),
                 QStringLiteral("X-17"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT typeof(code) FROM customers WHERE id = 7")).toString(),
                 QStringLiteral("text"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT price FROM customers WHERE id = 50001")).toDouble(), 2.5);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE day = '2020-01-02'")).toLongLong(),
                 59999);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT day FROM customers WHERE id = 55000")).toString(),
                 QStringLiteral("2020-01-13"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM imports")).toInt(),
                 1); // the retried pass left nothing
    }

    void valuesAndNulls()
    {
        const QByteArray csv("zip,amount,flag,note,when\n"
                             "01067,\"1.234,50\",yes,  ,2024-01-31 10:00:00\n"
                             "10115,\"2,5\",no,x,\n"
                             ",,,\" \",2024-02-01\n");
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("values.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(column(ws, QStringLiteral("SELECT zip FROM customers")),
                 QStringList({QStringLiteral("01067"), QStringLiteral("10115"), QStringLiteral("NULL")}));
        QCOMPARE(column(ws, QStringLiteral("SELECT amount FROM customers")),
                 QStringList({QStringLiteral("1234.5"), QStringLiteral("2.5"), QStringLiteral("NULL")}));
        QCOMPARE(column(ws, QStringLiteral("SELECT flag FROM customers")),
                 QStringList({QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("NULL")}));
        QCOMPARE(column(ws, QStringLiteral("SELECT note FROM customers")),
                 QStringList({QStringLiteral("NULL"), QStringLiteral("x"), QStringLiteral("NULL")}));
        QCOMPARE(column(ws,
                        QStringLiteral("SELECT "
                                       "\"when\" FROM customers")),
                 QStringList({QStringLiteral("2024-01-31 10:00:00"), QStringLiteral("NULL"),
                              QStringLiteral("2024-02-01 00:00:00")}));
        QCOMPARE(fieldOf(ws, QStringLiteral("when")).type, FieldType::DateTime);
        QCOMPARE(fieldOf(ws, QStringLiteral("zip")).type, FieldType::Text);
        QCOMPARE(fieldOf(ws, QStringLiteral("flag")).type, FieldType::Boolean);
    }

    void ambiguousDatesFollowTheFile()
    {
        // "signup" reads both ways; "last" has a day > 12 in second place, so this is a month-first export.
        const QString us
            = writeFile(QStringLiteral("us.csv"), "id,signup,last\n1,03/04/2020,12/13/2020\n2,05/06/2020,1/2/2021\n");
        const QString ws = newWorkspace();
        QVERIFY(import(ws, us).ok);
        QCOMPARE(column(ws, QStringLiteral("SELECT signup || ' ' || last FROM customers ORDER BY id")),
                 QStringList({QStringLiteral("2020-03-04 2020-12-13"), QStringLiteral("2020-05-06 2021-01-02")}));
        const QString alone = writeFile(QStringLiteral("alone.csv"), "id,signup\n1,03/04/2020\n");
        const QString ws2 = newWorkspace();
        QVERIFY(import(ws2, alone).ok);
        QCOMPARE(scalar(ws2, QStringLiteral("SELECT signup FROM customers")).toString(), QStringLiteral("2020-04-03"));
    }

    void raggedRowsAreIssues()
    {
        const QByteArray csv("id,name\n1,Anna\n2,Ben,extra\n3\n4,\"Multi\nline\"\n5,Eva,x\n6,Finn\n");
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("ragged.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsRead, 6);
        QCOMPARE(report.rowsImported, 3);
        QCOMPARE(report.issueCount, 3);
        QCOMPARE(column(ws, QStringLiteral("SELECT line FROM import_issues ORDER BY line")),
                 QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("7")}));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT raw FROM import_issues WHERE line = 3")).toString(),
                 QStringLiteral("2,Ben,extra"));
        QVERIFY(scalar(ws, QStringLiteral("SELECT reason FROM import_issues WHERE line = 4"))
                    .toString()
                    .contains(QStringLiteral("1 fields")));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT issue_count FROM imports")).toInt(), 3);
    }

    void strictStopsAtFirstIssueAndChangesNothing()
    {
        const QString ws = newWorkspace();
        QVERIFY(import(ws, data("Mall_Customers.csv")).ok);
        const QString before = dump(ws);
        const ImportReport report = import(
            ws, writeFile(QStringLiteral("strict.csv"), "id,name\n1,a\n2,b\n3,c,d\n4,e\n"), ImportMode::Replace, true);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("Line 4")), qPrintable(report.error));
        QCOMPARE(dump(ws), before);
    }

    void duplicateKeysKeepTheFirst()
    {
        const QByteArray csv("Customer ID,Name\nA1,first\nA2,x\nA1,second\nA3,y\nA1,third\n");
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("dups.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, 3);
        QCOMPARE(report.issueCount, 2);
        QCOMPARE(column(ws, QStringLiteral("SELECT line FROM import_issues ORDER BY line")),
                 QStringList({QStringLiteral("4"), QStringLiteral("6")}));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM customers WHERE customer_id = 'A1'")).toString(),
                 QStringLiteral("first"));
        QVERIFY(
            scalar(ws, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'idx_customers_key'")).toInt()
            == 1);
        const ImportReport strict = import(ws, writeFile(QStringLiteral("dups.csv"), csv), ImportMode::Replace, true);
        QVERIFY(!strict.ok);
        QVERIFY2(strict.error.contains(QStringLiteral("Line 4")), qPrintable(strict.error));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("detected");
        const QString text = QStringLiteral("name;city\nMüller;Köln\nRenée;Zürich\n");
        QByteArray utf16le("\xFF\xFE", 2);
        QByteArray utf16be("\xFE\xFF", 2);
        for (const QChar c : text) {
            utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-8") << text.toUtf8() << "auto"
                               << "utf-8";
        QTest::newRow("utf-8-bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "auto"
                                   << "utf-8";
        QTest::newRow("utf-16le") << utf16le << "auto"
                                  << "utf-16le";
        QTest::newRow("utf-16be") << utf16be << "auto"
                                  << "utf-16be";
        QTest::newRow("windows-1252") << text.toLatin1() << "auto"
                                      << "windows-1252";
        QTest::newRow("latin1-named") << text.toLatin1() << "latin1"
                                      << "latin1";
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, detected);
        const QString ws = newWorkspace();
        ImportOptions options;
        options.filePath = writeFile(QStringLiteral("enc.csv"), bytes);
        options.encoding = encoding;
        const ImportReport report = Importer::run(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.encoding, detected);
        QCOMPARE(column(ws, QStringLiteral("SELECT name || '/' || city FROM customers")),
                 QStringList({QStringLiteral("Müller/Köln"), QStringLiteral("Renée/Zürich")}));
    }

    void latin1LateInTheFileIsFound()
    {
        // Valid UTF-8 (ASCII) for the first megabytes, a Latin-1 byte at the end: the whole file is Windows-1252.
        QByteArray csv("id,name\n");
        for (int i = 0; i < 80000; ++i)
            csv += QByteArray::number(i) + ",plain ascii name\n";
        csv += "80000,Jos\xE9\n";
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("late-latin1.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM customers WHERE id = 80000")).toString(),
                 QStringLiteral("José"));
    }

    void invalidUtf8InUtf8FileIsRepairedWithIssue()
    {
        const QByteArray csv = QStringLiteral("id,name\n1,Müller\n2,Grüße\n3,Ärger\n").toUtf8() + "4,bad \xFF byte\n";
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("bad-utf8.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.encoding, QStringLiteral("utf-8"));
        QCOMPARE(report.rowsImported, 4);
        QCOMPARE(report.issueCount, 1);
        QCOMPARE(report.issues.value(0).line, 5);
        QCOMPARE(report.issues.value(0).column, QStringLiteral("name"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM customers WHERE id = 4")).toString(),
                 QStringLiteral("bad \uFFFD byte"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT name FROM customers WHERE id = 2")).toString(),
                 QStringLiteral("Grüße"));
    }

    void utf8IsJudgedPerCellWhereARecordIsInvalid()
    {
        // The importer checks a record's bytes at once and each cell only when that fails. Line 2: a doubled quote
        // before "é" leaves a stray continuation byte between the cells once the field is unquoted (not an issue);
        // line 3: the bad byte is in "note" only, the multi-byte cells around it stay as they are.
        const QByteArray csv = QByteArray("id,name,note,city\n") + QStringLiteral("1,\"\"\"é\",ok,Köln\n").toUtf8()
            + QStringLiteral("2,Grüße,bad ").toUtf8() + "\xFF" + QStringLiteral(",Zürich\n").toUtf8();
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("cells.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.encoding, QStringLiteral("utf-8"));
        QCOMPARE(report.issueCount, 1);
        QCOMPARE(report.issues.value(0).line, 3);
        QCOMPARE(report.issues.value(0).column, QStringLiteral("note"));
        QCOMPARE(column(ws, QStringLiteral("SELECT name || '|' || note || '|' || city FROM customers ORDER BY id")),
                 QStringList({QStringLiteral("\"é|ok|Köln"), QStringLiteral("Grüße|bad \uFFFD|Zürich")}));
    }

    void nullWordsAreNoValueInTypedColumnsOnly()
    {
        // "N/A", "null", "-" … in a number, date or yes/no column are no value (counted with the NULLs); in a text
        // column ("NA" is Namibia) they stay as written.
        const QByteArray csv("id,age,country,joined,vip\n1,34,NA,2024-01-02,yes\n2,N/A,DE,null,no\n"
                             "3,#N/A,NA,-,N/A\n4,51,FR,2024-02-03,\n");
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("na.csv"), csv));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.issueCount, 0);
        QStringList types;
        QList<qint64> nulls;
        for (const ImportColumn& column : report.columns) {
            types << fieldTypeName(column.type);
            nulls << column.nulls;
        }
        QCOMPARE(types,
                 QStringList({QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("text"),
                              QStringLiteral("date"), QStringLiteral("boolean")}));
        QCOMPARE(nulls, QList<qint64>({0, 2, 0, 2, 2}));
        QCOMPARE(column(ws,
                        QStringLiteral("SELECT quote(age) || quote(country) || quote(joined) || quote(vip) FROM "
                                       "customers ORDER BY id")),
                 QStringList({QStringLiteral("34'NA''2024-01-02'1"), QStringLiteral("NULL'DE'NULL0"),
                              QStringLiteral("NULL'NA'NULLNULL"), QStringLiteral("51'FR''2024-02-03'NULL")}));
    }

    void separatorLineNamesTheDelimiter_data()
    {
        // Spreadsheets write "sep=;" as the first line to name the delimiter; the header follows on line 2.
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("sep=;\r\nid;name;note\r\n1;Zoë;a,b\r\n2;Ann\r\n3;Bo;c\r\n");
        QByteArray utf16le("\xFF\xFE", 2);
        for (const QChar c : text)
            utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("utf-8-bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("utf-16le-bom") << utf16le;
        QTest::newRow("windows-1252") << text.toLatin1();
    }

    void separatorLineNamesTheDelimiter()
    {
        QFETCH(QByteArray, bytes);
        const QString ws = newWorkspace();
        const ImportReport report = import(ws, writeFile(QStringLiteral("sep.csv"), bytes));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.delimiter, QStringLiteral(";"));
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.issueCount, 1);
        QCOMPARE(report.issues.value(0).line, 4); // the short record, counted from the "sep=" line
        QCOMPARE(column(ws, QStringLiteral("SELECT name || '/' || note FROM customers ORDER BY id")),
                 QStringList({QStringLiteral("Zoë/a,b"), QStringLiteral("Bo/c")}));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message"); // part of the error (when !ok)
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("issues");

        QByteArray garbage(200000, '\0');
        QRandomGenerator random(7);
        for (char& c : garbage)
            c = char(random.bounded(256));
        QTest::newRow("binary-garbage") << garbage << false << "binary" << 0LL << 0LL;
        QTest::newRow("empty-file") << QByteArray() << false << "empty" << 0LL << 0LL;
        QTest::newRow("blank-lines-only") << QByteArray("\n\n\r\n") << false << "no records" << 0LL << 0LL;
        QTest::newRow("header-only") << QByteArray("id,name,email\n") << false << "no records below it" << 0LL << 0LL;
        QTest::newRow("header-only-without-line-break")
            << QByteArray("id,name,email") << false << "no records below it" << 0LL << 0LL;
        QByteArray zip("PK\x03\x04\x14\x00\x06\x00\x08\x00", 10);
        zip += QByteArray("[Content_Types].xml") + QByteArray(3000, '\0');
        QTest::newRow("xlsx") << zip << false << "is an Excel workbook" << 0LL << 0LL;
        QTest::newRow("ods") << QByteArray("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
                             << false << "OpenDocument spreadsheet" << 0LL << 0LL;
        QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) + QByteArray("customers.csv") + QByteArray(500, '\x01')
                             << false << "ZIP archive" << 0LL << 0LL;
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4000, '\0') << false
                             << "is an Excel workbook" << 0LL << 0LL;
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00", 4) + QByteArray(300, '\x07') << false
                              << "compressed (gzip)" << 0LL << 0LL;
        QTest::newRow("bzip2") << QByteArray("BZh91AY&SY") + QByteArray(300, '\x07') << false << "compressed (bzip2)"
                               << 0LL << 0LL;
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0') << false
                                << "SQLite database" << 0LL << 0LL;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n") << false << "PDF document" << 0LL
                             << 0LL;
        QTest::newRow("text-starting-like-bzip2") << QByteArray("BZh,name\n1,x\n") << true << "" << 1LL << 0LL;
        QTest::newRow("unterminated-quote-in-header")
            << QByteArray("id,\"name\n1,x\n") << false << "never closed" << 0LL << 0LL;
        QTest::newRow("unterminated-quote-at-eof")
            << QByteArray("id,note\n1,ok\n2,\"never closed\n3,x\n") << true << "" << 1LL << 1LL;
        QByteArray longLine("id,note\n1,");
        longLine += QByteArray(10 << 20, 'x');
        longLine += "\n2,short\n";
        QTest::newRow("10-mb-single-line") << longLine << true << "" << 2LL << 0LL;
        QTest::newRow("10-mb-file-without-line-break") << QByteArray(10 << 20, 'a') << true << "" << 1LL << 0LL;
        QByteArray wide;
        for (int c = 0; c < 5000; ++c)
            wide += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
        wide += '\n';
        for (int c = 0; c < 5000; ++c)
            wide += (c ? ",1" : "1");
        wide += '\n';
        QTest::newRow("5000-columns") << wide << false << "has 5" << 0LL << 0LL;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        QFETCH(qint64, rows);
        QFETCH(qint64, issues);
        const QString ws = newWorkspace();
        QVERIFY(import(ws, data("Mall_Customers.csv")).ok);
        const QString before = dump(ws);
        const ImportReport report = import(ws, writeFile(QStringLiteral("bad.csv"), bytes));
        QCOMPARE(report.ok, ok);
        if (!ok) {
            QVERIFY2(report.error.contains(message), qPrintable(report.error));
            QCOMPARE(dump(ws), before);
            return;
        }
        QCOMPARE(report.rowsImported, rows);
        QCOMPARE(report.issueCount, issues);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toLongLong(), rows);
    }

    void failedOrCancelledImportLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<ImportMode>("mode");
        QTest::addColumn<bool>("cancel"); // else: strict failure late in the file
        QTest::newRow("replace-cancel") << ImportMode::Replace << true;
        QTest::newRow("append-cancel") << ImportMode::Append << true;
        QTest::newRow("upsert-cancel") << ImportMode::Upsert << true;
        QTest::newRow("replace-strict-failure") << ImportMode::Replace << false;
        QTest::newRow("append-strict-failure") << ImportMode::Append << false;
        QTest::newRow("upsert-strict-failure") << ImportMode::Upsert << false;
    }

    void failedOrCancelledImportLeavesWorkspaceUnchanged()
    {
        QFETCH(ImportMode, mode);
        QFETCH(bool, cancel);
        const QString ws = newWorkspace();
        QVERIFY(import(ws, writeFile(QStringLiteral("base.csv"), "CustomerID,score,city\n1,5,Berlin\n2,7,Paris\n")).ok);
        const QString before = dump(ws);
        QByteArray csv("CustomerID,score,city,extra\n");
        for (int i = 1; i <= 30000; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(i % 10) + ",Town,e\n";
        if (!cancel)
            csv += "30001,1,Town,e,ragged\n";
        ImportOptions options;
        options.filePath = writeFile(QStringLiteral("big.csv"), csv);
        options.mode = mode;
        options.strict = !cancel;
        int calls = 0;
        const ImportReport report = Importer::run(
            ws, options, [&] { return cancel && calls >= 2; }, [&](qint64, qint64) { ++calls; });
        QVERIFY(!report.ok);
        QCOMPARE(report.canceled, cancel);
        if (cancel)
            QVERIFY(calls >= 2);
        QCOMPARE(dump(ws), before);
        // The workspace still works: the same import without the problem succeeds.
        options.strict = false;
        QVERIFY(Importer::run(ws, options).ok);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toLongLong(), 30000);
    }

    void appendAddsColumnsAndReportsMisfits()
    {
        const QString ws = newWorkspace();
        QVERIFY(
            import(ws, writeFile(QStringLiteral("a.csv"), "CustomerID,age,joined\n1,30,2020-01-01\n2,40,2020-02-01\n"))
                .ok);
        const QByteArray more("CustomerID,Age,Joined,City\n3,old,01.03.2020,Rome\n1,50,2020-04-01,Oslo\n4,60,,Lima\n");
        const ImportReport report = import(ws, writeFile(QStringLiteral("b.csv"), more), ImportMode::Append);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, 2); // customer 1 exists already
        QCOMPARE(report.issueCount, 3); // "old" is no integer, 01.03.2020 no ISO date… read by this file's format
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 4);
        QCOMPARE(column(ws,
                        QStringLiteral("SELECT coalesce(age, 'NULL') || '/' || coalesce(city, 'NULL') FROM "
                                       "customers ORDER BY customerid")),
                 QStringList({QStringLiteral("30/NULL"), QStringLiteral("40/NULL"), QStringLiteral("NULL/Rome"),
                              QStringLiteral("60/Lima")}));
        QCOMPARE(fieldOf(ws, QStringLiteral("city")).type, FieldType::Text);
        QCOMPARE(fieldOf(ws, QStringLiteral("age")).type, FieldType::Integer);
        const ImportColumn city = report.columns.value(3);
        QVERIFY(city.added);
    }

    void upsertUpdatesAndInserts()
    {
        const QString ws = newWorkspace();
        QVERIFY(import(ws, writeFile(QStringLiteral("u1.csv"), "CustomerID,score,city\n1,5,Berlin\n2,7,Paris\n")).ok);
        const ImportReport report = import(
            ws, writeFile(QStringLiteral("u2.csv"), "CustomerID,score,city\n2,9,\n3,1,Rome\n"), ImportMode::Upsert);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsInserted, 1);
        QCOMPARE(report.rowsUpdated, 1);
        QCOMPARE(column(ws,
                        QStringLiteral("SELECT customerid || ':' || score || ':' || city FROM customers ORDER BY "
                                       "customerid")),
                 QStringList({QStringLiteral("1:5:Berlin"), QStringLiteral("2:9:Paris"), QStringLiteral("3:1:Rome")}));
        // No customer key in the workspace: a clear error.
        const QString plain = newWorkspace();
        QVERIFY(import(plain, writeFile(QStringLiteral("u3.csv"), "color,size\nred,1\n")).ok);
        const ImportReport refused
            = import(plain, writeFile(QStringLiteral("u4.csv"), "color,size\nblue,2\n"), ImportMode::Upsert);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("customer key")), qPrintable(refused.error));
    }

    void overridesWin()
    {
        const QString ws = newWorkspace();
        ImportOptions options;
        options.filePath
            = writeFile(QStringLiteral("o.csv"), "ref,score,secret,d\n0001,5,x,01/02/2020\n0002,6,y,03/04/2020\n");
        ColumnOverride ref;
        ref.column = 0;
        ref.role = FieldRole::CustomerKey;
        ref.name = QStringLiteral("Kunden Nr");
        ColumnOverride score;
        score.column = 1;
        score.type = FieldType::Real;
        score.role = FieldRole::Nps;
        ColumnOverride secret;
        secret.column = 2;
        secret.skip = true;
        ColumnOverride date;
        date.column = 3;
        date.monthFirst = true;
        options.overrides = {ref, score, secret, date};
        const ImportReport report = Importer::run(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('customers')")).toString(),
                 QStringLiteral("kunden_nr,score,d"));
        QCOMPARE(fieldOf(ws, QStringLiteral("kunden_nr")).role, FieldRole::CustomerKey);
        QCOMPARE(fieldOf(ws, QStringLiteral("score")).type, FieldType::Real);
        QCOMPARE(fieldOf(ws, QStringLiteral("score")).role, FieldRole::Nps);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT typeof(score) FROM customers LIMIT 1")).toString(),
                 QStringLiteral("real"));
        QCOMPARE(column(ws, QStringLiteral("SELECT d FROM customers")),
                 QStringList({QStringLiteral("2020-01-02"), QStringLiteral("2020-03-04")}));
    }

    void previewReadsAPrefix()
    {
        ImportOptions options;
        options.filePath = data("marketing_campaign_semicolon.csv");
        const ImportPreview preview = Importer::preview(options, 5);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(preview.delimiter, ';');
        QVERIFY(preview.hasHeader);
        QCOMPARE(preview.rows.size(), 5);
        QCOMPARE(preview.rows.first().first(), QStringLiteral("5524"));
        QCOMPARE(preview.columns.size(), 29);
        QCOMPARE(preview.columns.value(7).name, QStringLiteral("dt_customer"));
        QCOMPARE(preview.columns.value(7).type, FieldType::Date);
        QCOMPARE(preview.columns.value(0).role, FieldRole::CustomerKey);
        options.filePath = m_dir.filePath(QStringLiteral("missing.csv"));
        QVERIFY(!Importer::preview(options).ok);
    }
};

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
