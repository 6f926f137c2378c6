// `swb cluster --explain` on a 100,000-customer demo workspace: the "explanations" keys, each rule's `matched` and
// `true_positives` recounted by `swb count` on the clustered customers, the text output, and the quality
// comparison with scikit-learn's DecisionTreeClassifier(max_depth=3) one-vs-rest (tests/analysis/
// explain_reference.py) for k = 3 … 6.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = swb::test::ProcessRun;
using swb::test::runSwb;

const QString s_script = QStringLiteral(SWB_TEST_DATA_DIR "/../analysis/explain_reference.py");

QJsonObject notNull(const QString& field)
{
    return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("operator"), QStringLiteral("notNull")}};
}

QJsonObject inSegment(const QString& name)
{
    return QJsonObject{{QStringLiteral("field"), QStringLiteral("@segment")},
                       {QStringLiteral("operator"), QStringLiteral("in")},
                       {QStringLiteral("value"), QJsonArray{name}}};
}

QJsonObject allOf(const QJsonArray& rules)
{
    return QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")}, {QStringLiteral("rules"), rules}};
}

} // namespace

class TstCliExplain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    qint64 count(const QJsonObject& definition)
    {
        const Run run = runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--filter"),
                                QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)),
                                QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0 ? run.json().value(QStringLiteral("count")).toInteger(-1) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(SWB_PYTHON)),
                 "configure found no python3 with scikit-learn: install python3-sklearn (Debian) or scikit-learn "
                 "(pip), then configure again");
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(!swb::test::makeDemoWorkspace(m_db, 100000, &error, 42).isEmpty(), qPrintable(error));
    }

    void matchedIsWhatCountSelects_data()
    {
        QTest::addColumn<QString>("features");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("complete"); // no clustered feature has a missing value
        QTest::newRow("everyone, no missing values")
            << QStringLiteral("orders_count,total_revenue,signup_date,newsletter") << QString() << 4 << true;
        QTest::newRow("missing values") << QStringLiteral("age,nps,total_revenue,last_purchase_date") << QString() << 3
                                        << false;
        QTest::newRow("within a segment")
            << QStringLiteral("age,avg_order_value,churned") << QStringLiteral("Loyal gold and platinum") << 3 << false;
    }
    void matchedIsWhatCountSelects()
    {
        QFETCH(QString, features);
        QFETCH(QString, segment);
        QFETCH(int, k);
        QFETCH(bool, complete);
        const QString prefix = QStringLiteral("Explained %1")
                                   .arg(QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(','), 0, 0));
        QStringList arguments{QStringLiteral("cluster"),
                              QStringLiteral("--db"),
                              m_db,
                              QStringLiteral("--features"),
                              features,
                              QStringLiteral("--k"),
                              QString::number(k),
                              QStringLiteral("--n-init"),
                              QStringLiteral("3"),
                              QStringLiteral("--save-as"),
                              prefix,
                              QStringLiteral("--explain"),
                              QStringLiteral("--json")};
        if (!segment.isEmpty())
            arguments << QStringLiteral("--segment") << segment;
        const Run run = runSwb(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("dropped_rows")).toInteger() == 0, complete);
        const QJsonArray sizes = json.value(QStringLiteral("sizes")).toArray();
        const QJsonArray explanations = json.value(QStringLiteral("explanations")).toArray();
        QCOMPARE(explanations.size(), k);

        // The clustered customers: the segment's, with every feature present.
        QJsonArray restriction;
        if (!complete) {
            for (const QString& feature : features.split(QLatin1Char(',')))
                restriction << notNull(feature);
        }
        if (!segment.isEmpty())
            restriction << inSegment(segment);
        QCOMPARE(count(allOf(restriction)), json.value(QStringLiteral("rows")).toInteger());

        for (int i = 0; i < k; ++i) {
            const QJsonObject explanation = explanations.at(i).toObject();
            for (const char* key : {"cluster", "rule", "matched", "true_positives", "precision", "recall", "f1"})
                QVERIFY2(explanation.contains(QLatin1String(key)), key);
            QCOMPARE(explanation.value(QStringLiteral("cluster")).toInt(), i + 1);
            const QJsonObject rule = explanation.value(QStringLiteral("rule")).toObject();
            QCOMPARE(rule.value(QStringLiteral("combinator")).toString(), QStringLiteral("or"));
            const qint64 matched = explanation.value(QStringLiteral("matched")).toInteger();
            const qint64 truePositives = explanation.value(QStringLiteral("true_positives")).toInteger();
            const qint64 size = sizes.at(i).toInteger();
            QVERIFY(matched > 0 && truePositives <= matched && truePositives <= size);
            QCOMPARE(explanation.value(QStringLiteral("precision")).toDouble(), double(truePositives) / matched);
            QCOMPARE(explanation.value(QStringLiteral("recall")).toDouble(), double(truePositives) / size);
            QCOMPARE(explanation.value(QStringLiteral("f1")).toDouble(),
                     2.0 * double(truePositives) / double(matched + size));

            // What "Open in builder" gives, restricted to the clustered customers, counts the reported numbers.
            QJsonArray restricted = restriction;
            restricted.prepend(rule);
            QCOMPARE(complete && segment.isEmpty() ? count(rule) : count(allOf(restricted)), matched);
            // … and those of them in the cluster (saved as a static segment) are the true positives.
            const QString clusterSegment = json.value(QStringLiteral("segments")).toArray().at(i).toString();
            QCOMPARE(count(allOf(QJsonArray{rule, inSegment(clusterSegment)})), truePositives);
        }
    }

    void textSaysTheRuleInWords()
    {
        const Run run = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"),
                                QStringLiteral("orders_count,newsletter"), QStringLiteral("--k"), QStringLiteral("3"),
                                QStringLiteral("--n-init"), QStringLiteral("2"), QStringLiteral("--explain")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        for (int cluster = 1; cluster <= 3; ++cluster)
            QVERIFY2(text.contains(QStringLiteral("cluster %1 as a rule: Customers where").arg(cluster)),
                     qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Newsletter is")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("precision")) && text.contains(QStringLiteral("recall")));
        // Without --explain nothing is explained.
        const Run plain = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"),
                                  QStringLiteral("orders_count,newsletter"), QStringLiteral("--k"), QStringLiteral("3"),
                                  QStringLiteral("--json")});
        QVERIFY(!plain.json().contains(QStringLiteral("explanations")));
    }

    void qualityAgainstScikitLearn_data()
    {
        QTest::addColumn<int>("k");
        for (int k = 3; k <= 6; ++k)
            QTest::addRow("k%d", k) << k;
    }
    void qualityAgainstScikitLearn()
    {
        QFETCH(int, k);
        const QString features = QStringLiteral("total_revenue,orders_count,age,signup_date,newsletter");
        const QString prefix = QStringLiteral("Quality k%1").arg(k);
        const Run run
            = runSwb({QStringLiteral("cluster"), QStringLiteral("--db"), m_db, QStringLiteral("--features"), features,
                      QStringLiteral("--log"), QStringLiteral("total_revenue,orders_count"), QStringLiteral("--k"),
                      QString::number(k), QStringLiteral("--n-init"), QStringLiteral("3"), QStringLiteral("--save-as"),
                      prefix, QStringLiteral("--explain"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray explanations = run.json().value(QStringLiteral("explanations")).toArray();
        QCOMPARE(explanations.size(), k);

        QProcess python;
        python.start(QStringLiteral(SWB_PYTHON),
                     {s_script, QStringLiteral("workspace"), m_db, features, prefix, QString::number(k)});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(reference.value(QStringLiteral("rows")).toInteger(),
                 run.json().value(QStringLiteral("rows")).toInteger());
        const QJsonArray theirs = reference.value(QStringLiteral("f1")).toArray();
        QCOMPARE(theirs.size(), k);
        double oursSum = 0, theirsSum = 0;
        QString table;
        for (int i = 0; i < k; ++i) {
            const double ours = explanations.at(i).toObject().value(QStringLiteral("f1")).toDouble();
            oursSum += ours;
            theirsSum += theirs.at(i).toDouble();
            table
                += QStringLiteral(" %1: %2/%3").arg(i + 1).arg(ours, 0, 'f', 3).arg(theirs.at(i).toDouble(), 0, 'f', 3);
        }
        const double ours = oursSum / k, sklearn = theirsSum / k;
        qInfo("demo 100k k=%d F1 ours %.4f, scikit-learn %.4f (per cluster ours/sklearn:%s)", k, ours, sklearn,
              qPrintable(table));
        QVERIFY2(
            ours >= sklearn - 0.02,
            qPrintable(
                QStringLiteral("mean F1 %1 < scikit-learn's %2 - 0.02").arg(ours, 0, 'f', 4).arg(sklearn, 0, 'f', 4)));
    }
};

QTEST_GUILESS_MAIN(TstCliExplain)
#include "tst_cliexplain.moc"
