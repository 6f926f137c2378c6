// `segment-workbench WS --report FILE.pdf` end to end on a demo workspace, read back with poppler's pdftotext and
// pdfinfo: the title page, the KPI table (names and values as `swb kpis --json` prints them), one page per segment
// headed by its name, German numbers with --lang de; errors (unknown segment, bad date, unwritable path, missing
// workspace) exit non-zero with a message and leave no file (or the old one untouched).
#include "tests/support/demoworkspace.h"
#include "tests/support/pdfchecks.h"
#include "tests/support/swbrunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = swb::test::ProcessRun;
using swb::test::pdfPageCount;
using swb::test::pdfPageText;

QString app()
{
    return QStringLiteral(SWB_BIN_DIR "/segment-workbench");
}

Run report(const QStringList& arguments)
{
    return swb::test::runProgram(app(), arguments, 300000);
}

// The first line of a page that is not blank.
QString firstLine(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

} // namespace

class TstReviewReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_segments;
    QJsonObject m_kpis;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    void checkFailure(const QStringList& arguments, const QString& target, int exitCode, const QString& message);

private slots:
    void initTestCase();
    void fullReport();
    void offscreenByItself();
    void chosenSegmentsAndMonths();
    void germanNumbers();
    void failures_data();
    void failures();
    void failureKeepsAnOlderFile();
};

void TstReviewReport::initTestCase()
{
    QVERIFY2(QFile::exists(app()), "build the segment-workbench target first");
    QVERIFY2(swb::test::havePdfTools(),
             "pdftotext and pdfinfo are missing: install poppler-utils (scripts/install-deps.sh)");
    qputenv("XDG_CONFIG_HOME", file(QStringLiteral("config")).toUtf8());
    m_db = file(QStringLiteral("review.sqlite"));
    QString error;
    m_segments = swb::test::makeDemoWorkspace(m_db, 2000, &error);
    QVERIFY2(m_segments.size() == 3, qPrintable(error));
    const Run kpis = swb::test::runSwb(swb::test::swbKpisArguments(m_db, m_segments) << QStringLiteral("--json"));
    QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
    m_kpis = kpis.json();
    QCOMPARE(m_kpis.value(QStringLiteral("segments")).toObject().size(), 3);
}

void TstReviewReport::fullReport()
{
    const QString pdf = file(QStringLiteral("full.pdf"));
    const Run run = report({m_db, QStringLiteral("--report"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Title, one KPI table page, two chart pages, one page per segment.
    QCOMPARE(pdfPageCount(pdf), 1 + 1 + 2 + int(m_segments.size()));
    // The charts are drawn as vector graphics: the PDF holds no picture (pdfimages lists a header of two lines).
    const Run images = swb::test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, 60000);
    QVERIFY2(images.exitCode == 0, images.err.constData());
    QCOMPARE(images.out.trimmed().split('\n').size(), 2);

    const QString title = pdfPageText(pdf, 1);
    QVERIFY2(title.contains(QStringLiteral("Segment review")), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("Workspace: ") + m_db), qPrintable(title));
    const QLocale english(QLocale::English);
    const QString asOf = english.toString(
        QDate::fromString(m_kpis.value(QStringLiteral("as_of")).toString(), Qt::ISODate), QLocale::LongFormat);
    QVERIFY2(title.contains(QStringLiteral("As of ") + asOf), qPrintable(title));
    for (const QString& name : std::as_const(m_segments))
        QVERIFY2(title.contains(name), qPrintable(name));

    const QString table = pdfPageText(pdf, 2);
    QVERIFY2(!table.contains(QChar(0x2026)), qPrintable(table)); // no value cut short ("…")
    const QJsonObject base = m_kpis.value(QStringLiteral("base")).toObject();
    QVERIFY2(table.contains(english.toString(base.value(QStringLiteral("revenue")).toDouble(), 'f', 2)),
             qPrintable(table));
    QVERIFY(table.contains(english.toString(base.value(QStringLiteral("size")).toInteger())));
    const QJsonObject segments = m_kpis.value(QStringLiteral("segments")).toObject();
    for (const QString& name : std::as_const(m_segments)) {
        const QJsonObject kpis = segments.value(name).toObject();
        // The segment's row: its name, then its size and revenue per customer as swb kpis computes them.
        const QString row = table.section(name, 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(!row.isEmpty(), qPrintable(name));
        QVERIFY2(row.contains(english.toString(kpis.value(QStringLiteral("size")).toInteger())), qPrintable(row));
        const double perCustomer = kpis.value(QStringLiteral("revenue_per_customer")).toDouble();
        QVERIFY2(row.contains(english.toString(perCustomer, 'f', 2)), qPrintable(row));
    }
    for (int i = 0; i < m_segments.size(); ++i) {
        const QString page = pdfPageText(pdf, 5 + i);
        QCOMPARE(firstLine(page), m_segments[i]);
        QVERIFY2(page.contains(QStringLiteral("Definition")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Customers where")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Where this segment differs most")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(5 + i).arg(4 + m_segments.size())),
                 qPrintable(page));
    }
}

void TstReviewReport::offscreenByItself()
{
    // No platform chosen: the program picks the offscreen one instead of failing without a display.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    const QString pdf = file(QStringLiteral("nodisplay.pdf"));
    const Run run = report({m_db, QStringLiteral("--report"), pdf});
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(pdfPageCount(pdf), 1 + 1 + 2 + int(m_segments.size()));
}

void TstReviewReport::chosenSegmentsAndMonths()
{
    const QString pdf = file(QStringLiteral("two.pdf"));
    const Run run = report({m_db, QStringLiteral("--report"), pdf, QStringLiteral("--segment"), m_segments[2],
                            QStringLiteral("--segment"), m_segments[0], QStringLiteral("--months"), QStringLiteral("6"),
                            QStringLiteral("--as-of"), QStringLiteral("2024-12-31"), QStringLiteral("--lang"),
                            QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(pdfPageCount(pdf), 1 + 1 + 2 + 2);
    const QString title = pdfPageText(pdf, 1);
    const QString asOf = QLocale(QLocale::English).toString(QDate(2024, 12, 31), QLocale::LongFormat);
    QVERIFY2(title.contains(asOf), qPrintable(title));
    QVERIFY(!title.contains(m_segments[1]));
    QCOMPARE(firstLine(pdfPageText(pdf, 5)), m_segments[2]);
    QCOMPARE(firstLine(pdfPageText(pdf, 6)), m_segments[0]);
    QVERIFY2(pdfPageText(pdf, 5).contains(QStringLiteral("last 6 months")), qPrintable(pdfPageText(pdf, 5)));
    // Recency counts to --as-of, as swb kpis --as-of computes it.
    const Run kpis = swb::test::runSwb({QStringLiteral("kpis"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--segment"), m_segments[0], QStringLiteral("--as-of"),
                                        QStringLiteral("2024-12-31"), QStringLiteral("--json")});
    QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
    const QJsonObject own = kpis.json().value(QStringLiteral("segments")).toObject().value(m_segments[0]).toObject();
    const double recency = own.value(QStringLiteral("median_recency_days")).toDouble();
    const double before = m_kpis.value(QStringLiteral("segments"))
                              .toObject()
                              .value(m_segments[0])
                              .toObject()
                              .value(QStringLiteral("median_recency_days"))
                              .toDouble();
    QVERIFY(recency != before); // the date changes the number, so the check below can tell
    const QString row
        = pdfPageText(pdf, 6).section(QStringLiteral("Median recency (days)"), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(row.simplified().startsWith(QLocale(QLocale::English).toString(recency, 'f', 0)), qPrintable(row));
}

void TstReviewReport::germanNumbers()
{
    const QString pdf = file(QStringLiteral("de.pdf"));
    const Run run = report({m_db, QStringLiteral("--report"), pdf, QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString table = pdfPageText(pdf, 2);
    const QLocale german(QLocale::German, QLocale::Germany);
    const double revenue = m_kpis.value(QStringLiteral("base")).toObject().value(QStringLiteral("revenue")).toDouble();
    QVERIFY2(table.contains(german.toString(revenue, 'f', 2)), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Alle Kunden")), qPrintable(table));
    QVERIFY2(pdfPageText(pdf, 1).contains(QStringLiteral("Stichtag")), qPrintable(pdfPageText(pdf, 1)));
}

void TstReviewReport::checkFailure(const QStringList& arguments, const QString& target, int exitCode,
                                   const QString& message)
{
    const Run run = report(arguments);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    if (!target.isEmpty())
        QVERIFY2(!QFileInfo(target).isFile(), qPrintable(target));
}

void TstReviewReport::failures_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString pdf = file(QStringLiteral("failed.pdf"));
    QTest::newRow("unknown segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("No such segment")}
                                     << pdf << 1 << QStringLiteral("No saved segment is named “No such segment”");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2024-13-01")} << pdf << 2
                              << QStringLiteral("--as-of takes a date as YYYY-MM-DD");
    QTest::newRow("months out of range") << QStringList{QStringLiteral("--months"), QStringLiteral("0")} << pdf << 2
                                         << QStringLiteral("--months takes a whole number");
    const QString missingFolder = file(QStringLiteral("no/such/folder/report.pdf"));
    QTest::newRow("folder missing") << QStringList{} << missingFolder << 1 << QStringLiteral("does not exist");
    QTest::newRow("target is a folder") << QStringList{} << m_dir.path() << 1 << QStringLiteral("is a folder");
}

void TstReviewReport::failures()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    checkFailure(QStringList{m_db, QStringLiteral("--report"), target} + extra,
                 QFileInfo(target).isDir() ? QString() : target, exitCode, message);
    // Nothing else appeared beside the target either (no temporary file left behind).
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("failed*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TstReviewReport::failureKeepsAnOlderFile()
{
    const QString pdf = file(QStringLiteral("kept.pdf"));
    {
        QFile older(pdf);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older report");
    }
    const Run run
        = report({m_db, QStringLiteral("--report"), pdf, QStringLiteral("--segment"), QStringLiteral("Nope")});
    QVERIFY(run.exitCode != 0);
    QFile kept(pdf);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an older report"));

    const QString missing = file(QStringLiteral("missing.sqlite"));
    checkFailure({missing, QStringLiteral("--report"), file(QStringLiteral("m.pdf"))}, file(QStringLiteral("m.pdf")), 1,
                 QStringLiteral("does not exist"));
    checkFailure({m_db, QStringLiteral("--report"), m_db}, QString(), 1, QStringLiteral("the workspace itself"));
    QVERIFY(QFileInfo(m_db).size() > 0);
}

QTEST_GUILESS_MAIN(TstReviewReport)
#include "tst_reviewreport.moc"
