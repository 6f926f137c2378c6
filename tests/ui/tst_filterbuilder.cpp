// The segment builder driven like a user: build a nested definition with mouse and keyboard, undo and redo it,
// compare its count with `swb count`, drag rules between groups, save and reopen segments.
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"

#include "model/segments/segmentrepository.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definitionpreview.h"
#include "ui/filter/editors/listvalueeditor.h"
#include "ui/filter/livecount.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/fieldpicker.h"
#include "ui/filter/rows/filterdraganddrop.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/operatorpicker.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/rows/searchlistpopup.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/filter/segmenteditor.h"
#include "ui/segments/segmentsdock.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace swb;

namespace {

const QByteArray s_counted
    = R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]},)"
      R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":">=","value":60},)"
      R"({"field":"newsletter","operator":"=","value":true}]},)"
      R"({"field":"last_order","operator":"inLastDays","value":180},)"
      R"({"field":"revenue","operator":"between","value":[50,800]}]})";

// What buildsNestedDefinitionWithMouseAndKeyboard() builds.
const QByteArray s_built = R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
                           R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":">=","value":30},)"
                           R"({"field":"newsletter","operator":"=","value":true}]}]})";

const QByteArray s_funnel
    = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
      R"({"field":"age","operator":"<","value":40},{"field":"revenue","operator":">","value":100}]})";

// A rule alone in a "not" group, and the same with that rule not filled in yet (no value).
const QByteArray s_countryOnly = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})";
const QByteArray s_notGroup
    = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
      R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"<","value":40}]}]})";
const QByteArray s_incompleteNotGroup
    = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
      R"({"combinator":"and","not":true,"rules":[{"field":"age","operator":"<"}]}]})";

// `s_funnel` with rule `index` muted.
QByteArray withMutedRule(const QByteArray& definition, int index)
{
    QJsonObject object = QJsonDocument::fromJson(definition).object();
    QJsonArray rules = object.value(QStringLiteral("rules")).toArray();
    QJsonObject muted = rules.at(index).toObject();
    muted.insert(QStringLiteral("muted"), true);
    rules.replace(index, muted);
    object.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TstFilterBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildsNestedDefinitionWithMouseAndKeyboard();
    void typingAValueIsOneUndoStep();
    void focusStaysWhileTyping();
    void countEqualsSwbCount();
    void funnelShowsWhatEachRuleRemoves();
    void notGroupWithoutCompleteRulesIsLeftOut();
    void manyRulesCountWithoutTheFunnel();
    void dragRuleIntoAnotherGroup();
    void dropOfGroupIntoItselfIsRefused();
    void shortcutsAddAndRemoveRules();
    void saveUpdateAndReopenSegment();
    void segmentCannotReferToItself();
    void followsRenameAndRemovalInTheDock();

private:
    QByteArray json() const { return m_page->definitionJson(); }
    BuilderView* view() const { return m_page->editor()->view(); }
    RuleWidget* rule(const NodePath& path) const { return view()->ruleWidget(path); }
    void pickOperator(RuleWidget* row, const QString& op);
    void waitForCount();
    void step(QList<QByteArray>& steps, const char* expected);

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QByteArray, qint64> m_swb; // `swb count` of the definitions the tests count
    std::unique_ptr<WorkspaceSession> m_session; // outlives the page
    std::unique_ptr<SegmentBuilderPage> m_page;
};

void TstFilterBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("builder.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(m_db, 600, &error), qPrintable(error));
    // The reference counts, taken while this process has no connection to the file (see filtertest::swbCount).
    QList<QByteArray> definitions{
        s_built,  s_counted,     QByteArray(s_counted).replace(R"("not":true)", R"("not":false)"),
        s_funnel, s_countryOnly, s_notGroup};
    for (int i = 0; i < 3; ++i)
        definitions << withMutedRule(s_funnel, i);
    for (const QByteArray& definition : std::as_const(definitions)) {
        const qint64 count = filtertest::swbCount(m_db, definition, &error);
        QVERIFY2(count >= 0, qPrintable(error));
        m_swb.insert(definition, count);
    }
}

void TstFilterBuilder::init()
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

void TstFilterBuilder::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TstFilterBuilder::pickOperator(RuleWidget* row, const QString& op)
{
    OperatorPicker* picker = row->operatorPicker();
    const int index = picker->findData(op);
    QVERIFY2(index >= 0, qPrintable(op));
    // Open the list with the mouse, walk to the operator with the arrow keys, take it with Enter: one choice.
    QTest::mouseClick(picker, Qt::LeftButton);
    QAbstractItemView* list = picker->view();
    QTRY_VERIFY(list->isVisible());
    const int from = std::max(0, picker->currentIndex());
    for (int i = from; i < index; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    for (int i = from; i > index; --i)
        QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(picker->currentOperator(), op);
}

void TstFilterBuilder::waitForCount()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor()->liveCount()->isBusy(), 20000);
}

void TstFilterBuilder::step(QList<QByteArray>& steps, const char* expected)
{
    QCOMPARE(json(), QByteArray(expected));
    steps << json();
}

void TstFilterBuilder::buildsNestedDefinitionWithMouseAndKeyboard()
{
    QList<QByteArray> steps{json()};
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[]})"));
    QVERIFY(view()->rootGroup()->emptyLabel()->isVisible());

    QTest::mouseClick(view()->rootGroup()->addRuleButton(), Qt::LeftButton);
    step(steps, R"({"combinator":"and","rules":[{"field":"","operator":""}]})");
    QVERIFY(!view()->rootGroup()->emptyLabel()->isVisible());
    QCOMPARE(QApplication::focusWidget(), rule({0})->fieldPicker());

    filtertest::pickField(rule({0}), QStringLiteral("count")); // "Country" by its header
    step(steps, R"({"combinator":"and","rules":[{"field":"country","operator":"="}]})");
    pickOperator(rule({0}), QStringLiteral("in"));
    step(steps, R"({"combinator":"and","rules":[{"field":"country","operator":"in"}]})");
    auto* list = qobject_cast<ListValueEditor*>(rule({0})->valueEditor());
    QVERIFY(list);
    QCOMPARE(QApplication::focusWidget(), list->input());
    QTest::keyClicks(list->input(), QStringLiteral("DE"));
    QTest::keyClick(list->input(), Qt::Key_Return);
    step(steps, R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE"]}]})");
    QTest::keyClicks(list->input(), QStringLiteral("AT"));
    QTest::keyClick(list->input(), Qt::Key_Return);
    step(steps, R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]}]})");

    QTest::mouseClick(view()->rootGroup()->addGroupButton(), Qt::LeftButton);
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"","operator":""}]}]})");
    // The new group's rule has the focus: typing searches the fields.
    QCOMPARE(QApplication::focusWidget(), rule({1, 0})->fieldPicker());
    QTest::keyClick(rule({1, 0})->fieldPicker(), Qt::Key_A);
    SearchListPopup* popup = rule({1, 0})->fieldPicker()->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->searchEdit()->text(), QStringLiteral("a"));
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("ge"));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"age","operator":"="}]}]})");
    pickOperator(rule({1, 0}), QStringLiteral(">="));
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"age","operator":">="}]}]})");
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("30"));
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30}]}]})");

    // Ctrl+Shift+R adds a rule after the focused one, in its group.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30},)"
         R"({"field":"","operator":""}]}]})");
    filtertest::pickField(rule({1, 1}), QStringLiteral("news"));
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":30},)"
         R"({"field":"newsletter","operator":"=","value":true}]}]})");

    GroupWidget* group = view()->groupWidget({1});
    QVERIFY(group);
    group->combinatorBox()->setFocus();
    QTest::keyClick(group->combinatorBox(), Qt::Key_Down);
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"or","rules":[{"field":"age","operator":">=","value":30},)"
         R"({"field":"newsletter","operator":"=","value":true}]}]})");
    QTest::mouseClick(group->notButton(), Qt::LeftButton);
    step(steps,
         R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
         R"({"combinator":"or","not":true,"rules":[{"field":"age","operator":">=","value":30},)"
         R"({"field":"newsletter","operator":"=","value":true}]}]})");
    QVERIFY(group->notButton()->isChecked());
    QCOMPARE(json(), s_built);
    waitForCount();
    QCOMPARE(m_page->count(), m_swb.value(s_built, -1));
    QVERIFY(m_page->count() > 0);

    // Every step is one undo step; undo walks back through them, redo forward again.
    QUndoStack* undo = m_page->undoStack();
    QCOMPARE(undo->count(), steps.size() - 1);
    for (qsizetype i = steps.size() - 2; i >= 0; --i) {
        undo->undo();
        QCOMPARE(json(), steps.at(i));
    }
    QVERIFY(view()->rootGroup()->emptyLabel()->isVisible());
    for (qsizetype i = 1; i < steps.size(); ++i) {
        undo->redo();
        QCOMPARE(json(), steps.at(i));
    }
    QVERIFY(view()->groupWidget({1})->notButton()->isChecked());
    QCOMPARE(view()->groupWidget({1})->combinatorBox()->currentIndex(), 1);
    QCOMPARE(rule({1, 0})->operatorPicker()->currentOperator(), QStringLiteral(">="));
}

void TstFilterBuilder::typingAValueIsOneUndoStep()
{
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"beginsWith"}]})"));
    QUndoStack* undo = m_page->undoStack();
    QCOMPARE(undo->count(), 0);
    QWidget* editor = rule({0})->valueEditor()->focusTarget();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Ber"));
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"beginsWith","value":"Ber"}]})"));
    QCOMPARE(undo->count(), 1);
    // The text in the editor is what was typed, not rewritten by the refresh after each key.
    QCOMPARE(qobject_cast<QLineEdit*>(editor)->text(), QStringLiteral("Ber"));
    QCOMPARE(qobject_cast<QLineEdit*>(editor)->cursorPosition(), 3);
    undo->undo();
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"beginsWith"}]})"));
    QCOMPARE(qobject_cast<QLineEdit*>(rule({0})->valueEditor()->focusTarget())->text(), QString());
    // A choice in between ends the merge: typing again is a new step.
    undo->redo();
    pickOperator(rule({0}), QStringLiteral("endsWith"));
    editor = rule({0})->valueEditor()->focusTarget();
    QTest::keyClicks(editor, QStringLiteral("lin"));
    QCOMPARE(undo->count(), 3);
    QCOMPARE(
        json(),
        QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"endsWith","value":"Berlin"}]})"));
}

void TstFilterBuilder::focusStaysWhileTyping()
{
    // Typed key by key where the focus is, as a user does: the focus stays in the value while the rule changes
    // from incomplete to complete, and in the second value of a pair while the first is still empty.
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between"}]})"));
    rule({0})->valueEditor()->inputs().last()->setFocus();
    for (const QChar c : QStringLiteral("250"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between","value":["",250]}]})"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    for (const QChar c : QStringLiteral("10"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":"between","value":[10,250]}]})"));
    // And in the text of a rule that became complete with the first key.
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"contains"}]})"));
    rule({0})->valueEditor()->focusTarget()->setFocus();
    for (const QChar c : QStringLiteral("Ber"))
        QTest::keyClicks(QApplication::focusWidget(), QString(c));
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"contains","value":"Ber"}]})"));
}

void TstFilterBuilder::countEqualsSwbCount()
{
    QSignalSpy selections(m_page.get(), &SegmentBuilderPage::selectionChanged);
    QVERIFY(m_page->setDefinitionJson(s_counted));
    QCOMPARE(json(), s_counted);
    waitForCount();
    // The customer table gets the same customers: the counted definition.
    QVERIFY(!selections.isEmpty());
    const auto selection = selections.last().at(0).value<Selection>();
    QCOMPARE(selection.kind(), Selection::Kind::Definition);
    QVERIFY2(selection.definitionJson().contains(R"("field":"country","operator":"in","value":["DE","AT","CH"])"),
             selection.definitionJson().constData());
    const qint64 expected = m_swb.value(s_counted, -1);
    QVERIFY(expected > 0);
    QCOMPARE(m_page->count(), expected);
    QCOMPARE(m_page->editor()->countPanel()->numberText(), QLocale().toString(expected));

    // After an edit the count follows.
    QSignalSpy counted(m_page.get(), &SegmentBuilderPage::countChanged);
    view()->groupWidget({1})->notButton()->click();
    waitForCount();
    QVERIFY(!counted.isEmpty());
    QVERIFY2(m_swb.contains(json()), json().constData());
    const qint64 negated = m_swb.value(json());
    QVERIFY(negated != expected);
    QCOMPARE(counted.last().at(0).toLongLong(), negated);
    QCOMPARE(m_page->count(), negated);
}

void TstFilterBuilder::funnelShowsWhatEachRuleRemoves()
{
    QVERIFY(m_page->setDefinitionJson(s_funnel));
    waitForCount();
    const qint64 total = m_swb.value(s_funnel, -1);
    QVERIFY(total >= 0);
    QCOMPARE(m_page->count(), total);
    for (int i = 0; i < 3; ++i) {
        const qint64 without = m_swb.value(withMutedRule(s_funnel, i), -1);
        QVERIFY(without > total);
        QCOMPARE(rule({i})->funnelLabel()->text(), QStringLiteral("−%1").arg(QLocale().toString(without - total)));
        QVERIFY(rule({i})->funnelLabel()->toolTip().contains(QLocale().toString(without)));
    }
    // A muted rule has no funnel figure and the count no longer holds it.
    QTest::mouseClick(rule({1})->muteButton(), Qt::LeftButton);
    QCOMPARE(json(), withMutedRule(s_funnel, 1));
    waitForCount();
    QCOMPARE(rule({1})->funnelLabel()->text(), QString());
    QCOMPARE(rule({1})->state(), RuleState::Muted);
    QCOMPARE(m_page->count(), m_swb.value(withMutedRule(s_funnel, 1)));
}

// A new "not" group whose rule is not filled in yet made the count 0 and the sentence "… and not (every
// customer)"; and the rule of a "not" group showed +count as its number instead of what it removes.
void TstFilterBuilder::notGroupWithoutCompleteRulesIsLeftOut()
{
    const qint64 countryOnly = m_swb.value(s_countryOnly, -1);
    const qint64 withNot = m_swb.value(s_notGroup, -1);
    QVERIFY(countryOnly > withNot && withNot > 0);

    QVERIFY(m_page->setDefinitionJson(s_incompleteNotGroup));
    waitForCount();
    QCOMPARE(m_page->editor()->check().incomplete, 1);
    QCOMPARE(m_page->count(), countryOnly);
    const QString sentence = m_page->editor()->preview()->sentence();
    QVERIFY2(!sentence.contains(QStringLiteral("not")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("Country is “DE”")), qPrintable(sentence));
    QVERIFY2(!m_page->editor()->preview()->sql().contains(QStringLiteral("1 = 1")),
             qPrintable(m_page->editor()->preview()->sql()));

    QVERIFY(m_page->setDefinitionJson(s_notGroup));
    waitForCount();
    QCOMPARE(m_page->count(), withNot);
    QCOMPARE(rule({1, 0})->funnelLabel()->text(), QStringLiteral("−%1").arg(QLocale().toString(countryOnly - withNot)));
    QVERIFY(rule({1, 0})->funnelLabel()->toolTip().contains(QLocale().toString(countryOnly)));
}

// Beyond FilterEvaluator::maxFunnelRules the count stays and the panel says why the rule numbers are missing.
void TstFilterBuilder::manyRulesCountWithoutTheFunnel()
{
    QByteArray rules;
    for (int i = 0; i <= FilterEvaluator::maxFunnelRules; ++i)
        rules += (i ? "," : "") + QByteArray(R"({"field":"age","operator":"!=","value":)")
            + QByteArray::number(1000 + i) + "}";
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[)" + rules + "]}"));
    waitForCount();
    QCOMPARE(m_page->count(), 600);
    QVERIFY2(m_page->editor()->countPanel()->detailText().contains(QStringLiteral("at most 250 rules")),
             qPrintable(m_page->editor()->countPanel()->detailText()));
    QCOMPARE(rule({0})->funnelLabel()->text(), QString());
}

void TstFilterBuilder::dragRuleIntoAnotherGroup()
{
    const QByteArray definition = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
                                  R"({"field":"age","operator":">","value":30},)"
                                  R"({"combinator":"or","rules":[{"field":"revenue","operator":">","value":100}]}]})";
    QVERIFY(m_page->setDefinitionJson(definition));
    GroupWidget* target = view()->groupWidget({2});
    QVERIFY(target);
    QTRY_VERIFY(target->childWidget(0)->height() > 0);
    // Below the group's last rule: appended to the group.
    const QPoint below(target->width() / 2, target->height() - 2);
    const auto mime = FilterDragAndDrop::mimeData(
        {0}, FilterTree::nodeJsonText(*FilterTree::nodeAt(m_page->editor()->document()->root(), {0})));
    QDragEnterEvent enter(below, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(target->dropIndexAt(below), 1);
    QDragMoveEvent move(below, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(below), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    const QByteArray moved = R"({"combinator":"and","rules":[{"field":"age","operator":">","value":30},)"
                             R"({"combinator":"or","rules":[{"field":"revenue","operator":">","value":100},)"
                             R"({"field":"country","operator":"=","value":"DE"}]}]})";
    QTRY_COMPARE(json(), moved);
    QCOMPARE(rule({1, 1})->fieldPicker()->currentField(), QStringLiteral("country"));

    // Above the first rule of the root: moved to the top.
    GroupWidget* root = view()->rootGroup();
    const QPoint top(root->width() / 2, root->childWidget(0)->mapTo(root, QPoint(0, 2)).y());
    const auto mime2 = FilterDragAndDrop::mimeData({1, 0}, {});
    QCOMPARE(root->dropIndexAt(top), 0);
    QDragEnterEvent enter2(top, Qt::MoveAction, mime2.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(root, &enter2);
    QVERIFY(enter2.isAccepted());
    QDropEvent drop2(QPointF(top), Qt::MoveAction, mime2.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(root, &drop2);
    QVERIFY(drop2.isAccepted());
    QTRY_COMPARE(json(),
                 QByteArray(R"({"combinator":"and","rules":[{"field":"revenue","operator":">","value":100},)"
                            R"({"field":"age","operator":">","value":30},)"
                            R"({"combinator":"or","rules":[{"field":"country","operator":"=","value":"DE"}]}]})"));
    m_page->undoStack()->undo();
    QCOMPARE(json(), moved);
    m_page->undoStack()->undo();
    QCOMPARE(json(), definition);
}

void TstFilterBuilder::dropOfGroupIntoItselfIsRefused()
{
    QVERIFY(
        m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"combinator":"or","rules":[)"
                                  R"({"combinator":"and","rules":[{"field":"age","operator":">","value":1}]}]}]})"));
    const QByteArray before = json();
    GroupWidget* inner = view()->groupWidget({0, 0});
    QVERIFY(inner);
    const auto mime = FilterDragAndDrop::mimeData({0}, {});
    QVERIFY(!inner->acceptsDrop(mime.get()));
    QVERIFY(!view()->groupWidget({0})->acceptsDrop(mime.get()));
    QVERIFY(view()->rootGroup()->acceptsDrop(mime.get()));
    // Refused by the group and its parent, the drop reaches the root, where it leaves the group where it is.
    const QPoint inside(inner->width() / 2, inner->height() / 2);
    QDropEvent drop(QPointF(inside), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(inner, &drop);
    QTest::qWait(50);
    QCOMPARE(json(), before);
    QCOMPARE(m_page->undoStack()->count(), 0);
}

void TstFilterBuilder::shortcutsAddAndRemoveRules()
{
    QTest::keyClick(m_page.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"","operator":""}]})"));
    QCOMPARE(QApplication::focusWidget(), rule({0})->fieldPicker());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"","operator":""},)"
                        R"({"combinator":"and","rules":[{"field":"","operator":""}]}]})"));
    QCOMPARE(QApplication::focusWidget(), rule({1, 0})->fieldPicker());
    // Delete on a focused rule (not in a text field) removes it; on the now empty group's header, the group.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"","operator":""},)"
                        R"({"combinator":"and","rules":[]}]})"));
    QVERIFY(view()->groupWidget({1})->emptyLabel()->isVisible());
    QVERIFY(view()->groupWidget({1})->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"","operator":""}]})"));

    // In a text field Delete edits the text.
    QVERIFY(
        m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})"));
    auto* edit = qobject_cast<QLineEdit*>(rule({0})->valueEditor()->focusTarget());
    QVERIFY(edit);
    edit->setFocus();
    edit->setCursorPosition(0);
    QTest::keyClick(edit, Qt::Key_Delete);
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"E"}]})"));

    // Arrow keys on the closed operator picker step through the operators: the focus stays, one undo step.
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"="}]})"));
    rule({0})->operatorPicker()->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), rule({0})->operatorPicker());
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"doesNotContain"}]})"));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QVERIFY(
        m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"E"}]})"));
    edit = qobject_cast<QLineEdit*>(rule({0})->valueEditor()->focusTarget());

    // Tab goes field → operator → value within a rule.
    rule({0})->fieldPicker()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), rule({0})->operatorPicker());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit);
}

void TstFilterBuilder::saveUpdateAndReopenSegment()
{
    const QByteArray definition = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
                                  R"({"field":"age","operator":"<","value":35}]})";
    QVERIFY(m_page->setDefinitionJson(definition));
    QSignalSpy saved(m_page.get(), &SegmentBuilderPage::segmentSaved);
    QSignalSpy failed(m_page.get(), &SegmentBuilderPage::saveFailed);
    QString error;
    QVERIFY2(m_page->saveAs(QStringLiteral("Young Germans"), &error), qPrintable(error));
    QVERIFY(m_page->isSaving());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Young Germans"));
    QCOMPARE(m_page->segmentName(), QStringLiteral("Young Germans"));
    QVERIFY(!m_page->hasUnsavedChanges());
    // Names are unique regardless of case: the workspace refuses it.
    QVERIFY2(m_page->saveAs(QStringLiteral("young germans"), &error), qPrintable(error));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("exists already")),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_page->segmentName(), QStringLiteral("Young Germans"));

    auto workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(workspace);
    SegmentRepository repository(*workspace);
    QCOMPARE(repository.find(QStringLiteral("Young Germans"))->definition, definition);

    // Edit and update with Ctrl+S.
    auto* edit = qobject_cast<QLineEdit*>(rule({0})->valueEditor()->focusTarget());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("AT"));
    QVERIFY(m_page->hasUnsavedChanges());
    QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!m_page->hasUnsavedChanges());
    const QByteArray updated = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"AT"},)"
                               R"({"field":"age","operator":"<","value":35}]})";
    QCOMPARE(repository.find(QStringLiteral("Young Germans"))->definition, updated);

    // Another page opens it for editing.
    WorkspaceSession otherSession(nullptr);
    SegmentBuilderPage other;
    other.setSession(otherSession.segments());
    QVERIFY2(test::openSession(otherSession, m_db, &error), qPrintable(error));
    QVERIFY2(other.openSegment(QStringLiteral("Young Germans"), &error), qPrintable(error));
    QCOMPARE(other.definitionJson(), updated);
    QCOMPARE(other.segmentName(), QStringLiteral("Young Germans"));
    QVERIFY(!other.openSegment(QStringLiteral("No such segment"), &error));
    QVERIFY(error.contains(QStringLiteral("No such segment")));
    QVERIFY(repository.remove(QStringLiteral("Young Germans"), &error));
}

void TstFilterBuilder::segmentCannotReferToItself()
{
    QString error;
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"age","operator":">","value":70}]})"));
    QVERIFY2(m_page->saveAs(QStringLiteral("Seniors"), &error), qPrintable(error));
    QTRY_COMPARE(m_page->segmentName(), QStringLiteral("Seniors"));
    m_page->editor()->document()->addRule({}, -1);
    filtertest::pickField(rule({1}), QStringLiteral("segm"));
    QCOMPARE(rule({1})->fieldPicker()->currentField(), QStringLiteral("@segment"));
    auto* list = qobject_cast<ListValueEditor*>(rule({1})->valueEditor());
    QVERIFY(list);
    list->addItems({QStringLiteral("Seniors")});
    QCOMPARE(rule({1})->state(), RuleState::Invalid);
    QVERIFY2(rule({1})->statusLabel()->text().contains(QStringLiteral("cycle")),
             qPrintable(rule({1})->statusLabel()->text()));
    QVERIFY(!m_page->saveChanges(&error));
    for (int i = 0; i < 3; ++i)
        m_page->undoStack()->undo(); // the value, the field, the rule
    QSignalSpy saved(m_page.get(), &SegmentBuilderPage::segmentSaved);
    QVERIFY2(m_page->saveChanges(&error), qPrintable(error));
    QVERIFY(saved.wait(10000));
    auto workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(SegmentRepository(*workspace).remove(QStringLiteral("Seniors"), &error));
}

void TstFilterBuilder::followsRenameAndRemovalInTheDock()
{
    QString error;
    auto workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(workspace);
    SegmentRepository repository(*workspace);
    QVERIFY2(repository.saveDynamic(QStringLiteral("Adults"),
                                    R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":18}]})",
                                    &error),
             qPrintable(error));
    // The page follows the changes the dock makes through the session they share.
    SegmentsDock dock;
    dock.setSession(m_session->segments());
    QSignalSpy listed(m_session->segments(), &SegmentOperations::segmentsChanged);
    m_session->segments()->refresh(); // "Adults" was saved behind the session's back
    QVERIFY(listed.wait(10000));
    const auto changed = [&dock](const QFuture<SegmentChange>& change) {
        // Done when the session has answered the dock (and told the page).
        return QTest::qWaitFor([&] { return !dock.isChanging(); }, 10000) && change.isFinished() && change.result().ok;
    };

    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":["Adults"]},)"
        R"({"field":"country","operator":"=","value":"DE"}]})"));
    QCOMPARE(rule({0})->state(), RuleState::Complete);
    QVERIFY2(m_page->saveAs(QStringLiteral("Adult Germans"), &error), qPrintable(error));
    QTRY_COMPARE(m_page->segmentName(), QStringLiteral("Adult Germans"));

    QVERIFY(changed(dock.renameSegment(QStringLiteral("Adults"), QStringLiteral("Grown-ups"))));
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":["Grown-ups"]},)"
                        R"({"field":"country","operator":"=","value":"DE"}]})"));
    QCOMPARE(rule({0})->state(), RuleState::Complete);
    QVERIFY(!m_page->hasUnsavedChanges());
    QCOMPARE(repository.find(QStringLiteral("Adult Germans"))->definition, json());

    QVERIFY(changed(dock.renameSegment(QStringLiteral("Adult Germans"), QStringLiteral("Grown-up Germans"))));
    QCOMPARE(m_page->segmentName(), QStringLiteral("Grown-up Germans"));
    QVERIFY(changed(dock.removeSegment(QStringLiteral("Grown-up Germans"))));
    QCOMPARE(m_page->segmentName(), QString());
    QVERIFY(changed(dock.removeSegment(QStringLiteral("Grown-ups"))));
    QCOMPARE(rule({0})->state(), RuleState::Invalid);
    QVERIFY(rule({0})->statusLabel()->text().contains(QStringLiteral("Grown-ups")));
}

QTEST_MAIN(TstFilterBuilder)
#include "tst_filterbuilder.moc"
