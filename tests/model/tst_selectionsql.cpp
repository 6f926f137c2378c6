// Typed selections: the value type, their SQL (every count against a query written here by hand), the same rows from
// the column store, and a guard that no other code glues selection SQL together.
#include "model/database.h"
#include "model/filter/columnstore.h"
#include "model/filter/filterevaluator.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

Q_DECLARE_METATYPE(swb::Selection)

namespace {

Selection definition(const char* json)
{
    return Selection::definition(QByteArray(json));
}

// country = DE or AT: an OR that must stay in its parentheses when it is combined.
const char s_dach[] = R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"DE"},)"
                      R"({"field":"country","operator":"=","value":"AT"}]})";
const char s_cheap[] = R"({"combinator":"and","rules":[{"field":"spend","operator":"<","value":100}]})";
const char s_germany[] = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})";
const char s_nameA[] = R"({"combinator":"and","rules":[{"field":"name","operator":"beginsWith","value":"A"}]})";
// NOT (country = DE OR spend > 600): unknown (NULL) for customers without a country or a spend.
const char s_notGermanOrBig[] = R"({"combinator":"or","not":true,"rules":[{"field":"country","operator":"=",)"
                                R"("value":"DE"},{"field":"spend","operator":">","value":600}]})";

QVariantList keys(std::initializer_list<const char*> texts)
{
    QVariantList list;
    for (const char* text : texts)
        list << QString::fromLatin1(text);
    return list;
}

// The rowids of `SELECT rowid FROM customers WHERE <where>`; nothing when the query is wrong.
std::optional<QSet<qint64>> rowidsWhere(Database& db, const QString& where)
{
    QSet<qint64> rowids;
    Statement statement = db.prepare(QStringLiteral("SELECT rowid FROM customers WHERE ") + where);
    if (!statement.isValid())
        return std::nullopt;
    while (statement.next())
        rowids.insert(statement.toInt64(0));
    if (statement.failed())
        return std::nullopt;
    return rowids;
}

} // namespace

class TstSelectionSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace; // the small hand-made workspace
    std::unique_ptr<Workspace> m_fixture; // the filter engine's generated workspace, for SQL against the store

    // 40 customers K01…K40: country DE, AT, CH, FR or NULL in turn; spend 30·i, NULL for every 7th; names starting
    // with A for every 4th. Segments: Rich (dynamic, spend >= 500), Frozen (static, K01…K10), RichOrFrozen
    // (dynamic, referring to both).
    void buildSmallWorkspace()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("small.sqlite")),
                                      Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        const QList<FieldInfo> fields{test::makeField(QStringLiteral("id"), FieldType::Text, FieldRole::CustomerKey),
                                      test::makeField(QStringLiteral("country"), FieldType::Text),
                                      test::makeField(QStringLiteral("spend"), FieldType::Real),
                                      test::makeField(QStringLiteral("name"), FieldType::Text)};
        const QStringList countries{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                                    QStringLiteral("FR"), QString()};
        QList<QVariantList> rows;
        QVariantList frozen;
        for (int i = 1; i <= 40; ++i) {
            const QString key = QStringLiteral("K%1").arg(i, 2, 10, QLatin1Char('0'));
            const QString country = countries.at(i % countries.size());
            rows << QVariantList{
                key, country.isEmpty() ? QVariant() : QVariant(country), i % 7 == 0 ? QVariant() : QVariant(30.0 * i),
                QStringLiteral("%1 %2").arg(i % 4 == 0 ? QStringLiteral("Anna") : QStringLiteral("Bo")).arg(i)};
            if (i <= 10)
                frozen << key;
        }
        Database& db = m_workspace->db();
        QVERIFY2(test::createCustomers(db, fields, rows, &error), qPrintable(error));
        QVERIFY2(test::saveSegment(db, QStringLiteral("Rich"), false,
                                   R"({"combinator":"and","rules":[{"field":"spend","operator":">=","value":500}]})",
                                   {}, &error),
                 qPrintable(error));
        QVERIFY2(test::saveSegment(db, QStringLiteral("Frozen"), true, {}, frozen, &error), qPrintable(error));
        QVERIFY2(test::saveSegment(db, QStringLiteral("RichOrFrozen"), false,
                                   R"({"combinator":"or","rules":[{"field":"@segment","operator":"in","value":"Rich"},)"
                                   R"({"field":"@segment","operator":"in","value":"Frozen"}]})",
                                   {}, &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        buildSmallWorkspace();
        QString error;
        m_fixture = Workspace::open(m_dir.filePath(QStringLiteral("fixture.sqlite")),
                                    Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_fixture, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*m_fixture, {}, &error), qPrintable(error));
    }

    void valuesCompareAndDescribe()
    {
        const Selection rich = Selection::segment(QStringLiteral("Rich"));
        QCOMPARE(Selection(), Selection::all());
        QCOMPARE(rich, Selection::segment(QStringLiteral("Rich")));
        QVERIFY(rich != Selection::segment(QStringLiteral("Poor")));
        QVERIFY(rich != Selection::definition("{}"));
        QCOMPARE(Selection::intersection(Selection::all(), rich), rich); // everyone is left out of an intersection
        QCOMPARE(Selection::either(rich, Selection::all()), Selection::all());
        const Selection nested = Selection::difference(Selection::intersection(rich, definition(s_germany)),
                                                       Selection::members(keys({"K01", "K02"})));
        const Selection copy = nested; // shares its data
        QCOMPARE(copy, nested);
        QCOMPARE(nested.first().second(), definition(s_germany));
        QVERIFY(nested
                != Selection::difference(Selection::intersection(rich, definition(s_germany)),
                                         Selection::members(keys({"K01"}))));
        QCOMPARE(Selection::nobody(), Selection::members({}));
        QCOMPARE(nested.description(),
                 QStringLiteral("(the segment \"Rich\" and the definition %1) without 2 listed customer(s)")
                     .arg(QLatin1String(s_germany)));
        QCOMPARE(Selection().description(), QStringLiteral("all customers"));
    }

    void enclosed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one pair") << QStringLiteral("(a = 1)") << QStringLiteral("(a = 1)");
        QTest::newRow("two pairs") << QStringLiteral("(a) OR (b)") << QStringLiteral("((a) OR (b))");
        QTest::newRow("not") << QStringLiteral("NOT (a)") << QStringLiteral("(NOT (a))");
        QTest::newRow("bare") << QStringLiteral("a = 1") << QStringLiteral("(a = 1)");
        QTest::newRow("quoted paren") << QStringLiteral("(\"x)\" = 1)") << QStringLiteral("(\"x)\" = 1)");
        QTest::newRow("quoted paren, two pairs")
            << QStringLiteral("(\"(\" = ')') OR (b)") << QStringLiteral("((\"(\" = ')') OR (b))");
        QTest::newRow("doubled quote") << QStringLiteral("(\"a\"\")\" = 1) OR (b)")
                                       << QStringLiteral("((\"a\"\")\" = 1) OR (b))");
    }

    void enclosed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(SelectionSql::enclosed(sql), expected);
    }

    void countsLikeSqlite_data()
    {
        QTest::addColumn<Selection>("selection");
        QTest::addColumn<QString>("where"); // the same customers, written by hand
        const Selection rich = Selection::segment(QStringLiteral("Rich"));
        const Selection frozen = Selection::segment(QStringLiteral("Frozen"));
        const QString richWhere = QStringLiteral("spend >= 500");
        const QString frozenWhere
            = QStringLiteral("id IN ('K01','K02','K03','K04','K05','K06','K07','K08','K09','K10')");
        QTest::newRow("all") << Selection() << QStringLiteral("1");
        QTest::newRow("definition") << definition(s_germany) << QStringLiteral("country = 'DE'");
        QTest::newRow("definition with or") << definition(s_dach) << QStringLiteral("country IN ('DE', 'AT')");
        QTest::newRow("dynamic segment") << rich << richWhere;
        QTest::newRow("static segment") << frozen << frozenWhere;
        QTest::newRow("segment of segments") << Selection::segment(QStringLiteral("RichOrFrozen"))
                                             << QStringLiteral("%1 OR %2").arg(richWhere, frozenWhere);
        QTest::newRow("members") << Selection::members(keys({"K03", "K05", "K99"}))
                                 << QStringLiteral("id IN ('K03', 'K05')");
        QTest::newRow("no members") << Selection::nobody() << QStringLiteral("0");
        QTest::newRow("or ∩ segment") << Selection::intersection(definition(s_dach), rich)
                                      << QStringLiteral("country IN ('DE', 'AT') AND spend >= 500");
        QTest::newRow("segment ∩ or") << Selection::intersection(rich, definition(s_dach))
                                      << QStringLiteral("country IN ('DE', 'AT') AND spend >= 500");
        // Customers without a spend are not rich: they stay in "everyone but the rich".
        QTest::newRow("all \\ segment") << Selection::difference(
            Selection(), rich) << QStringLiteral("rowid NOT IN (SELECT rowid FROM customers WHERE %1)").arg(richWhere);
        QTest::newRow("not-group ∩ members")
            << Selection::intersection(definition(s_notGermanOrBig), Selection::members(keys({"K02", "K09", "K21"})))
            << QStringLiteral("id IN ('K02', 'K09', 'K21') AND country <> 'DE' AND "
                              "spend <= 600");
        QTest::newRow("members \\ not-group")
            << Selection::difference(Selection::members(keys({"K02", "K05", "K09", "K10", "K14", "K21"})),
                                     definition(s_notGermanOrBig))
            << QStringLiteral("id IN ('K02', 'K05', 'K09', 'K10', 'K14', 'K21') AND NOT (country IS NOT NULL AND "
                              "country <> 'DE' AND spend IS NOT NULL AND spend <= 600)");
        QTest::newRow("or \\ static segment")
            << Selection::difference(definition(s_dach), frozen)
            << QStringLiteral("country IN ('DE', 'AT') AND NOT (%1)").arg(frozenWhere);
        QTest::newRow("union") << Selection::either(frozen, definition(s_cheap))
                               << QStringLiteral("%1 OR spend < 100").arg(frozenWhere);
        QTest::newRow("nested") << Selection::difference(
            Selection::intersection(Selection::segment(QStringLiteral("RichOrFrozen")), definition(s_dach)),
            Selection::either(Selection::members(keys({"K02"})), definition(s_nameA)))
                                << QStringLiteral(
                                       "(%1 OR %2) AND country IN ('DE', 'AT') AND NOT (id = 'K02' OR name LIKE 'A%')")
                                       .arg(richWhere, frozenWhere);
        QTest::newRow("difference of differences")
            << Selection::difference(Selection::difference(Selection(), definition(s_germany)),
                                     Selection::difference(rich, definition(s_dach)))
            << QStringLiteral("(country IS NULL OR country <> 'DE') AND NOT (spend IS NOT NULL AND spend >= 500 AND "
                              "(country IS NULL OR country NOT IN ('DE', 'AT')))");
    }

    void countsLikeSqlite()
    {
        QFETCH(Selection, selection);
        QFETCH(QString, where);
        Database& db = m_workspace->db();
        const auto expected = rowidsWhere(db, where);
        QVERIFY2(expected, qPrintable(db.lastError()));
        QString error;
        SelectionSql sql(*m_workspace);
        const auto condition = sql.condition(selection, &error);
        QVERIFY2(condition, qPrintable(error));
        QVERIFY2(condition->sql.startsWith(QLatin1Char('('))
                     && SelectionSql::enclosed(condition->sql) == condition->sql,
                 qPrintable(condition->sql));
        QCOMPARE(sql.count(selection, &error), std::optional<qint64>(expected->size()));
        Statement statement = sql.prepare(QStringLiteral("SELECT rowid"), selection, QString(), &error);
        QVERIFY2(statement.isValid(), qPrintable(error));
        QSet<qint64> actual;
        while (statement.next())
            actual.insert(statement.toInt64(0));
        QCOMPARE(actual, *expected);
    }

    void bindsInOrder()
    {
        // country = ?, then name LIKE ?, then the keys: as the `?` appear in the text.
        const Selection selection = Selection::intersection(
            definition(s_germany), Selection::difference(definition(s_nameA), Selection::members(keys({"K01"}))));
        QString error;
        const auto condition = SelectionSql(*m_workspace).condition(selection, &error);
        QVERIFY2(condition, qPrintable(error));
        QCOMPARE(condition->sql,
                 QStringLiteral(R"((("country" = ?) AND (("name" LIKE ? ESCAPE '\') AND NOT COALESCE(("id" IN )"
                                R"((SELECT value FROM json_each(?))), 0))))"));
        QCOMPARE(condition->bindings,
                 (QVariantList{QStringLiteral("DE"), QStringLiteral("A%"), QStringLiteral(R"(["K01"])")}));
        // Bindings after the head's own parameters.
        Statement statement = SelectionSql(*m_workspace)
                                  .prepare(QStringLiteral("SELECT count(*) + ?"), selection, QString(), &error, 2);
        QVERIFY2(statement.isValid(), qPrintable(error));
        statement.bind(1, qint64(1000));
        QVERIFY(statement.next());
        const auto expected
            = rowidsWhere(m_workspace->db(), QStringLiteral("country = 'DE' AND name LIKE 'A%' AND id <> 'K01'"));
        QVERIFY(expected && !expected->isEmpty());
        QCOMPARE(statement.toInt64(0), 1000 + qint64(expected->size()));
    }

    void namesWhatIsWrong_data()
    {
        QTest::addColumn<Selection>("selection");
        QTest::addColumn<QString>("error");
        const Selection nope = Selection::segment(QStringLiteral("Nope"));
        QTest::newRow("unknown segment") << nope << QStringLiteral("There is no segment called \"Nope\".");
        QTest::newRow("unknown segment, nested")
            << Selection::either(definition(s_germany), Selection::difference(Selection(), nope))
            << QStringLiteral("There is no segment called \"Nope\".");
        QTest::newRow("unknown field") << Selection::intersection(
            Selection::segment(QStringLiteral("Rich")),
            definition(R"({"combinator":"and","rules":[{"field":"contry","operator":"=","value":"DE"}]})"))
                                       << QStringLiteral("rules[0]: unknown field \"contry\"");
        QTest::newRow("not json") << Selection::definition("{\"combinator\":") << QString();
    }

    void namesWhatIsWrong()
    {
        QFETCH(Selection, selection);
        QFETCH(QString, error);
        QString sqlError;
        SelectionSql sql(*m_workspace);
        QVERIFY(!sql.condition(selection, &sqlError));
        QVERIFY2(sqlError.startsWith(error) && !sqlError.isEmpty(), qPrintable(sqlError));
        QString countError;
        QVERIFY(!sql.count(selection, &countError));
        QCOMPARE(countError, sqlError);
        QString prepareError;
        QVERIFY(!sql.prepare(QStringLiteral("SELECT rowid"), selection, QString(), &prepareError).isValid());
        QCOMPARE(prepareError, sqlError);
    }

    void rowsAgreeWithSql_data()
    {
        QTest::addColumn<Selection>("selection");
        const Selection young = Selection::segment(QStringLiteral("dyn_young"));
        const Selection staticA = Selection::segment(QStringLiteral("static_a"));
        const Selection nested = Selection::segment(QStringLiteral("dyn_nested"));
        const Selection rich = definition(R"({"combinator":"or","not":true,"rules":[{"field":"revenue",)"
                                          R"("operator":">=","value":500},{"field":"legacy","operator":">",)"
                                          R"("value":3}]})");
        const Selection members
            = Selection::members({QStringLiteral("K00003"), QStringLiteral("K00010"), QStringLiteral("k00011"),
                                  QStringLiteral("NOPE"), qint64(12), QStringLiteral("K01999")});
        QTest::newRow("all") << Selection();
        QTest::newRow("definition") << rich;
        QTest::newRow("dynamic segment") << young;
        QTest::newRow("static segment") << staticA;
        QTest::newRow("segment of segments") << nested;
        QTest::newRow("members") << members;
        QTest::newRow("no members") << Selection::nobody();
        QTest::newRow("intersection") << Selection::intersection(staticA, rich);
        QTest::newRow("difference") << Selection::difference(young, rich);
        QTest::newRow("union") << Selection::either(members, nested);
        QTest::newRow("nested") << Selection::difference(
            Selection::either(staticA, young),
            Selection::intersection(rich, Selection::difference(Selection(), nested)));
    }

    void rowsAgreeWithSql()
    {
        QFETCH(Selection, selection);
        QString error;
        const QString key = m_fixture->customerKeyExpression();
        std::shared_ptr<const ColumnStore> store = ColumnStore::load(
            m_fixture->db(), m_fixture->fields(), m_fixture->fieldByRole(FieldRole::CustomerKey)->name, &error);
        QVERIFY2(store, qPrintable(error));
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&m_fixture->db(), key);
        SelectionSql sql(*m_fixture);
        const auto rows = sql.rows(selection, evaluator, &error);
        QVERIFY2(rows, qPrintable(error));
        QSet<qint64> fromStore;
        for (qint64 row = 0; row < rows->size(); ++row) {
            if (rows->test(row))
                fromStore.insert(store->rowIds()[size_t(row)]);
        }
        Statement statement = sql.prepare(QStringLiteral("SELECT rowid"), selection, QString(), &error);
        QVERIFY2(statement.isValid(), qPrintable(error));
        QSet<qint64> fromSql;
        while (statement.next())
            fromSql.insert(statement.toInt64(0));
        QCOMPARE(fromStore.size(), fromSql.size());
        QCOMPARE(fromStore, fromSql);
        if (selection != Selection() && selection != Selection::nobody())
            QVERIFY2(!fromSql.isEmpty() && fromSql.size() < store->rowCount(), "the case selects some, not all");
    }

    void rowsNameWhatIsWrong()
    {
        QString error;
        std::shared_ptr<const ColumnStore> store
            = ColumnStore::load(m_workspace->db(), m_workspace->fields(), QStringLiteral("id"), &error);
        QVERIFY2(store, qPrintable(error));
        FilterEvaluator evaluator(store);
        evaluator.setDatabase(&m_workspace->db(), m_workspace->customerKeyExpression());
        QVERIFY(!SelectionSql(*m_workspace)
                     .rows(Selection::intersection(definition(s_germany), Selection::segment(QStringLiteral("Nope"))),
                           evaluator, &error));
        QCOMPARE(error, QStringLiteral("There is no segment called \"Nope\"."));
    }

    // Selections travel as Selection; only model/selection turns them into SQL text. RowSelection and its
    // whereSql are gone, and nothing outside the helper reads a condition's SQL to glue it into a statement.
    void onlyTheHelperWritesSelectionSql()
    {
        const QString root = QStringLiteral(SWB_TEST_DATA_DIR "/../..");
        const QRegularExpression readsConditionSql(QStringLiteral(R"((\.|->)sql\b(?!\s*=[^=]))"));
        QStringList offenders;
        for (const char* folder : {"app", "model", "ui"}) {
            QDirIterator files(root + QLatin1Char('/') + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const bool helper = path.contains(QLatin1String("/model/selection/"));
                if (text.contains(QLatin1String("RowSelection")) || text.contains(QLatin1String("whereSql"))
                    || (!helper && readsConditionSql.match(text).hasMatch()))
                    offenders << QDir(root).relativeFilePath(path);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TstSelectionSql)
#include "tst_selectionsql.moc"
