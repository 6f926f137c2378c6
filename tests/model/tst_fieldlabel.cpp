// What a user sees for a field: the file's header, else the column name; columns the workbench computed show their
// label in the interface language.
#include "model/field.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace swb;

class TstFieldLabel : public QObject
{
    Q_OBJECT

private slots:
    void labels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("derived");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("imported header") << QStringLiteral("annual_income_k") << QStringLiteral("Annual Income (k$)")
                                         << false << QStringLiteral("Annual Income (k$)")
                                         << QStringLiteral("Annual Income (k$)");
        QTest::newRow("imported header that is also a label")
            << QStringLiteral("total_revenue") << QStringLiteral("Total revenue") << false
            << QStringLiteral("Total revenue") << QStringLiteral("Total revenue");
        QTest::newRow("no header") << QStringLiteral("city") << QString() << false << QStringLiteral("city")
                                   << QStringLiteral("city");
        QTest::newRow("orders aggregation")
            << QStringLiteral("total_revenue") << QStringLiteral("Total revenue") << true
            << QStringLiteral("Total revenue") << QStringLiteral("Umsatz gesamt");
        QTest::newRow("orders count") << QStringLiteral("orders_count") << QStringLiteral("Orders count") << true
                                      << QStringLiteral("Orders count") << QStringLiteral("Anzahl Bestellungen");
        QTest::newRow("rfm") << QStringLiteral("rfm_group") << QStringLiteral("RFM group") << true
                             << QStringLiteral("RFM group") << QStringLiteral("RFM-Gruppe");
        QTest::newRow("derived without label") << QStringLiteral("cluster_2") << QString() << true
                                               << QStringLiteral("Cluster 2") << QStringLiteral("Cluster 2");
        QTest::newRow("derived header equal to name")
            << QStringLiteral("segment_score") << QStringLiteral("segment_score") << true
            << QStringLiteral("Segment score") << QStringLiteral("Segment score");
    }

    void labels()
    {
        QFETCH(QString, name);
        QFETCH(QString, header);
        QFETCH(bool, derived);
        QFETCH(QString, english);
        QFETCH(QString, german);
        FieldInfo field;
        field.name = name;
        field.originalHeader = header;
        field.derived = derived;
        QCOMPARE(fieldLabel(field), english);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(SWB_TRANSLATIONS_DIR "/segment-workbench_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = fieldLabel(field);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated, german);
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("mention");
        QTest::newRow("header differs") << QStringLiteral("signup_date") << QStringLiteral("Signup Date")
                                        << QStringLiteral("\"Signup Date\" (signup_date)");
        QTest::newRow("no header") << QStringLiteral("city") << QString() << QStringLiteral("\"city\"");
        QTest::newRow("header equal to name")
            << QStringLiteral("age") << QStringLiteral("age") << QStringLiteral("\"age\"");
    }

    void mentions()
    {
        QFETCH(QString, name);
        QFETCH(QString, header);
        QFETCH(QString, mention);
        FieldInfo field;
        field.name = name;
        field.originalHeader = header;
        QCOMPARE(fieldMention(field), mention);
    }
};

QTEST_GUILESS_MAIN(TstFieldLabel)
#include "tst_fieldlabel.moc"
