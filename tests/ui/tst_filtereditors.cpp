// The parts of the segment builder: tree edits, value carry-over, the field and operator pickers, the value editor
// of each type, pasting lists, and how invalid and incomplete rules are shown.
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"

#include "model/filter/countservice.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/ruleedits.h"
#include "ui/filter/definitionpreview.h"
#include "ui/filter/editors/datevalueeditor.h"
#include "ui/filter/editors/listvalueeditor.h"
#include "ui/filter/editors/pairvalueeditor.h"
#include "ui/filter/editors/simplevalueeditors.h"
#include "ui/filter/livecount.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/fieldpicker.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/operatorpicker.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/rows/searchlistpopup.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/filter/segmenteditor.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace swb;

namespace {

FilterGroup parse(const QByteArray& json)
{
    QString error;
    auto group = FilterDefinition::parse(json, &error);
    if (!group)
        qFatal("test definition does not parse: %s", qPrintable(error));
    return *group;
}

QByteArray ruleJson(const FilterRule& rule)
{
    return FilterTree::nodeJsonText(FilterNode{rule});
}

FilterRule ruleOf(const QByteArray& json)
{
    return *parse(QByteArray(R"({"combinator":"and","rules":[)") + json + "]}").rules.front().rule();
}

const QByteArray s_partial = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
                             R"({"field":"age","operator":">"}]})";
const QByteArray s_partialComplete
    = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})";

} // namespace

class TstFilterEditors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void treeMoves_data();
    void treeMoves();
    void operatorChangeKeepsValues_data();
    void operatorChangeKeepsValues();
    void fieldChangeKeepsFittingValues();
    void fieldPickerGroupsAndSearches();
    void operatorChoicesFollowType_data();
    void operatorChoicesFollowType();
    void valueEditorFitsType_data();
    void valueEditorFitsType();
    void pastedListBecomesSeveralValues();
    void listOfNumbersHoldsNumbers();
    void invalidRuleShowsItsReason_data();
    void invalidRuleShowsItsReason();
    void invalidDefinitionStaysUncountedAfterLoading();
    void incompleteRuleIsLeftOutOfTheCount();
    void emptyWorkspaceSaysWhyThereIsNoCount();
    void betweenNeedsBothValues();
    void dateIsPickedFromTheCalendar();
    void localDateIsTakenAsIso_data();
    void localDateIsTakenAsIso();
    void yesNoIsChosen();
    void textCompletesFromTheColumnsValues();
    void mutedGroupLeavesItsRulesOut();
    void previewDescribesAndShowsSql();

private:
    QByteArray json() const { return m_page->definitionJson(); }
    RuleWidget* rule(const NodePath& path) const { return m_page->editor()->view()->ruleWidget(path); }
    void waitForCount() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor()->liveCount()->isBusy(), 20000); }

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QByteArray, qint64> m_swb;
    std::unique_ptr<WorkspaceSession> m_session; // outlives the page
    std::unique_ptr<SegmentBuilderPage> m_page;
};

void TstFilterEditors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("editors.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(m_db, 300, &error), qPrintable(error));
    // While this process has no connection to the file (see filtertest::swbCount).
    const qint64 count = filtertest::swbCount(m_db, s_partialComplete, &error);
    QVERIFY2(count > 0, qPrintable(error));
    m_swb.insert(s_partialComplete, count);
}

void TstFilterEditors::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    m_page = std::make_unique<SegmentBuilderPage>();
    m_page->setSession(m_session->segments());
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_page->resize(1100, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TstFilterEditors::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TstFilterEditors::treeMoves_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<NodePath>("from");
    QTest::addColumn<NodePath>("toGroup");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    const QByteArray abc
        = R"({"combinator":"and","rules":[{"field":"a","operator":"null"},{"field":"b","operator":"null"},)"
          R"({"combinator":"or","rules":[{"field":"c","operator":"null"}]}]})";
    QTest::newRow("down-in-same-group")
        << abc << NodePath{0} << NodePath{} << 2
        << QByteArray(R"({"combinator":"and","rules":[{"field":"b","operator":"null"},{"field":"a","operator":"null"},)"
                      R"({"combinator":"or","rules":[{"field":"c","operator":"null"}]}]})");
    QTest::newRow("up-in-same-group")
        << abc << NodePath{1} << NodePath{} << 0
        << QByteArray(R"({"combinator":"and","rules":[{"field":"b","operator":"null"},{"field":"a","operator":"null"},)"
                      R"({"combinator":"or","rules":[{"field":"c","operator":"null"}]}]})");
    QTest::newRow("onto-itself") << abc << NodePath{1} << NodePath{} << 1 << abc;
    QTest::newRow("into-later-group")
        << abc << NodePath{0} << NodePath{2} << 0
        << QByteArray(
               R"({"combinator":"and","rules":[{"field":"b","operator":"null"},)"
               R"({"combinator":"or","rules":[{"field":"a","operator":"null"},{"field":"c","operator":"null"}]}]})");
    QTest::newRow("out-of-group")
        << abc << NodePath{2, 0} << NodePath{} << 0
        << QByteArray(R"({"combinator":"and","rules":[{"field":"c","operator":"null"},{"field":"a","operator":"null"},)"
                      R"({"field":"b","operator":"null"},{"combinator":"or","rules":[]}]})");
    QTest::newRow("group-into-itself") << abc << NodePath{2} << NodePath{2} << 0 << QByteArray();
    QTest::newRow("missing-source") << abc << NodePath{7} << NodePath{} << 0 << QByteArray();
}

void TstFilterEditors::treeMoves()
{
    QFETCH(QByteArray, definition);
    QFETCH(NodePath, from);
    QFETCH(NodePath, toGroup);
    QFETCH(int, index);
    QFETCH(QByteArray, expected);
    FilterGroup tree = parse(definition);
    const auto moved = FilterTree::move(tree, from, toGroup, index);
    QCOMPARE(moved.has_value(), !expected.isEmpty());
    if (moved) {
        QCOMPARE(FilterDefinition::toJsonText(tree), expected);
        QVERIFY(FilterTree::nodeAt(tree, *moved));
    }
}

void TstFilterEditors::operatorChangeKeepsValues_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("one-to-list") << QByteArray(R"({"field":"country","operator":"=","value":"DE"})") << "in"
                                 << QByteArray(R"({"field":"country","operator":"in","value":["DE"]})");
    QTest::newRow("list-to-one") << QByteArray(R"({"field":"country","operator":"notIn","value":["DE","AT"]})")
                                 << "!=" << QByteArray(R"({"field":"country","operator":"!=","value":"DE"})");
    QTest::newRow("comma-text-to-one") << QByteArray(R"({"field":"country","operator":"in","value":"DE, AT"})") << "="
                                       << QByteArray(R"({"field":"country","operator":"=","value":"DE"})");
    QTest::newRow("one-to-pair") << QByteArray(R"({"field":"age","operator":">","value":5})") << "between"
                                 << QByteArray(R"({"field":"age","operator":"between","value":[5,""]})");
    QTest::newRow("pair-to-list") << QByteArray(R"({"field":"age","operator":"between","value":[1,2]})") << "in"
                                  << QByteArray(R"({"field":"age","operator":"in","value":[1,2]})");
    QTest::newRow("to-null") << QByteArray(R"({"field":"age","operator":">","value":5})") << "null"
                             << QByteArray(R"({"field":"age","operator":"null"})");
    QTest::newRow("days-to-date") << QByteArray(R"({"field":"last_order","operator":"inLastDays","value":30})") << "="
                                  << QByteArray(R"({"field":"last_order","operator":"="})");
    QTest::newRow("days-to-days") << QByteArray(R"({"field":"last_order","operator":"inLastDays","value":30})")
                                  << "moreThanDaysAgo"
                                  << QByteArray(R"({"field":"last_order","operator":"moreThanDaysAgo","value":30})");
    QTest::newRow("same-shape") << QByteArray(R"({"field":"age","operator":">","value":5})")
                                << "<=" << QByteArray(R"({"field":"age","operator":"<=","value":5})");
}

void TstFilterEditors::operatorChangeKeepsValues()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, op);
    QFETCH(QByteArray, expected);
    QCOMPARE(ruleJson(RuleEdits::withOperator(ruleOf(rule), *filterOperatorFromName(op))), expected);
}

void TstFilterEditors::fieldChangeKeepsFittingValues()
{
    const FilterRule country = ruleOf(R"({"field":"country","operator":"contains","value":"DE"})");
    // Text to text: all stays.
    QCOMPARE(ruleJson(RuleEdits::withField(country, ValueType::Text, QStringLiteral("customer_id"), ValueType::Text)),
             QByteArray(R"({"field":"customer_id","operator":"contains","value":"DE"})"));
    // Text to number: "contains" does not apply, the text is no number.
    QCOMPARE(ruleJson(RuleEdits::withField(country, ValueType::Text, QStringLiteral("age"), ValueType::Integer)),
             QByteArray(R"({"field":"age","operator":"="})"));
    // Integer to real keeps the number; yes/no starts with "yes".
    const FilterRule age = ruleOf(R"({"field":"age","operator":">","value":30})");
    QCOMPARE(ruleJson(RuleEdits::withField(age, ValueType::Integer, QStringLiteral("revenue"), ValueType::Real)),
             QByteArray(R"({"field":"revenue","operator":">","value":30})"));
    QCOMPARE(ruleJson(RuleEdits::withField(age, ValueType::Integer, QStringLiteral("newsletter"), ValueType::Boolean)),
             QByteArray(R"({"field":"newsletter","operator":"=","value":true})"));
    // Dates start with the relative operators; segments with "in".
    const FilterRule empty = ruleOf(R"({"field":"","operator":""})");
    QCOMPARE(ruleJson(RuleEdits::withField(empty, ValueType::Unknown, QStringLiteral("last_order"), ValueType::Date)),
             QByteArray(R"({"field":"last_order","operator":"inLastDays"})"));
    QCOMPARE(ruleJson(RuleEdits::withField(empty, ValueType::Unknown, QStringLiteral("@segment"), ValueType::Segment)),
             QByteArray(R"({"field":"@segment","operator":"in"})"));
}

void TstFilterEditors::fieldPickerGroupsAndSearches()
{
    m_page->editor()->document()->addRule({});
    FieldPicker* picker = rule({0})->fieldPicker();
    QTest::mouseClick(picker, Qt::LeftButton);
    SearchListPopup* popup = picker->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QListWidget* list = popup->list();
    const auto visibleTexts = [list] {
        QStringList texts;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                texts << list->item(i)->text();
        }
        return texts;
    };
    QCOMPARE(visibleTexts(),
             QStringList({QStringLiteral("Text"), QStringLiteral("Customer ID"), QStringLiteral("Country"),
                          QStringLiteral("Numbers"), QStringLiteral("Age"), QStringLiteral("Revenue (EUR)"),
                          QStringLiteral("Dates"), QStringLiteral("Last order"), QStringLiteral("Signed up"),
                          QStringLiteral("Yes/No"), QStringLiteral("Newsletter"), QStringLiteral("Saved segments"),
                          QStringLiteral("Segment")}));
    // By the original header …
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("eur"));
    QCOMPARE(visibleTexts(), QStringList({QStringLiteral("Numbers"), QStringLiteral("Revenue (EUR)")}));
    QVERIFY(list->currentItem()->toolTip().contains(QStringLiteral("revenue")));
    // … and by the column name.
    popup->searchEdit()->clear();
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("last_ord"));
    QCOMPARE(visibleTexts(), QStringList({QStringLiteral("Dates"), QStringLiteral("Last order")}));
    popup->searchEdit()->clear();
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(visibleTexts().size(), 1);
    QVERIFY(visibleTexts().first().contains(QStringLiteral("No field matches")));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"","operator":""}]})"));
    // Arrow keys walk over the group titles.
    QTest::mouseClick(picker, Qt::LeftButton);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup->searchEdit(), Qt::Key_Down);
    QTest::keyClick(popup->searchEdit(), Qt::Key_Down);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Age"));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":"="}]})"));
    QCOMPARE(picker->currentText(), QStringLiteral("Age"));
    QVERIFY(picker->toolTip().contains(QStringLiteral("age")));
}

void TstFilterEditors::operatorChoicesFollowType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("operators");
    QTest::newRow("boolean") << QStringLiteral("newsletter")
                             << QStringList{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("null"),
                                            QStringLiteral("notNull")};
    QTest::newRow("segment") << QStringLiteral("@segment")
                             << QStringList{QStringLiteral("in"), QStringLiteral("notIn")};
    QTest::newRow("integer") << QStringLiteral(
        "age") << QStringList{QStringLiteral("="),       QStringLiteral("!="),         QStringLiteral(">"),
                              QStringLiteral(">="),      QStringLiteral("<"),          QStringLiteral("<="),
                              QStringLiteral("between"), QStringLiteral("notBetween"), QStringLiteral("in"),
                              QStringLiteral("notIn"),   QStringLiteral("null"),       QStringLiteral("notNull")};
    QTest::newRow("date-first") << QStringLiteral("last_order")
                                << QStringList{QStringLiteral("inLastDays"), QStringLiteral("notInLastDays"),
                                               QStringLiteral("moreThanDaysAgo")};
}

void TstFilterEditors::operatorChoicesFollowType()
{
    QFETCH(QString, field);
    QFETCH(QStringList, operators);
    QVERIFY(m_page->setDefinitionJson(QStringLiteral(R"({"combinator":"and","rules":[{"field":"%1","operator":"%2"}]})")
                                          .arg(field, operators.first())
                                          .toUtf8()));
    OperatorPicker* picker = rule({0})->operatorPicker();
    QStringList offered;
    for (int i = 0; i < picker->count(); ++i)
        offered << picker->itemData(i).toString();
    QCOMPARE(offered.mid(0, operators.size()), operators);
    if (field != QLatin1String("last_order"))
        QCOMPARE(offered, operators);
    // Every offered operator is one the model accepts for the type.
    for (const QString& name : std::as_const(offered)) {
        QVERIFY(isOperatorValidForValueType(*filterOperatorFromName(name),
                                            field == QLatin1String("@segment")         ? ValueType::Segment
                                                : field == QLatin1String("newsletter") ? ValueType::Boolean
                                                : field == QLatin1String("age")        ? ValueType::Integer
                                                                                       : ValueType::Date));
    }
}

void TstFilterEditors::valueEditorFitsType_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("editor");
    QTest::newRow("integer") << QByteArray(R"({"field":"age","operator":">"})") << "swb::NumberValueEditor";
    QTest::newRow("real") << QByteArray(R"({"field":"revenue","operator":">"})") << "swb::NumberValueEditor";
    QTest::newRow("text") << QByteArray(R"({"field":"country","operator":"="})") << "swb::TextValueEditor";
    QTest::newRow("date") << QByteArray(R"({"field":"last_order","operator":"<"})") << "swb::DateValueEditor";
    QTest::newRow("datetime") << QByteArray(R"({"field":"signup","operator":">"})") << "swb::DateValueEditor";
    QTest::newRow("date-pattern") << QByteArray(R"({"field":"last_order","operator":"beginsWith"})")
                                  << "swb::TextValueEditor";
    QTest::newRow("relative-days") << QByteArray(R"({"field":"last_order","operator":"inLastDays"})")
                                   << "swb::NumberValueEditor";
    QTest::newRow("boolean") << QByteArray(R"({"field":"newsletter","operator":"="})") << "swb::BooleanValueEditor";
    QTest::newRow("list") << QByteArray(R"({"field":"country","operator":"in"})") << "swb::ListValueEditor";
    QTest::newRow("segments") << QByteArray(R"({"field":"@segment","operator":"notIn"})") << "swb::ListValueEditor";
    QTest::newRow("pair") << QByteArray(R"({"field":"age","operator":"notBetween"})") << "swb::PairValueEditor";
    QTest::newRow("none") << QByteArray(R"({"field":"age","operator":"notNull"})") << "swb::NoValueEditor";
}

void TstFilterEditors::valueEditorFitsType()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, editor);
    QVERIFY(m_page->setDefinitionJson(QByteArray(R"({"combinator":"and","rules":[)") + rule + "]}"));
    QCOMPARE(QString::fromLatin1(this->rule({0})->valueEditor()->metaObject()->className()), editor);
    if (QTest::currentDataTag() == QByteArray("relative-days")) {
        auto* days = qobject_cast<NumberValueEditor*>(this->rule({0})->valueEditor());
        QTest::keyClicks(days->focusTarget(), QStringLiteral("90"));
        QCOMPARE(
            json(),
            QByteArray(R"({"combinator":"and","rules":[{"field":"last_order","operator":"inLastDays","value":90}]})"));
    }
}

void TstFilterEditors::pastedListBecomesSeveralValues()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"in"}]})"));
    auto* list = qobject_cast<ListValueEditor*>(rule({0})->valueEditor());
    QVERIFY(list);
    QApplication::clipboard()->setText(QStringLiteral("DE, AT\nCH"));
    list->input()->setFocus();
    QTest::keyClick(list->input(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]}]})"));
    QCOMPARE(list->itemTexts(), QStringList({QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")}));
    QCOMPARE(m_page->undoStack()->count(), 1);
    // Duplicates are skipped; Backspace in the empty input removes the last value.
    QApplication::clipboard()->setText(QStringLiteral("AT;FR"));
    QTest::keyClick(list->input(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(list->itemTexts(),
             QStringList({QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR")}));
    QTest::keyClick(list->input(), Qt::Key_Backspace);
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]}]})"));
    // Typing a comma commits what was typed.
    QTest::keyClicks(list->input(), QStringLiteral("IT,"));
    QCOMPARE(list->itemTexts().last(), QStringLiteral("IT"));
    QVERIFY(list->input()->text().isEmpty());
    // The checklist of the column's values: ticking adds, unticking removes.
    QTest::mouseClick(list->chooseButton(), Qt::LeftButton);
    SearchListPopup* chooser = list->chooser();
    QTRY_VERIFY(chooser->isVisible());
    // The column's values arrive from a worker; the open list takes them in.
    QTRY_COMPARE(chooser->list()->findItems(QStringLiteral("FR"), Qt::MatchExactly).size(), 1);
    QList<QListWidgetItem*> fr = chooser->list()->findItems(QStringLiteral("FR"), Qt::MatchExactly);
    QCOMPARE(fr.size(), 1);
    QCOMPARE(fr.first()->checkState(), Qt::Unchecked);
    QTest::mouseClick(chooser->list()->viewport(), Qt::LeftButton, {},
                      chooser->list()->visualItemRect(fr.first()).center());
    QCOMPARE(fr.first()->checkState(), Qt::Checked);
    QVERIFY(list->itemTexts().contains(QStringLiteral("FR")));
    QList<QListWidgetItem*> de = chooser->list()->findItems(QStringLiteral("DE"), Qt::MatchExactly);
    QTest::mouseClick(chooser->list()->viewport(), Qt::LeftButton, {},
                      chooser->list()->visualItemRect(de.first()).center());
    QVERIFY(!list->itemTexts().contains(QStringLiteral("DE")));
    QTest::keyClick(chooser->searchEdit(), Qt::Key_Escape);
    QCOMPARE(
        json(),
        QByteArray(
            R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["AT","CH","IT","FR"]}]})"));
}

void TstFilterEditors::listOfNumbersHoldsNumbers()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"age","operator":"in"}]})"));
    auto* list = qobject_cast<ListValueEditor*>(rule({0})->valueEditor());
    list->addItems({QStringLiteral("18"), QStringLiteral(" 21 "), QStringLiteral("21"), QStringLiteral("x")});
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":"in","value":[18,21,"x"]}]})"));
    QCOMPARE(rule({0})->state(), RuleState::Invalid);
    list->removeItem(2);
    QCOMPARE(rule({0})->state(), RuleState::Complete);
}

void TstFilterEditors::invalidRuleShowsItsReason_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text-in-number") << QByteArray(R"({"field":"age","operator":">","value":"old"})") << "not a number";
    QTest::newRow("unknown-field") << QByteArray(R"({"field":"contry","operator":"=","value":"DE"})")
                                   << "did you mean \"country\"";
    QTest::newRow("wrong-operator") << QByteArray(R"({"field":"age","operator":"contains","value":"1"})")
                                    << "not valid for the number field";
    QTest::newRow("bad-date") << QByteArray(R"({"field":"last_order","operator":"<","value":"31.12.2023"})")
                              << "YYYY-MM-DD";
    QTest::newRow("unknown-segment") << QByteArray(R"({"field":"@segment","operator":"in","value":["Nope"]})")
                                     << QStringLiteral("segment \"Nope\"");
    QTest::newRow("negative-days") << QByteArray(R"({"field":"last_order","operator":"inLastDays","value":-3})")
                                   << "whole number of days";
}

void TstFilterEditors::invalidRuleShowsItsReason()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, reason);
    QVERIFY(m_page->setDefinitionJson(
        QByteArray(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":20},)") + rule + "]}"));
    RuleWidget* bad = this->rule({1});
    QCOMPARE(bad->state(), RuleState::Invalid);
    QVERIFY(bad->statusLabel()->isVisible());
    QVERIFY2(bad->statusLabel()->text().contains(reason), qPrintable(bad->statusLabel()->text()));
    QCOMPARE(bad->toolTip(), bad->statusLabel()->text());
    QVERIFY(bad->styleSheet().contains(QStringLiteral("#c62828"))); // the red outline
    QCOMPARE(this->rule({0})->state(), RuleState::Complete);
    QVERIFY(!this->rule({0})->statusLabel()->isVisible());
    // Not counted and not saved while it is wrong; the reason is given, not swallowed.
    waitForCount();
    QCOMPARE(m_page->count(), qint64(-1));
    QVERIFY(m_page->editor()->countPanel()->detailText().contains(QStringLiteral("marked in red")));
    QString error;
    QVERIFY(!m_page->saveAs(QStringLiteral("Broken"), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TstFilterEditors::invalidDefinitionStaysUncountedAfterLoading()
{
    // The data loads in the background; an answer for the definition before the invalid one must not show up.
    WorkspaceSession session(nullptr);
    SegmentBuilderPage page;
    page.setSession(session.segments());
    QSignalSpy loaded(page.editor()->liveCount()->service(), &CountService::loaded);
    QString error;
    QVERIFY2(test::openSession(session, m_db, &error), qPrintable(error));
    QVERIFY(page.setDefinitionJson(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":"old"}]})"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
    QTest::qWait(300); // longer than the builder's pause before counting
    QVERIFY(!page.editor()->liveCount()->isBusy());
    QCOMPARE(page.count(), qint64(-1));
}

void TstFilterEditors::emptyWorkspaceSaysWhyThereIsNoCount()
{
    const QString path = m_dir.filePath(QStringLiteral("no-customers.sqlite"));
    QString error;
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
    WorkspaceSession session(nullptr);
    SegmentBuilderPage page;
    page.setSession(session.segments());
    QVERIFY2(test::openSession(session, path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!page.editor()->liveCount()->isBusy(), 20000);
    QCOMPARE(page.count(), qint64(-1));
    QVERIFY(page.editor()->countPanel()->detailText().contains(QStringLiteral("no customers")));
    // A count asked for after the load failed says the same.
    QTRY_COMPARE_WITH_TIMEOUT(page.editor()->liveCount()->service()->state(), CountService::State::Failed, 20000);
    page.editor()->document()->addRule({});
    QTRY_VERIFY_WITH_TIMEOUT(!page.editor()->liveCount()->isBusy(), 20000);
    QVERIFY2(page.editor()->countPanel()->detailText().contains(QStringLiteral("no customers")),
             qPrintable(page.editor()->countPanel()->detailText()));
}

void TstFilterEditors::incompleteRuleIsLeftOutOfTheCount()
{
    QVERIFY(m_page->setDefinitionJson(s_partial));
    QCOMPARE(rule({1})->state(), RuleState::Incomplete);
    QVERIFY(rule({1})->statusLabel()->text().contains(QStringLiteral("left out of the count")));
    QVERIFY(!rule({1})->styleSheet().contains(QStringLiteral("#c62828")));
    waitForCount();
    QCOMPARE(m_page->count(), m_swb.value(s_partialComplete));
    QVERIFY(m_page->editor()->countPanel()->detailText().contains(QStringLiteral("1 incomplete rule left out")));
    QString error;
    QVERIFY(!m_page->saveAs(QStringLiteral("Partial"), &error));
    // Completing it brings it in.
    QTest::keyClicks(rule({1})->valueEditor()->focusTarget(), QStringLiteral("40"));
    QCOMPARE(rule({1})->state(), RuleState::Complete);
    waitForCount();
    QVERIFY(m_page->count() < m_swb.value(s_partialComplete));
}

void TstFilterEditors::betweenNeedsBothValues()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between"}]})"));
    auto* pair = qobject_cast<PairValueEditor*>(rule({0})->valueEditor());
    QVERIFY(pair);
    QTest::keyClicks(pair->low()->focusTarget(), QStringLiteral("10.5"));
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between","value":[10.5,""]}]})"));
    QCOMPARE(rule({0})->state(), RuleState::Incomplete);
    QVERIFY(rule({0})->statusLabel()->text().contains(QStringLiteral("both values")));
    QTest::keyClicks(pair->high()->focusTarget(), QStringLiteral("99"));
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between","value":[10.5,99]}]})"));
    QCOMPARE(rule({0})->state(), RuleState::Complete);
    // Arrow keys step the number.
    QTest::keyClick(pair->high()->focusTarget(), Qt::Key_Up);
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between","value":[10.5,100]}]})"));
}

void TstFilterEditors::dateIsPickedFromTheCalendar()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"last_order","operator":">="},)"
                                      R"({"field":"signup","operator":"<","value":"2023-06-01 08:15:00"}]})"));
    auto* date = qobject_cast<DateValueEditor*>(rule({0})->valueEditor());
    QVERIFY(date);
    // An empty date's calendar opens at the workspace's as-of date.
    emit date->calendarButton()->menu()->aboutToShow();
    QCOMPARE(date->calendar()->selectedDate(), QDate(2024, 7, 1));
    date->calendar()->setSelectedDate(QDate(2024, 5, 1));
    QTest::keyClick(date->calendar()->findChild<QTableView*>(), Qt::Key_Return);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"last_order","operator":">=","value":"2024-05-01"},)"
                        R"({"field":"signup","operator":"<","value":"2023-06-01 08:15:00"}]})"));
    // A date and time keeps its time when the day is picked.
    auto* stamp = qobject_cast<DateValueEditor*>(rule({1})->valueEditor());
    emit stamp->calendarButton()->menu()->aboutToShow();
    QCOMPARE(stamp->calendar()->selectedDate(), QDate(2023, 6, 1));
    stamp->calendar()->setSelectedDate(QDate(2023, 6, 2));
    QTest::keyClick(stamp->calendar()->findChild<QTableView*>(), Qt::Key_Return);
    QVERIFY(json().contains(R"("value":"2023-06-02 08:15:00")"));
    // Typed dates are taken as they are and checked.
    stamp->lineEdit()->selectAll();
    QTest::keyClicks(stamp->lineEdit(), QStringLiteral("2023-13-01"));
    QCOMPARE(rule({1})->state(), RuleState::Invalid);
}

void TstFilterEditors::localDateIsTakenAsIso_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // the editor's text after Return
    QTest::addColumn<QString>("stored"); // empty: left as typed (and the rule is invalid)
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const QLocale french(QLocale::French, QLocale::France);
    QTest::newRow("german") << german << 0 << QStringLiteral("01.03.2024") << QStringLiteral("01.03.2024")
                            << QStringLiteral("2024-03-01");
    QTest::newRow("german-two-digit-year")
        << german << 0 << QStringLiteral("01.03.24") << QStringLiteral("01.03.2024") << QStringLiteral("2024-03-01");
    QTest::newRow("american") << american << 0 << QStringLiteral("3/1/2024") << QStringLiteral("3/1/2024")
                              << QStringLiteral("2024-03-01");
    QTest::newRow("french") << french << 0 << QStringLiteral("31/12/2026") << QStringLiteral("31/12/2026")
                            << QStringLiteral("2026-12-31");
    QTest::newRow("iso-shown-locally") << german << 0 << QStringLiteral("2024-03-01") << QStringLiteral("01.03.2024")
                                       << QStringLiteral("2024-03-01");
    QTest::newRow("german-with-time") << german << 1 << QStringLiteral("02.06.2023 08:15:00")
                                      << QStringLiteral("02.06.2023 08:15:00") << QStringLiteral("2023-06-02 08:15:00");
    QTest::newRow("not-a-date") << german << 0 << QStringLiteral("31.02.2024") << QStringLiteral("31.02.2024")
                                << QString();
}

void TstFilterEditors::localDateIsTakenAsIso()
{
    QFETCH(QLocale, locale);
    QFETCH(int, ruleIndex);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QString, stored);
    const QLocale previous;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"last_order","operator":">="},)"
                                      R"({"field":"signup","operator":"<"}]})"));
    auto* date = qobject_cast<DateValueEditor*>(rule({ruleIndex})->valueEditor());
    QVERIFY(date);
    date->lineEdit()->setFocus();
    QTest::keyClicks(date->lineEdit(), typed);
    QTest::keyClick(date->lineEdit(), Qt::Key_Return);
    QCOMPARE(date->lineEdit()->text(), shown);
    if (stored.isEmpty()) {
        QCOMPARE(rule({ruleIndex})->state(), RuleState::Invalid);
    } else {
        QVERIFY2(json().contains(QByteArray("\"value\":\"") + stored.toUtf8() + '"'), json().constData());
        QCOMPARE(rule({ruleIndex})->state(), RuleState::Complete);
    }
}

void TstFilterEditors::yesNoIsChosen()
{
    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"newsletter","operator":"=","value":true}]})"));
    auto* yesNo = qobject_cast<BooleanValueEditor*>(rule({0})->valueEditor());
    QVERIFY(yesNo);
    QCOMPARE(yesNo->comboBox()->currentText(), QStringLiteral("Yes"));
    yesNo->comboBox()->setFocus();
    QTest::keyClick(yesNo->comboBox(), Qt::Key_Down);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"newsletter","operator":"=","value":false}]})"));
    // 0/1 from other tools are shown as No/Yes.
    QVERIFY(
        m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"newsletter","operator":"=","value":1}]})"));
    QCOMPARE(qobject_cast<BooleanValueEditor*>(rule({0})->valueEditor())->comboBox()->currentText(),
             QStringLiteral("Yes"));
}

void TstFilterEditors::textCompletesFromTheColumnsValues()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"="}]})"));
    auto* text = qobject_cast<TextValueEditor*>(rule({0})->valueEditor());
    QVERIFY(text);
    QTRY_COMPARE(text->completer()->model()->rowCount(), 5);
    QStringList values;
    for (int i = 0; i < 5; ++i)
        values << text->completer()->model()->index(i, 0).data().toString();
    values.sort();
    QCOMPARE(values,
             QStringList({QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("DE"), QStringLiteral("FR"),
                          QStringLiteral("IT")}));
}

void TstFilterEditors::mutedGroupLeavesItsRulesOut()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"combinator":"or","rules":[)"
                                      R"({"field":"age","operator":">","value":"old"}]}]})"));
    QCOMPARE(rule({0, 0})->state(), RuleState::Invalid);
    QTest::mouseClick(m_page->editor()->view()->groupWidget({0})->muteButton(), Qt::LeftButton);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"combinator":"or","muted":true,"rules":[)"
                        R"({"field":"age","operator":">","value":"old"}]}]})"));
    QCOMPARE(rule({0, 0})->state(), RuleState::Muted);
    QVERIFY(!rule({0, 0})->fieldPicker()->isEnabled());
    waitForCount();
    QCOMPARE(m_page->count(), qint64(300));
    QTest::mouseClick(m_page->editor()->view()->groupWidget({0})->muteButton(), Qt::LeftButton);
    QCOMPARE(rule({0, 0})->state(), RuleState::Invalid);
}

void TstFilterEditors::previewDescribesAndShowsSql()
{
    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
        R"({"field":"age","operator":"<","value":30}]})"));
    DefinitionPreview* preview = m_page->editor()->preview();
    QVERIFY2(preview->sentence().contains(QStringLiteral("Country")), qPrintable(preview->sentence()));
    QVERIFY2(preview->sql().contains(QStringLiteral(R"("country" IN (?, ?))")), qPrintable(preview->sql()));
    QVERIFY(preview->sql().contains(QStringLiteral("-- ?1 = 'DE'")));
    QCOMPARE(QJsonDocument::fromJson(preview->json().toUtf8()).toJson(QJsonDocument::Compact), json());
}

QTEST_MAIN(TstFilterEditors)
#include "tst_filtereditors.moc"
