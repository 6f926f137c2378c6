// `swb export --preset/--suppression` against an independent reference: exportpresets_reference.py normalises the
// same customers with Python's phonenumbers (E.164) and hashlib (SHA-256) and compares file and report.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

const QByteArray s_everyone = QByteArrayLiteral("{\"combinator\":\"and\",\"rules\":[]}");

QString data(const char* name)
{
    return QStringLiteral(SWB_TEST_DATA_DIR "/export/") + QString::fromLatin1(name);
}

} // namespace

class TstCliExportPresets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_customers; // tests/data/export/preset_customers.csv imported
    QString m_demo; // `swb demo`

    QString file(const QString& name) const { return m_dir.filePath(name); }

    test::ProcessRun exportFrom(const QString& db, const QString& out, const QStringList& more)
    {
        return test::runSwb(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                        QStringLiteral("--filter"), QString::fromLatin1(s_everyone),
                                        QStringLiteral("--out"), out}
                                + more,
                            120000);
    }

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void refusesWhatPresetsCannotWrite_data();
    void refusesWhatPresetsCannotWrite();
    void noHeaderInSuppressionList();
    void namesTheMissingRole();
};

void TstCliExportPresets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStringLiteral(SWB_PYTHON).isEmpty(), "the reference needs /usr/bin/python3 with phonenumbers");
    m_customers = file(QStringLiteral("customers.sqlite"));
    const test::ProcessRun run
        = test::runSwb({QStringLiteral("import"), data("preset_customers.csv"), QStringLiteral("--db"), m_customers});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_demo = file(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(!test::makeDemoWorkspace(m_demo, 2000, &error, 11).isEmpty(), qPrintable(error));
}

void TstCliExportPresets::matchesReference_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("pii");
    QTest::addColumn<QString>("defaultCountry");
    QTest::addColumn<QString>("suppression");
    QTest::addColumn<int>("minCountries"); // countries among the written rows (0: the preset hashes them)
    const QString google = QStringLiteral("google-customer-match");
    const QString meta = QStringLiteral("meta-custom-audience");
    const QString hash = QStringLiteral("hash");
    const QString keep = QStringLiteral("keep");
    const QString de = QStringLiteral("DE");
    QTest::newRow("google-hashed") << false << google << hash << de << QString() << 14;
    QTest::newRow("google-plain") << false << google << keep << de << QString() << 14;
    QTest::newRow("google-no-default-country") << false << google << keep << QString() << QString() << 13;
    QTest::newRow("meta-hashed") << false << meta << hash << de << QString() << 0;
    QTest::newRow("meta-plain") << false << meta << keep << de << QString() << 0;
    QTest::newRow("mailchimp") << false << QStringLiteral("mailchimp") << keep << de << QString() << 10;
    QTest::newRow("hubspot") << false << QStringLiteral("hubspot") << keep << QStringLiteral("FR") << QString() << 14;
    QTest::newRow("suppression-email") << false << google << hash << de << QStringLiteral("email") << 0;
    QTest::newRow("suppression-phone-e164") << false << google << hash << de << QStringLiteral("phone") << 0;
    QTest::newRow("suppression-phone-meta") << false << meta << hash << de << QStringLiteral("phone") << 0;
    QTest::newRow("demo-google-hashed") << true << google << hash << QString() << QString() << 11;
    QTest::newRow("demo-meta-hashed") << true << meta << hash << QString() << QString() << 0;
    QTest::newRow("demo-hubspot") << true << QStringLiteral("hubspot") << keep << QString() << QString() << 11;
    QTest::newRow("demo-suppression-phone") << true << google << hash << QString() << QStringLiteral("phone") << 0;
}

void TstCliExportPresets::matchesReference()
{
    QFETCH(bool, demo);
    QFETCH(QString, preset);
    QFETCH(QString, pii);
    QFETCH(QString, defaultCountry);
    QFETCH(QString, suppression);
    QFETCH(int, minCountries);
    const QString db = demo ? m_demo : m_customers;
    const QString out = file(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".csv"));
    QStringList options{QStringLiteral("--preset"), preset, QStringLiteral("--pii"), pii, QStringLiteral("--json")};
    if (!defaultCountry.isEmpty())
        options << QStringLiteral("--default-country") << defaultCountry;
    if (!suppression.isEmpty())
        options << QStringLiteral("--suppression") << suppression;
    const test::ProcessRun run = exportFrom(db, out, options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QStringLiteral("preset")).toString(), preset);
    QVERIFY(report.value(QStringLiteral("rows")).toInteger() > 0);
    const QString reportPath = out + QStringLiteral(".json");
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::WriteOnly) && reportFile.write(run.out) == run.out.size());
    reportFile.close();

    QStringList arguments{QStringLiteral(SWB_TEST_DATA_DIR "/../cli/exportpresets_reference.py"),
                          db,
                          out,
                          reportPath,
                          preset,
                          pii,
                          defaultCountry};
    if (!suppression.isEmpty())
        arguments << suppression;
    const test::ProcessRun reference = test::runProgram(QStringLiteral(SWB_PYTHON), arguments, 120000);
    QVERIFY2(reference.exitCode == 0, reference.err.constData());
    const QJsonObject counts = reference.json();
    QCOMPARE(counts.value(QStringLiteral("rows")).toInteger(), report.value(QStringLiteral("rows")).toInteger());
    QCOMPARE(counts.value(QStringLiteral("left_out")).toInteger(),
             report.value(QStringLiteral("left_out")).toInteger());
    QVERIFY2(counts.value(QStringLiteral("countries")).toArray().size() >= minCountries, reference.out.constData());
    if (!demo && suppression.isEmpty()) // the test file has customers with neither e-mail nor phone
        QVERIFY(report.value(QStringLiteral("left_out")).toInteger() >= 2);
}

void TstCliExportPresets::refusesWhatPresetsCannotWrite_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("google")} << 2
                                    << QStringLiteral("Unknown preset");
    QTest::newRow("columns-with-preset") << QStringList{QStringLiteral("--preset"), QStringLiteral("hubspot"),
                                                        QStringLiteral("--columns"), QStringLiteral("email")}
                                         << 2 << QStringLiteral("--columns cannot be combined");
    QTest::newRow("hashed-mailchimp") << QStringList{QStringLiteral("--preset"), QStringLiteral("mailchimp"),
                                                     QStringLiteral("--pii"), QStringLiteral("hash")}
                                      << 1 << QStringLiteral("choose the PII policy keep");
    QTest::newRow("masked-google") << QStringList{QStringLiteral("--preset"), QStringLiteral("google-customer-match"),
                                                  QStringLiteral("--pii"), QStringLiteral("mask")}
                                   << 1 << QStringLiteral("choose the PII policy hash or keep");
    QTest::newRow("suppression-as-json") << QStringList{QStringLiteral("--suppression"), QStringLiteral("email"),
                                                        QStringLiteral("--format"), QStringLiteral("json")}
                                         << 1 << QStringLiteral("choose the CSV or TSV format");
    QTest::newRow("country-name-as-default")
        << QStringList{QStringLiteral("--preset"), QStringLiteral("hubspot"), QStringLiteral("--default-country"),
                       QStringLiteral("Germany")}
        << 1 << QStringLiteral("two capital letters");
}

void TstCliExportPresets::refusesWhatPresetsCannotWrite()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // No format extension: --format json must reach the preset's check, not the one of --format against the name.
    const QString out = file(QStringLiteral("refused.out"));
    const test::ProcessRun run = exportFrom(m_customers, out, options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

// One hash a line and nothing else: the form ad platforms take as an exclusion list.
void TstCliExportPresets::noHeaderInSuppressionList()
{
    const QString out = file(QStringLiteral("suppression.csv"));
    const test::ProcessRun run
        = exportFrom(m_customers, out, {QStringLiteral("--suppression"), QStringLiteral("email")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = exported.readAll().split('\n');
    QCOMPARE(lines.size(), 17); // 16 usable addresses, then the final line end
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QVERIFY2(QByteArray(lines.at(i)).chopped(1).size() == 64 && lines.at(i).endsWith('\r'),
                 lines.at(i).constData());
    QVERIFY(lines.last().isEmpty());
    // sha256("anna.mueller@example.de"): the first customer, trimmed and lower-cased.
    QCOMPARE(lines.first().chopped(1),
             QCryptographicHash::hash("anna.mueller@example.de", QCryptographicHash::Sha256).toHex());
}

// A workspace without e-mail or phone columns (Mall_Customers.csv): the error says which role to give, and how.
void TstCliExportPresets::namesTheMissingRole()
{
    const QString db = file(QStringLiteral("mall.sqlite"));
    const test::ProcessRun import
        = test::runSwb({QStringLiteral("import"), QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv"),
                        QStringLiteral("--db"), db});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QString out = file(QStringLiteral("mall.csv"));
    test::ProcessRun run = exportFrom(db, out, {QStringLiteral("--preset"), QStringLiteral("hubspot")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no column with the role email or phone") && run.err.contains("--set-role COLUMN=email"),
             run.err.constData());
    run = exportFrom(db, out, {QStringLiteral("--suppression"), QStringLiteral("phone")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no column with the role phone") && run.err.contains("--set-role COLUMN=phone"),
             run.err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TstCliExportPresets)
#include "tst_cliexportpresets.moc"
