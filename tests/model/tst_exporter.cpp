// Export writers: each format read back by an independent reader (Python's csv, json, openpyxl, hashlib),
// PII policies, formulas escaped in CSV/TSV, no partial file on cancel or failure, never the workspace as output,
// devices and pipes written in place.
#include "model/database.h"
#include "model/export/exporter.h"
#include "model/export/exporttarget.h"
#include "model/export/piitransform.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"
#include "tests/support/filechecks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

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
elif fmt == "xlsx-cells":
    # Every cell's type as openpyxl reads it ("s" string, "n" number, "f" formula), and whether the sheet XML
    # holds any formula element at all.
    # Strings carry control characters as _xHHHH_ (OOXML), which Excel reads back and openpyxl leaves as they are.
    import openpyxl, re, zipfile
    unescape = lambda v: re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), v) if isinstance(v, str) else v
    wb = openpyxl.load_workbook(path)
    rows = [[[c.data_type, unescape(c.value)] for c in row] for row in wb.worksheets[0].iter_rows()]
    with zipfile.ZipFile(path) as z:
        rows.append(any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")))
elif fmt == "sha256":
    rows = [[hashlib.sha256(line.strip().lower().encode("utf-8")).hexdigest()] for line in open(path, encoding="utf-8").read().split("\n") if line.strip()]
print(json.dumps(rows))
)py";

QJsonArray readWithPython(const QString& path, const QString& format)
{
    QProcess python;
    python.start(QStringLiteral(SWB_PYTHON), {QStringLiteral("-c"), QString::fromUtf8(s_reader), path, format});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning() << "python failed:" << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

using test::fileHash;
using test::isCharacterDevice;

// A workspace with one customers table made by `sql` and the catalog `fields`.
bool makeWorkspace(const QString& path, const char* sql, const QList<FieldInfo>& fields)
{
    QString error;
    auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!ws || !ws->db().exec(sql, &error)
        || !FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

FieldInfo field(const char* name, FieldType type, FieldRole role = FieldRole::None, bool pii = false,
                const char* header = nullptr)
{
    FieldInfo info;
    info.name = QString::fromLatin1(name);
    info.originalHeader = QString::fromLatin1(header ? header : name);
    info.type = type;
    info.role = role;
    info.pii = pii;
    return info;
}

// Cells a spreadsheet would run as formulas (OWASP), in a text column, a number column storing text, and numbers.
constexpr char s_formulaSql[] = "CREATE TABLE customers(id INTEGER, note TEXT, amount REAL);"
                                "INSERT INTO customers VALUES"
                                " (1, '=HYPERLINK(\"http://x\",\"y\")', -12.5),"
                                " (2, '+cmd|'' /C calc''!A0', 3),"
                                " (3, '@SUM(1)', NULL),"
                                " (4, '-2+3', '-1+1'),"
                                " (5, char(9) || 'tab', 0.5),"
                                " (6, char(13) || 'cr', -7),"
                                " (7, 'plain, text', 1e20),"
                                " (8, '-12.5', '=1+1');";

} // namespace

class TstExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QString out(const QString& name) const { return m_dir.filePath(name); }

    // 20,000 customers (made once), so that an export reaches its cancel checks and writes more than 64 KiB.
    QString bigWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.sqlite"));
        if (QFile::exists(path))
            return path;
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!ws
            || !ws->db().exec("CREATE TABLE customers(id INTEGER, name TEXT);"
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                              "INSERT INTO customers SELECT i, 'name ' || i FROM n;",
                              &error)) {
            qWarning() << error;
            return {};
        }
        return path;
    }

    // Cells a spreadsheet would run as formulas (made once).
    QString formulaWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("formulas.sqlite"));
        const bool made = QFile::exists(path)
            || makeWorkspace(path, s_formulaSql,
                             {field("id", FieldType::Integer), field("note", FieldType::Text),
                              field("amount", FieldType::Real)});
        return made ? path : QString();
    }

    // An older file at `path`, which a failed or cancelled export must leave as it is.
    static bool writeOlderFile(const QString& path)
    {
        QFile older(path);
        return older.open(QIODevice::WriteOnly) && older.write("older content") == 13;
    }

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
        return Exporter::run(
            m_workspace,
            Selection::definition(R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":18}]})"),
            options);
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
        const QList<FieldInfo> fields{
            {QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("ID"), FieldType::Text,
             FieldRole::CustomerKey, false, 0},
            {QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("Name"), FieldType::Text,
             FieldRole::Name, true, 1},
            {QStringLiteral("customers"), QStringLiteral("email"), QStringLiteral("E-Mail"), FieldType::Text,
             FieldRole::Email, true, 2},
            {QStringLiteral("customers"), QStringLiteral("age"), QStringLiteral("Age"), FieldType::Integer,
             FieldRole::Age, false, 3},
            {QStringLiteral("customers"), QStringLiteral("spend"), QStringLiteral("Spend"), FieldType::Real,
             FieldRole::Revenue, false, 4},
            {QStringLiteral("customers"), QStringLiteral("vip"), QStringLiteral("VIP"), FieldType::Boolean,
             FieldRole::None, false, 5},
            {QStringLiteral("customers"), QStringLiteral("signup"), QStringLiteral("Signup"), FieldType::Date,
             FieldRole::SignupDate, false, 6},
            {QStringLiteral("customers"), QStringLiteral("seen"), QStringLiteral("Seen"), FieldType::DateTime,
             FieldRole::None, false, 7},
        };
        QVERIFY2(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), fields, &error), qPrintable(error));
    }

    // CSV keeps machine forms unless "as shown" is asked for; then decimals and dates follow the interface locale.
    void asShownFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("asShown");
        QTest::addColumn<QString>("row");
        const QLocale french(QLocale::French, QLocale::France);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("machine") << french << false << QStringLiteral("0001;1234.5;2021-03-04;2024-01-02 10:11:12");
        QTest::newRow("fr") << french << true << QStringLiteral("0001;1\u202F234,5;04/03/2021;02/01/2024 10:11:12");
        QTest::newRow("de") << german << true << QStringLiteral("0001;1.234,5;04.03.2021;02.01.2024 10:11:12");
    }

    void asShownFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(bool, asShown);
        QFETCH(QString, row);
        const QLocale previous;
        QLocale::setDefault(locale);
        auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
        ExportOptions options;
        options.outputPath = out(QStringLiteral("shown-%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())));
        options.columns
            = {QStringLiteral("id"), QStringLiteral("spend"), QStringLiteral("signup"), QStringLiteral("seen")};
        options.delimiter = ';';
        options.asShown = asShown;
        const ExportReport report = Exporter::run(m_workspace, Selection{}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QFile file(options.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        QVERIFY2(lines.contains(row), qPrintable(lines.join(u'\n')));
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
        // JSON keys are the column names; the other formats' header row holds the original headers.
        const QStringList header = reader == QLatin1String("json")
            ? QStringList{QStringLiteral("id"),     QStringLiteral("name"),  QStringLiteral("email"),
                          QStringLiteral("age"),    QStringLiteral("spend"), QStringLiteral("vip"),
                          QStringLiteral("signup"), QStringLiteral("seen")}
            : QStringList{QStringLiteral("ID"),     QStringLiteral("Name"),  QStringLiteral("E-Mail"),
                          QStringLiteral("Age"),    QStringLiteral("Spend"), QStringLiteral("VIP"),
                          QStringLiteral("Signup"), QStringLiteral("Seen")};
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
                                             {QStringLiteral("id"), QStringLiteral("email")});
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
                              << QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")}
                              << QStringLiteral("O'Brien, Pat") << QStringLiteral(" Pat.OBrien@Example.com ");
        QTest::newRow("mask") << int(PiiPolicy::Mask)
                              << QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")}
                              << QStringLiteral("O***") << QStringLiteral("P***@Example.com");
        QTest::newRow("omit") << int(PiiPolicy::Omit) << QStringList{QStringLiteral("id")} << QString() << QString();
    }

    void piiPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, columns);
        QFETCH(QString, name);
        QFETCH(QString, email);
        const ExportReport report = exportTo(QStringLiteral("pii.json"), ExportFormat::Json, PiiPolicy(policy),
                                             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")});
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
        const QString path = bigWorkspace();
        QVERIFY(!path.isEmpty());
        const QString target = out(QStringLiteral("keep-me.out"));
        QVERIFY(writeOlderFile(target));
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
            = QDir(m_dir.path()).entryList({QStringLiteral("*keep-me*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList{QStringLiteral("keep-me.out")});

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
        QTest::newRow("unknown-column") << QStringList{QStringLiteral("emial")} << QStringLiteral("x.csv")
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

    void refusesTheWorkspaceUnderAnyName_data()
    {
        QTest::addColumn<QString>("output");
        const QString ws = m_workspace;
        const QString dir = QFileInfo(ws).absolutePath();
        QTest::newRow("itself") << ws;
        QTest::newRow("dot-path") << dir + QStringLiteral("/./ws.sqlite");
        QTest::newRow("dot-dot-path") << dir + QStringLiteral("/sub/../ws.sqlite");
        QTest::newRow("wal") << ws + QStringLiteral("-wal");
        QTest::newRow("shm") << ws + QStringLiteral("-shm");
        QTest::newRow("journal") << ws + QStringLiteral("-journal"); // not there: refused by name
        QTest::newRow("symlink") << m_dir.filePath(QStringLiteral("link-to-ws.sqlite"));
        QTest::newRow("hard-link") << m_dir.filePath(QStringLiteral("hard-link-to-ws.sqlite"));
        QTest::newRow("symlinked-folder") << m_dir.filePath(QStringLiteral("folder-link/ws.sqlite-wal"));
    }

    void refusesTheWorkspaceUnderAnyName()
    {
        QFETCH(QString, output);
        QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
        QFile::link(m_workspace, m_dir.filePath(QStringLiteral("link-to-ws.sqlite")));
        QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("folder-link")));
        ::link(QFile::encodeName(m_workspace).constData(),
               QFile::encodeName(m_dir.filePath(QStringLiteral("hard-link-to-ws.sqlite"))).constData());
        // A reader holds the workspace open, so its -wal and -shm files exist as while the app has it open.
        QString error;
        auto open = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(open, qPrintable(error));
        QVERIFY(open->db().exec("SELECT count(*) FROM customers"));
        QVERIFY(QFile::exists(m_workspace + QStringLiteral("-shm")));
        const QByteArray before = fileHash(m_workspace);
        const QByteArray wal = fileHash(m_workspace + QStringLiteral("-wal"));

        for (const int format : {int(ExportFormat::Csv), int(ExportFormat::Xlsx), int(ExportFormat::Json)}) {
            ExportOptions options;
            options.outputPath = output;
            options.format = ExportFormat(format);
            const ExportReport report = Exporter::run(m_workspace, {}, options);
            QVERIFY(!report.ok);
            QVERIFY2(report.error.contains(QStringLiteral("workspace")) && report.error.contains(output),
                     qPrintable(report.error));
            QVERIFY(!QFile::exists(m_workspace + QStringLiteral("-journal")));
        }
        QCOMPARE(fileHash(m_workspace), before);
        QCOMPARE(fileHash(m_workspace + QStringLiteral("-wal")), wal);
        QVERIFY(open->db().exec("SELECT count(*) FROM customers"));
        const QStringList parts = QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QCOMPARE(parts, QStringList());
    }

    void resolvesStreamsAndFiles()
    {
        QString error;
        for (const char* device : {"/dev/null", "/dev/full", "/dev/stdout", "/dev/stderr"}) {
            const auto target = ExportTarget::resolve(QString::fromLatin1(device), m_workspace, &error);
            QVERIFY2(target, qPrintable(error));
            QVERIFY2(target->isStream(), device);
        }
        QVERIFY(ExportTarget::resolve(QStringLiteral("/dev/stdout"), m_workspace, &error)->isStandardOutput());
        QVERIFY(!ExportTarget::resolve(QStringLiteral("/dev/null"), m_workspace, &error)->isStandardOutput());
        const QString fifo = out(QStringLiteral("resolve.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(ExportTarget::resolve(fifo, m_workspace, &error)->isStream());
        const auto file = ExportTarget::resolve(out(QStringLiteral("new.csv")), m_workspace, &error);
        QVERIFY(file && !file->isStream());

        QVERIFY(!ExportTarget::resolve(m_dir.path(), m_workspace, &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        for (const char* disk : {"/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1"}) {
            struct stat info = {};
            if (::stat(disk, &info) == 0 && S_ISBLK(info.st_mode)) {
                QVERIFY(!ExportTarget::resolve(QString::fromLatin1(disk), m_workspace, &error));
                QVERIFY2(error.contains(QStringLiteral("neither a file nor a pipe")), qPrintable(error));
            }
        }
        QVERIFY(!ExportTarget::resolve(out(QStringLiteral("new-folder/")), m_workspace, &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QVERIFY(!ExportTarget::resolve(out(QStringLiteral("missing/x.csv")), m_workspace, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void writesDevicesInPlace()
    {
        // Only where the target is known to be written in place: a regression must not replace a device node.
        QString error;
        for (const char* device : {"/dev/null", "/dev/full"}) {
            const auto target = ExportTarget::resolve(QString::fromLatin1(device), m_workspace, &error);
            QVERIFY(target && target->isStream());
        }
        for (const int format : {int(ExportFormat::Csv), int(ExportFormat::Xlsx), int(ExportFormat::Json)}) {
            ExportOptions options;
            options.format = ExportFormat(format);
            options.outputPath = QStringLiteral("/dev/null");
            const ExportReport ok = Exporter::run(m_workspace, {}, options);
            QVERIFY2(ok.ok, qPrintable(ok.error));
            QCOMPARE(ok.rows, 5);
            QVERIFY(isCharacterDevice("/dev/null"));

            options.outputPath = QStringLiteral("/dev/full");
            const ExportReport full = Exporter::run(m_workspace, {}, options);
            QVERIFY(!full.ok);
            QVERIFY2(full.error.contains(QStringLiteral("disk is full")), qPrintable(full.error));
            QVERIFY(isCharacterDevice("/dev/full"));
        }
        const QStringList temp = QDir::temp().entryList({QStringLiteral(".swb-export.*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(temp, QStringList());
    }

    void writesPipesInPlace()
    {
        const QString fifo = out(QStringLiteral("export.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        ExportOptions options;
        options.outputPath = fifo;
        options.columns = {QStringLiteral("id"), QStringLiteral("age")};
        // The reader opens first without blocking, so the export's open finds it; it reads until the export is done.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QFuture<ExportReport> running
            = QtConcurrent::run([this, options] { return Exporter::run(m_workspace, {}, options); });
        QByteArray received;
        for (;;) {
            char buffer[4096];
            const ssize_t got = ::read(reader, buffer, sizeof buffer);
            if (got > 0) {
                received.append(buffer, got);
                continue;
            }
            if (running.isFinished() && got == 0)
                break;
            QThread::msleep(5);
        }
        ::close(reader);
        const ExportReport report = running.result();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(received, QByteArray("ID,Age\r\n0001,34\r\n0002,19\r\n0003,52\r\n0004,12\r\n0005,77\r\n"));
        struct stat info = {};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0 && S_ISFIFO(info.st_mode));
    }

    void escapesFormulasInCsv_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<bool>("escape");
        QTest::newRow("csv-escape") << int(ExportFormat::Csv) << QStringLiteral("csv") << true;
        QTest::newRow("tsv-escape") << int(ExportFormat::Tsv) << QStringLiteral("tsv") << true;
        QTest::newRow("csv-keep") << int(ExportFormat::Csv) << QStringLiteral("csv") << false;
        QTest::newRow("tsv-keep") << int(ExportFormat::Tsv) << QStringLiteral("tsv") << false;
    }

    void escapesFormulasInCsv()
    {
        QFETCH(int, format);
        QFETCH(QString, reader);
        QFETCH(bool, escape);
        const QString ws = formulaWorkspace();
        QVERIFY(!ws.isEmpty());
        ExportOptions options;
        options.outputPath = out(QStringLiteral("formulas.") + reader);
        options.format = ExportFormat(format);
        options.formulas = escape ? FormulaPolicy::Escape : FormulaPolicy::Keep;
        const ExportReport report = Exporter::run(ws, {}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        const QJsonArray rows = readWithPython(options.outputPath, reader);
        QCOMPARE(rows.size(), 9);
        const QString e = escape ? QStringLiteral("'") : QString();
        // Text cells that start like a formula get a leading ' (a text column's -2+3 and -12.5 too); a number
        // column keeps its numbers, even -12.5 and -7, and escapes the text it holds ("-1+1", "=1+1").
        const QList<QStringList> expected{
            {QStringLiteral("1"), e + QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("-12.5")},
            {QStringLiteral("2"), e + QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("3")},
            {QStringLiteral("3"), e + QStringLiteral("@SUM(1)"), QString()},
            {QStringLiteral("4"), e + QStringLiteral("-2+3"), e + QStringLiteral("-1+1")},
            {QStringLiteral("5"), e + QStringLiteral("\ttab"), QStringLiteral("0.5")},
            {QStringLiteral("6"), e + QStringLiteral("\rcr"), QStringLiteral("-7")},
            {QStringLiteral("7"), QStringLiteral("plain, text"), QStringLiteral("1e+20")},
            {QStringLiteral("8"), e + QStringLiteral("-12.5"), e + QStringLiteral("=1+1")},
        };
        for (int r = 0; r < expected.size(); ++r) {
            QStringList got;
            for (const QJsonValue& v : rows.at(r + 1).toArray())
                got << v.toString();
            QCOMPARE(got, expected.at(r));
        }
    }

    void xlsxWritesFormulaTextAsText()
    {
        const QString ws = formulaWorkspace();
        QVERIFY(!ws.isEmpty());
        ExportOptions options;
        options.outputPath = out(QStringLiteral("formulas.xlsx"));
        options.format = ExportFormat::Xlsx;
        const ExportReport report = Exporter::run(ws, {}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        const QJsonArray rows = readWithPython(options.outputPath, QStringLiteral("xlsx-cells"));
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.last().toBool(true), false); // no formula element anywhere in the sheet
        const QStringList notes{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                QStringLiteral("+cmd|' /C calc'!A0"),
                                QStringLiteral("@SUM(1)"),
                                QStringLiteral("-2+3"),
                                QStringLiteral("\ttab"),
                                QStringLiteral("\rcr"),
                                QStringLiteral("plain, text"),
                                QStringLiteral("-12.5")};
        for (int r = 0; r < notes.size(); ++r) {
            const QJsonArray note = rows.at(r + 1).toArray().at(1).toArray();
            QCOMPARE(note.at(0).toString(), QStringLiteral("s"));
            QCOMPARE(note.at(1).toString(), notes.at(r));
        }
        const QJsonArray amount = rows.at(1).toArray().at(2).toArray();
        QCOMPARE(amount.at(0).toString(), QStringLiteral("n"));
        QCOMPARE(amount.at(1).toDouble(), -12.5);
        QCOMPARE(rows.at(8).toArray().at(2).toArray().at(0).toString(), QStringLiteral("s")); // "=1+1" stays text
    }

    void unflaggedPersonalData_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("hash") << int(PiiPolicy::Hash);
        QTest::newRow("mask") << int(PiiPolicy::Mask);
        QTest::newRow("omit") << int(PiiPolicy::Omit);
        QTest::newRow("keep") << int(PiiPolicy::Keep);
    }

    void unflaggedPersonalData()
    {
        QFETCH(int, policy);
        // "contact" holds e-mail addresses but lost its role and flag; "Telefon" is named like a phone number;
        // "product_name" is not personal data.
        const QString ws = m_dir.filePath(QStringLiteral("unflagged%1.sqlite").arg(policy));
        QVERIFY(makeWorkspace(ws,
                              "CREATE TABLE customers(id TEXT, contact TEXT, telefon TEXT, product_name TEXT);"
                              "INSERT INTO customers VALUES ('1', ' Ann@Example.com', '+49 30 1234567', 'Chair'),"
                              "('2', 'bob@example.org', '0151 7654321', 'Desk'), ('3', NULL, NULL, NULL);",
                              {field("id", FieldType::Text, FieldRole::CustomerKey),
                               field("contact", FieldType::Text, FieldRole::None, false, "Contact"),
                               field("telefon", FieldType::Text, FieldRole::None, false, "Telefon"),
                               field("product_name", FieldType::Text, FieldRole::None, false, "Product Name")}));
        ExportOptions options;
        options.outputPath = out(QStringLiteral("unflagged.json"));
        options.format = ExportFormat::Json;
        options.pii = PiiPolicy(policy);
        const ExportReport report = Exporter::run(ws, {}, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QFile file(options.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("telefon")).toString(), QStringLiteral("+49 30 1234567"));
        QCOMPARE(first.value(QStringLiteral("product_name")).toString(), QStringLiteral("Chair"));
        if (PiiPolicy(policy) == PiiPolicy::Keep) {
            QCOMPARE(report.warnings, QStringList());
            QCOMPARE(first.value(QStringLiteral("contact")).toString(), QStringLiteral(" Ann@Example.com"));
            return;
        }
        const QString contact = first.value(QStringLiteral("contact")).toString();
        switch (PiiPolicy(policy)) {
        case PiiPolicy::Hash:
            QCOMPARE(contact, QString::fromLatin1(PiiTransform::hash("ann@example.com")));
            break;
        case PiiPolicy::Mask:
            QCOMPARE(contact, QStringLiteral("A***@Example.com"));
            break;
        default:
            QVERIFY(!first.contains(QStringLiteral("contact")));
            break;
        }
        QCOMPARE(report.warnings.size(), 2);
        const QString email = report.warnings.at(0);
        QVERIFY2(email.contains(QStringLiteral("\"Contact\" (contact)"))
                     && email.contains(QStringLiteral("e-mail addresses"))
                     && email.contains(QStringLiteral("swb fields --db ") + ws
                                       + QStringLiteral(" --set-role contact=email")),
                 qPrintable(email));
        const QString phone = report.warnings.at(1);
        QVERIFY2(phone.contains(QStringLiteral("\"Telefon\" (telefon)")) && phone.contains(QStringLiteral("unchanged"))
                     && phone.contains(QStringLiteral("--set-role telefon=phone")),
                 qPrintable(phone));
    }

    void failedWritesLeaveNoPartialFile_data() { cancelledExportLeavesNoFileAndKeepsOlderOne_data(); }

    void failedWritesLeaveNoPartialFile()
    {
        QFETCH(int, format);
        // A file-size limit makes every write past 64 KiB fail as on a full disk (EFBIG instead of ENOSPC); for
        // XLSX it is libxlsxwriter's own temporary file that fails first.
        const QString ws = bigWorkspace();
        QVERIFY(!ws.isEmpty());
        QDir(m_dir.path()).mkpath(QStringLiteral("limited"));
        const QString target = m_dir.filePath(QStringLiteral("limited/list.out"));
        QVERIFY(writeOlderFile(target));
        ExportOptions options;
        options.outputPath = target;
        options.format = ExportFormat(format);
        struct rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const ExportReport report = Exporter::run(ws, {}, options);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("Cannot write")) && report.error.contains(target)
                     && report.error.contains(QStringLiteral("larger than")),
                 qPrintable(report.error));
        QFile older(target);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("older content"));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("limited"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("list.out")});
    }

    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root may write into any folder");
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("read-only")));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        ExportOptions options;
        options.outputPath = folder + QStringLiteral("/x.csv");
        const ExportReport report = Exporter::run(m_workspace, {}, options);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("not allowed"))
                     && report.error.contains(QStringLiteral("another folder")),
                 qPrintable(report.error));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
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
