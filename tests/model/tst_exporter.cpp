// Export writers: each format read back by an independent reader (Python's csv, json, openpyxl, hashlib),
// PII policies, and no partial file on cancel or failure.
#include "model/database.h"
#include "model/export/exporter.h"
#include "model/export/piitransform.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Reads `file` with Python's own readers and prints the rows as a JSON array of arrays of strings/numbers/null.
constexpr char s_reader[] = R"py(
import csv, json, sys, hashlib
path, fmt = sys.argv[1], sys.argv[2]
rows = []
if fmt in ("csv", "tsv", "csv-semicolon", "csv-bom"):
    delim = {"csv": ",", "csv-bom": ",", "tsv": "\t", "csv-semicolon": ";"}[fmt]
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = [row for row in csv.reader(f, delimiter=delim)]
elif fmt == "json":
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    rows = [list(obj.keys()) for obj in data[:1]] + [list(obj.values()) for obj in data]
elif fmt == "xlsx":
    import openpyxl, datetime
    wb = openpyxl.load_workbook(path, read_only=True)
    for ws in wb.worksheets:
        for i, row in enumerate(ws.iter_rows(values_only=True)):
            if i == 0 and rows:
                continue
            out = []
            for v in row:
                if isinstance(v, datetime.datetime):
                    v = v.strftime("%Y-%m-%d %H:%M:%S") if (v.hour or v.minute or v.second) else v.strftime("%Y-%m-%d")
                out.append(v)
            rows.append(out)
elif fmt == "sha256":
    rows = [[hashlib.sha256(line.strip().lower().encode("utf-8")).hexdigest()] for line in open(path, encoding="utf-8").read().split("\n") if line.strip()]
print(json.dumps(rows))
)py";

QJsonArray readWithPython(const QString& path, const QString& format)
{
    QProcess python;
    python.start(QStringLiteral(SWB_PYTHON), { QStringLiteral("-c"), QString::fromUtf8(s_reader), path, format });
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "python failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TstExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    ExportReport exportTo(const QString& file, ExportFormat format, PiiPolicy pii = PiiPolicy::Keep,
                          const QStringList& columns = {}, char delimiter = ',', bool bom = false)
    {
        ExportOptions options;
        options.outputPath = out(file);
        options.format = format;
        options.pii = pii;
        options.columns = columns;
        options.delimiter = delimiter;
        options.utf8Bom = bom;
        return Exporter::run(m_workspace, RowSelection { QStringLiteral("\"age\" >= ?"), { QVariant(18) } }, options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(SWB_PYTHON)));
        m_workspace = m_dir.filePath(QStringLiteral("ws.sqlite"));
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->db().exec(
            "CREATE TABLE customers(id TEXT, name TEXT, email TEXT, age INTEGER, spend REAL, vip INTEGER, "
            "signup TEXT, seen TEXT);"
            "INSERT INTO customers VALUES "
            "('0001', 'O''Brien, Pat', ' Pat.OBrien@Example.com ', 34, 1234.5, 1, '2021-03-04', '2024-01-02 10:11:12'),"
            "('0002', 'Zoë \"Zo\" Ünal', 'zoe@example.de', 19, 0.1, 0, '2020-12-31', NULL),"
            "('0003', 'Line\nBreak', NULL, 52, NULL, NULL, NULL, '2023-06-07 00:00:01'),"
            "('0004', 'Too Young', 'kid@example.com', 12, 5, 0, '2022-01-01', NULL),"
            "('0005', 'Semi;colon|pipe\ttab', 'MIXED@Case.ORG', 77, -3.25, 1, '2019-07-08', NULL);"));
        const QList<FieldInfo> fields {
            { QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("ID"), FieldType::Text,
              FieldRole::CustomerKey, false, 0 },
            { QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("Name"), FieldType::Text,
              FieldRole::Name, true, 1 },
            { QStringLiteral("customers"), QStringLiteral("email"), QStringLiteral("E-Mail"), FieldType::Text,
              FieldRole::Email, true, 2 },
            { QStringLiteral("customers"), QStringLiteral("age"), QStringLiteral("Age"), FieldType::Integer,
              FieldRole::Age, false, 3 },
            { QStringLiteral("customers"), QStringLiteral("spend"), QStringLiteral("Spend"), FieldType::Real,
              FieldRole::Revenue, false, 4 },
            { QStringLiteral("customers"), QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean,
              FieldRole::None, false, 5 },
            { QStringLiteral("customers"), QStringLiteral("signup"), QStringLiteral("Signup"), FieldType::Date,
              FieldRole::SignupDate, false, 6 },
            { QStringLiteral("customers"), QStringLiteral("seen"), QStringLiteral("Seen"), FieldType::DateTime,
              FieldRole::None, false, 7 },
        };
        QVERIFY2(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error), qPrintable(error));
    }

    void readsBackIdentically_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("csv") << ',' << false;
        QTest::newRow("csv-bom") << int(ExportFormat::Csv) << QStringLiteral("csv-bom") << ',' << true;
        QTest::newRow("csv-semicolon") << int(ExportFormat::Csv) << QStringLiteral("csv-semicolon") << ';' << false;
        QTest::newRow("tsv") << int(ExportFormat::Tsv) << QStringLiteral("tsv") << '\t' << false;
        QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("json") << ',' << false;
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx) << QStringLiteral("xlsx") << ',' << false;
    }

    void readsBackIdentically()
    {
        QFETCH(int, format);
        QFETCH(QString, reader);
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        const QString file = QStringLiteral("all.") + reader;
        const ExportReport report = exportTo(file, ExportFormat(format), PiiPolicy::Keep, {}, delimiter, bom);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rows, 4); // age >= 18
        if (bom) {
            QFile raw(out(file));
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QCOMPARE(raw.read(3), QByteArray("\xEF\xBB\xBF"));
        }
        const QJsonArray rows = readWithPython(out(file), reader);
        QCOMPARE(rows.size(), 5);
        const QStringList header { QStringLiteral("id"),     QStringLiteral("name"),  QStringLiteral("email"),
                                   QStringLiteral("age"),    QStringLiteral("spend"), QStringLiteral("vip"),
                                   QStringLiteral("signup"), QStringLiteral("seen") };
        QStringList gotHeader;
        for (const QJsonValue& v : rows.at(0).toArray())
            gotHeader << v.toString();
        QCOMPARE(gotHeader, header);

        const bool typed = reader == QLatin1String("json") || reader == QLatin1String("xlsx");
        const QJsonArray first = rows.at(1).toArray();
        QCOMPARE(first.at(0).toString(), QStringLiteral("0001")); // leading zeros survive as text
        QCOMPARE(first.at(1).toString(), QStringLiteral("O'Brien, Pat"));
        QCOMPARE(first.at(2).toString(), QStringLiteral(" Pat.OBrien@Example.com "));
        QCOMPARE(first.at(6).toString(), QStringLiteral("2021-03-04"));
        QCOMPARE(first.at(7).toString(), QStringLiteral("2024-01-02 10:11:12"));
        const QJsonArray second = rows.at(2).toArray();
        QCOMPARE(second.at(1).toString(), QStringLiteral("Zoë \"Zo\" Ünal"));
        const QJsonArray third = rows.at(3).toArray();
        QCOMPARE(third.at(1).toString(), QStringLiteral("Line\nBreak"));
        const QJsonArray fourth = rows.at(4).toArray();
        QCOMPARE(fourth.at(1).toString(), QStringLiteral("Semi;colon|pipe\ttab"));
        if (typed) {
            QCOMPARE(first.at(3).toDouble(), 34.0);
            QCOMPARE(first.at(4).toDouble(), 1234.5);
            QCOMPARE(second.at(4).toDouble(), 0.1);
            QVERIFY(third.at(2).isNull());
            QVERIFY(third.at(4).isNull());
            QCOMPARE(first.at(5).toBool(), true);
            QCOMPARE(second.at(5).toBool(), false);
            QCOMPARE(fourth.at(4).toDouble(), -3.25);
        } else {
            QCOMPARE(first.at(3).toString(), QStringLiteral("34"));
            QCOMPARE(first.at(4).toString(), QStringLiteral("1234.5"));
            QCOMPARE(second.at(4).toString(), QStringLiteral("0.1"));
            QCOMPARE(third.at(2).toString(), QString());
            QCOMPARE(first.at(5).toString(), QStringLiteral("1"));
            QCOMPARE(fourth.at(4).toString(), QStringLiteral("-3.25"));
        }
    }

    void hashedEmailsMatchPythonHashlib()
    {
        const ExportReport report = exportTo(QStringLiteral("hashed.csv"), ExportFormat::Csv, PiiPolicy::Hash,
                                             { QStringLiteral("id"), QStringLiteral("email") });
        QVERIFY2(report.ok, qPrintable(report.error));
        const QJsonArray rows = readWithPython(out(QStringLiteral("hashed.csv")), QStringLiteral("csv"));
        QCOMPARE(rows.size(), 5);
        // The raw addresses of the exported rows, hashed by Python from a plain list.
        QFile plain(out(QStringLiteral("emails.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(" Pat.OBrien@Example.com \nzoe@example.de\nMIXED@Case.ORG\n");
        plain.close();
        const QJsonArray expected = readWithPython(plain.fileName(), QStringLiteral("sha256"));
        QCOMPARE(expected.size(), 3);
        QCOMPARE(rows.at(1).toArray().at(1).toString(), expected.at(0).toArray().at(0).toString());
        QCOMPARE(rows.at(2).toArray().at(1).toString(), expected.at(1).toArray().at(0).toString());
        QCOMPARE(rows.at(3).toArray().at(1).toString(), QString()); // NULL stays empty
        QCOMPARE(rows.at(4).toArray().at(1).toString(), expected.at(2).toArray().at(0).toString());
        QCOMPARE(rows.at(1).toArray().at(1).toString().size(), 64);
    }

    void piiPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::newRow("keep") << int(PiiPolicy::Keep)
                              << QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email") }
                              << QStringLiteral("O'Brien, Pat") << QStringLiteral(" Pat.OBrien@Example.com ");
        QTest::newRow("mask") << int(PiiPolicy::Mask)
                              << QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email") }
                              << QStringLiteral("O***") << QStringLiteral("P***@Example.com");
        QTest::newRow("omit") << int(PiiPolicy::Omit) << QStringList { QStringLiteral("id") } << QString() << QString();
    }

    void piiPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, columns);
        QFETCH(QString, name);
        QFETCH(QString, email);
        const ExportReport report = exportTo(QStringLiteral("pii.json"), ExportFormat::Json, PiiPolicy(policy),
                                             { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email") });
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.columns, columns);
        QFile file(out(QStringLiteral("pii.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("0001"));
        QCOMPARE(first.contains(QStringLiteral("name")), !name.isNull());
        if (!name.isNull()) {
            QCOMPARE(first.value(QStringLiteral("name")).toString(), name);
            QCOMPARE(first.value(QStringLiteral("email")).toString(), email);
        }
    }

    void cancelledExportLeavesNoFileAndKeepsOlderOne_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
        QTest::newRow("json") << int(ExportFormat::Json);
    }

    void cancelledExportLeavesNoFileAndKeepsOlderOne()
    {
        QFETCH(int, format);
        // A larger table so the export reaches a cancel check point.
        const QString path = m_dir.filePath(QStringLiteral("big%1.sqlite").arg(format));
        QString error;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(ws->db().exec("CREATE TABLE customers(id INTEGER, name TEXT);"
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                  "INSERT INTO customers SELECT i, 'name ' || i FROM n;"));
        }
        const QString target = out(QStringLiteral("keep-me.out"));
        {
            QFile older(target);
            QVERIFY(older.open(QIODevice::WriteOnly));
            older.write("older content");
        }
        ExportOptions options;
        options.outputPath = target;
        options.format = ExportFormat(format);
        int checks = 0;
        const ExportReport report = Exporter::run(path, {}, options, [&] { return ++checks >= 3; });
        QVERIFY(!report.ok);
        QVERIFY(report.canceled);
        QFile older(target);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("older content"));
        const QStringList leftovers
            = QDir(m_dir.path()).entryList({ QStringLiteral("*keep-me*") }, QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList { QStringLiteral("keep-me.out") });

        // Without cancel the same export replaces the older file.
        const ExportReport done = Exporter::run(path, {}, options);
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(done.rows, 20000);
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown-column") << QStringList { QStringLiteral("emial") } << QStringLiteral("x.csv")
                                        << QStringLiteral("no column \"emial\"");
        QTest::newRow("folder") << QStringList() << QString() << QStringLiteral("folder");
        QTest::newRow("missing-dir") << QStringList() << QStringLiteral("no/such/dir/x.csv")
                                     << QStringLiteral("Cannot write");
    }

    void clearErrors()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, output);
        QFETCH(QString, expected);
        ExportOptions options;
        options.outputPath = output.isEmpty() ? m_dir.path() : out(output);
        options.columns = columns;
        const ExportReport report = Exporter::run(m_workspace, {}, options);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(expected), qPrintable(report.error));
    }

    void maskRules_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("masked");
        QTest::newRow("email") << QByteArray("anna@example.com") << int(FieldRole::Email) << int(FieldType::Text)
                               << QByteArray("a***@example.com");
        QTest::newRow("phone") << QByteArray("+49 151 234567") << int(FieldRole::Phone) << int(FieldType::Text)
                               << QByteArray("***67");
        QTest::newRow("birth-date") << QByteArray("1985-03-14") << int(FieldRole::BirthDate) << int(FieldType::Date)
                                    << QByteArray("1985-**-**");
        QTest::newRow("name-accent") << QByteArray("Élodie") << int(FieldRole::FirstName) << int(FieldType::Text)
                                     << QByteArray("É***");
        QTest::newRow("empty") << QByteArray("  ") << int(FieldRole::Name) << int(FieldType::Text) << QByteArray();
    }

    void maskRules()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, role);
        QFETCH(int, type);
        QFETCH(QByteArray, masked);
        QCOMPARE(PiiTransform::mask(std::string_view(input.constData(), size_t(input.size())), FieldRole(role),
                                    FieldType(type)),
                 masked);
    }
};

QTEST_GUILESS_MAIN(TstExporter)
#include "tst_exporter.moc"
