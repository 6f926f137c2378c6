// Saved segments: dynamic and static kinds, key lists, rename with references, snapshots, overlap.
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstSegmentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_counter = 0;

    // A fresh workspace with 10 customers: keys K01..K10, country alternating DE/AT/FR, spend 100..1000.
    void freshWorkspace(bool integerKeys = false)
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter)),
                                      Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        Database& db = m_workspace->db();
        QVERIFY(db.exec(integerKeys ? "CREATE TABLE customers(id INTEGER, country TEXT, spend REAL)"
                                    : "CREATE TABLE customers(id TEXT, country TEXT, spend REAL)"));
        for (int i = 1; i <= 10; ++i) {
            Statement insert = db.prepare(QStringLiteral("INSERT INTO customers VALUES (?, ?, ?)"));
            if (integerKeys)
                insert.bind(1, qint64(i));
            else
                insert.bind(1, QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0')));
            insert.bind(2, QString::fromLatin1(i % 3 == 0 ? "FR" : i % 2 == 0 ? "DE" : "AT"));
            insert.bind(3, double(i * 100));
            QVERIFY(insert.run());
        }
        const QList<FieldInfo> fields{
            {QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("ID"),
             integerKeys ? FieldType::Integer : FieldType::Text, FieldRole::CustomerKey, false, 0},
            {QStringLiteral("customers"), QStringLiteral("country"), QStringLiteral("Country"), FieldType::Text,
             FieldRole::Country, false, 1},
            {QStringLiteral("customers"), QStringLiteral("spend"), QStringLiteral("Spend"), FieldType::Real,
             FieldRole::Revenue, false, 2},
        };
        QVERIFY2(FieldCatalog::replace(db, QStringLiteral("customers"), fields, &error), qPrintable(error));
    }

    // {"combinator":"and","rules":[{"field":F,"operator":O,"value":V}]} with V given as JSON text.
    static QByteArray rule(const char* field, const char* op, const char* valueJson)
    {
        const QJsonValue value = QJsonDocument::fromJson(QByteArray("[") + valueJson + "]").array().at(0);
        const QJsonObject ruleObject{{QStringLiteral("field"), QString::fromUtf8(field)},
                                     {QStringLiteral("operator"), QString::fromUtf8(op)},
                                     {QStringLiteral("value"), value}};
        return QJsonDocument(QJsonObject{{QStringLiteral("combinator"), QStringLiteral("and")},
                                         {QStringLiteral("rules"), QJsonArray{ruleObject}}})
            .toJson(QJsonDocument::Compact);
    }

    qint64 count(const QString& name)
    {
        SegmentRepository segments(*m_workspace);
        QString error;
        const auto size = segments.count(name, &error);
        if (!size)
            qWarning() << error;
        return size.value_or(-1);
    }

private slots:
    void dynamicSegmentFollowsData()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY2(segments.saveDynamic(QStringLiteral("Rich"), rule("spend", ">=", "500"), &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("Rich")), 6);
        QVERIFY(m_workspace->db().exec("UPDATE customers SET spend = 1 WHERE id = 'K10'"));
        QCOMPARE(count(QStringLiteral("Rich")), 5);
    }

    void brokenDefinitionNamesTheRuleOnce()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY2(segments.saveDynamic(QStringLiteral("Rich"), rule("spend", ">=", "500"), &error), qPrintable(error));
        // A new customers file without the column: the saved rule now refers to an unknown field.
        QVERIFY(m_workspace->db().exec("DELETE FROM fields WHERE table_name = 'customers' AND name = 'spend'"));
        QVERIFY(!SelectionSql(*m_workspace).condition(Selection::segment(QStringLiteral("Rich")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("rules[0]: unknown field \"spend\"")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Rich")), qPrintable(error)); // the caller names the segment
    }

    void staticSegmentIsFrozen()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY2(segments.saveStaticFromDefinition(QStringLiteral("Rich then"), rule("spend", ">=", "500"), &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("Rich then")), 6);
        QVERIFY(m_workspace->db().exec("UPDATE customers SET spend = 1"));
        QCOMPARE(count(QStringLiteral("Rich then")), 6);
        QVERIFY(!segments.updateDefinition(QStringLiteral("Rich then"), rule("spend", ">", "1"), &error));
        QVERIFY(error.contains(QStringLiteral("static")));
    }

    void keyListReportsUnknownKeys_data()
    {
        QTest::addColumn<bool>("integerKeys");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<qint64>("matched");
        QTest::addColumn<QStringList>("notFound");
        QTest::newRow("text-keys") << false
                                   << QStringList{QStringLiteral("K01"), QStringLiteral(" K02 "), QStringLiteral("K02"),
                                                  QStringLiteral("nope"), QStringLiteral("k03")}
                                   << qint64(2) << QStringList{QStringLiteral("nope"), QStringLiteral("k03")};
        QTest::newRow("integer-keys") << true
                                      << QStringList{QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("x"),
                                                     QStringLiteral("99")}
                                      << qint64(2) << QStringList{QStringLiteral("x"), QStringLiteral("99")};
    }

    void keyListReportsUnknownKeys()
    {
        QFETCH(bool, integerKeys);
        QFETCH(QStringList, keys);
        QFETCH(qint64, matched);
        QFETCH(QStringList, notFound);
        freshWorkspace(integerKeys);
        SegmentRepository segments(*m_workspace);
        KeyListResult result;
        QString error;
        QVERIFY2(segments.saveStaticFromKeys(QStringLiteral("Pasted"), keys, &result, &error), qPrintable(error));
        QCOMPARE(result.matched, matched);
        QCOMPARE(result.notFound, notFound);
        QCOMPARE(count(QStringLiteral("Pasted")), matched);
    }

    void namesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
        QTest::newRow("spaces") << QStringLiteral(" A ") << QStringLiteral("spaces");
        QTest::newRow("comma") << QStringLiteral("A,B") << QStringLiteral("comma");
        QTest::newRow("duplicate-case") << QStringLiteral("rich") << QStringLiteral("exists already");
    }

    void namesAreChecked()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveDynamic(QStringLiteral("Rich"), rule("spend", ">=", "500"), &error));
        QVERIFY(!segments.saveDynamic(name, rule("spend", ">=", "1"), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void renameRewritesReferencesAndDeleteIsGuarded()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveDynamic(QStringLiteral("DACH"), rule("country", "in", "[\"DE\",\"AT\"]"), &error));
        const QByteArray richDach = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@segment\",\"operator\":\"in\","
                                    "\"value\":\"DACH\"},{\"field\":\"spend\",\"operator\":\">=\",\"value\":500}]}";
        QVERIFY2(segments.saveDynamic(QStringLiteral("Rich DACH"), richDach, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("Rich DACH")), 4); // 5, 7 (AT), 8, 10 (DE)
        QVERIFY2(segments.rename(QStringLiteral("DACH"), QStringLiteral("D-A-CH"), &error), qPrintable(error));
        QVERIFY(segments.find(QStringLiteral("Rich DACH"))->definition.contains("D-A-CH"));
        QCOMPARE(count(QStringLiteral("Rich DACH")), 4);
        QVERIFY(!segments.remove(QStringLiteral("D-A-CH"), &error));
        QVERIFY2(error.contains(QStringLiteral("Rich DACH")), qPrintable(error));
        QVERIFY2(segments.remove(QStringLiteral("Rich DACH"), &error), qPrintable(error));
        QVERIFY2(segments.remove(QStringLiteral("D-A-CH"), &error), qPrintable(error));
        QVERIFY(segments.list().isEmpty());
    }

    void cyclesAreRefused()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveDynamic(QStringLiteral("A"), rule("spend", ">", "0"), &error));
        QVERIFY(segments.saveDynamic(QStringLiteral("B"), rule("@segment", "in", "[\"A\"]"), &error));
        QVERIFY(!segments.updateDefinition(QStringLiteral("A"), rule("@segment", "in", "[\"B\"]"), &error));
        QVERIFY2(error.contains(QStringLiteral("cycle"), Qt::CaseInsensitive), qPrintable(error));
    }

    void duplicateCopiesMembers()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveStaticFromKeys(QStringLiteral("Few"), {QStringLiteral("K01"), QStringLiteral("K05")},
                                            nullptr, &error));
        QVERIFY2(segments.duplicate(QStringLiteral("Few"), QStringLiteral("Few copy"), &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("Few copy")), 2);
        QCOMPARE(segments.uniqueName(QStringLiteral("Few")), QStringLiteral("Few (2)"));
    }

    void snapshotsTrackEnteredAndLeft()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveDynamic(QStringLiteral("Rich"), rule("spend", ">=", "500"), &error));
        auto first = segments.takeSnapshot(QStringLiteral("Rich"), {}, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->size, 6);
        QCOMPARE(first->entered, 6);
        QVERIFY(first->first);
        QVERIFY(m_workspace->db().exec("UPDATE customers SET spend = 1 WHERE id IN ('K09', 'K10');"
                                       "UPDATE customers SET spend = 999 WHERE id = 'K01';"));
        auto second = segments.takeSnapshot(QStringLiteral("Rich"), {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->size, 5);
        QCOMPARE(second->entered, 1);
        QCOMPARE(second->left, 2);
        QVERIFY(!second->first);
        QCOMPARE(segments.snapshots(QStringLiteral("Rich")).size(), 2);
    }

    void overlapMatrixAndCombinations()
    {
        freshWorkspace();
        SegmentRepository segments(*m_workspace);
        QString error;
        QVERIFY(segments.saveDynamic(QStringLiteral("DE"), rule("country", "=", "\"DE\""), &error));
        QVERIFY(segments.saveDynamic(QStringLiteral("Rich"), rule("spend", ">=", "500"), &error));
        QVERIFY(segments.saveStaticFromKeys(QStringLiteral("Listed"),
                                            {QStringLiteral("K02"), QStringLiteral("K03"), QStringLiteral("K10")},
                                            nullptr, &error));
        const auto matrix
            = segments.overlap({QStringLiteral("DE"), QStringLiteral("Rich"), QStringLiteral("Listed")}, &error);
        QVERIFY2(matrix, qPrintable(error));
        // DE = {2, 4, 8, 10}; Rich = {5..10}; Listed = {2, 3, 10}.
        const QList<QList<qint64>> expected{{4, 2, 2}, {2, 6, 1}, {2, 1, 3}};
        QCOMPARE(matrix->counts, expected);

        QVERIFY2(segments.saveCombination(QStringLiteral("DE and rich"), QStringLiteral("DE"), QStringLiteral("Rich"),
                                          SetOperation::Intersection, true, &error),
                 qPrintable(error));
        QVERIFY(segments.saveCombination(QStringLiteral("DE not rich"), QStringLiteral("DE"), QStringLiteral("Rich"),
                                         SetOperation::Difference, false, &error));
        QVERIFY(segments.saveCombination(QStringLiteral("DE or rich"), QStringLiteral("DE"), QStringLiteral("Rich"),
                                         SetOperation::Union, true, &error));
        QCOMPARE(count(QStringLiteral("DE and rich")), 2);
        QCOMPARE(count(QStringLiteral("DE not rich")), 2);
        QCOMPARE(count(QStringLiteral("DE or rich")), 8);
        QCOMPARE(segments.find(QStringLiteral("DE not rich"))->kind, SegmentKind::Static);
    }
};

QTEST_GUILESS_MAIN(TstSegmentRepository)
#include "tst_segmentrepository.moc"
