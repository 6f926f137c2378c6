// The builder's order rule row on real widgets, driven with mouse and keyboard on an Online Retail-like workspace:
// "bought product X in the last 30 days and not product Y" is built, counted (against SQLite), saved, reopened and
// exported; undo/redo, mute and drag work on the order row as on customer rules.
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/selection/selection.h"
#include "ui/export/exportdialog.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/editors/listvalueeditor.h"
#include "ui/filter/editors/valueeditor.h"
#include "ui/filter/editors/valuesuggestions.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/draghandle.h"
#include "ui/filter/rows/filterdraganddrop.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/operatorpicker.h"
#include "ui/filter/rows/orderrulepanel.h"
#include "ui/filter/rows/searchlistpopup.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/filter/segmenteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace swb;

namespace {

const QString s_productX = QStringLiteral("23255");
const QString s_productY = QStringLiteral("85123A");

QString data(const char* name)
{
    return QStringLiteral(SWB_TEST_DATA_DIR "/orders/") + QString::fromLatin1(name);
}

// The customers the definition selects, computed by SQLite from the order lines with the documented meaning of an
// order count (docs/architecture.md, "Order rules"): an order counts when its matching lines add up to more than 0.
// `withY` false: the second rule left out (muted).
QStringList referenceCustomers(const QString& db, const QDate& asOf, bool withY)
{
    auto connection = Workspace::connect(db, true, nullptr);
    if (!connection)
        return {QStringLiteral("cannot open")};
    const QString sql = QStringLiteral(
        "WITH lines AS (SELECT customerid AS k, invoiceno AS inv, stockcode AS sc, substr(invoicedate, 1, 10) AS day, "
        "quantity * unitprice AS amount FROM orders WHERE customerid IS NOT NULL), "
        "x AS (SELECT k FROM lines WHERE sc = ? AND day >= ? AND day <= ? GROUP BY k, inv HAVING SUM(amount) > 0), "
        "y AS (SELECT k FROM lines WHERE sc = ? GROUP BY k, inv HAVING SUM(amount) > 0) "
        "SELECT customerid FROM customers WHERE customerid IN (SELECT k FROM x) AND (? = 0 OR customerid NOT IN "
        "(SELECT k FROM y)) ORDER BY customerid");
    Statement statement = connection->prepare(sql, nullptr);
    statement.bind(1, s_productX);
    statement.bind(2, asOf.addDays(-30).toString(Qt::ISODate));
    statement.bind(3, asOf.toString(Qt::ISODate));
    statement.bind(4, s_productY);
    statement.bind(5, qint64(withY ? 1 : 0));
    QStringList keys;
    while (statement.next())
        keys << statement.toString(0);
    return keys;
}

qint64 scalar(const QString& db, const QString& sql)
{
    auto connection = Workspace::connect(db, true, nullptr);
    if (!connection)
        return -1;
    Statement statement = connection->prepare(sql, nullptr);
    return statement.next() ? statement.toInt64(0) : -1;
}

QString funnelText(qint64 change)
{
    const QLocale locale;
    if (change < 0)
        return QStringLiteral("\u2212%1").arg(locale.toString(-change));
    if (change > 0)
        return QStringLiteral("+%1").arg(locale.toString(change));
    return QStringLiteral("\u00b10");
}

// Picks `index` of a closed combo box with the arrow keys, as a keyboard user does (each step is "activated").
void stepTo(QComboBox* box, int index)
{
    box->setFocus(Qt::OtherFocusReason);
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

// Types `text` into the value editor of `row` (replacing what it holds).
void typeValue(RuleWidget* row, const QString& text)
{
    QWidget* input = row->valueEditor()->focusTarget();
    QTest::mouseClick(input, Qt::LeftButton);
    QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(input, text);
}

} // namespace

class TstOrderRuleBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildCountSaveReopenExport();
    void undoRedoOfOrderRowEdits();
    void muteOfOrderRowChangesTheCount();
    void dragOrderRowIntoAnotherGroup();
    void conditionSuggestsOrderValuesWithCounts();
    void measureAndWindowFromTheKeyboard_data();
    void measureAndWindowFromTheKeyboard();
    void checkerShowsTheRowsProblems();
    void keysInTheConditionActOnTheCondition();

private:
    BuilderView* view() const { return m_page->editor()->view(); }
    RuleWidget* rule(const NodePath& path) const { return view()->ruleWidget(path); }
    QByteArray json() const { return m_page->definitionJson(); }
    void buildDefinition();
    QDate asOf() const { return m_session->segments()->asOfDate(); }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<WorkspaceSession> m_session; // outlives the page
    std::unique_ptr<SegmentBuilderPage> m_page;
};

void TstOrderRuleBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("retail.sqlite"));
    test::ProcessRun run
        = test::runSwb({QStringLiteral("import"), data("customers.csv"), QStringLiteral("--db"), m_db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = test::runSwb({QStringLiteral("import"), data("online_retail_like.csv"), QStringLiteral("--db"), m_db,
                        QStringLiteral("--kind"), QStringLiteral("orders")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TstOrderRuleBuilder::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    m_page = std::make_unique<SegmentBuilderPage>();
    m_page->setSession(m_session->segments());
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_page->resize(1100, 760);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // The day after the latest purchase (by SQLite), which "in the last 30 days" counts from.
    auto connection = Workspace::connect(m_db, true, nullptr);
    QVERIFY(connection);
    Statement latest
        = connection->prepare(QStringLiteral("SELECT date(MAX(last_purchase_date), '+1 day') FROM customers"), nullptr);
    QVERIFY(latest.next());
    QCOMPARE(asOf(), QDate::fromString(latest.toString(0), Qt::ISODate));
}

void TstOrderRuleBuilder::cleanup()
{
    m_page.reset();
    m_session.reset();
}

// "Bought X in the last 30 days" (the root group's Orders button) and "has no orders of Y" (Ctrl+Shift+O, then the
// preset), each with a condition on StockCode typed into the nested rows.
void TstOrderRuleBuilder::buildDefinition()
{
    GroupWidget* root = view()->rootGroup();
    QTRY_VERIFY(root->addOrderRuleButton()->isVisible());
    QTest::mouseClick(root->addOrderRuleButton(), Qt::LeftButton);
    QTRY_VERIFY(rule({0}) && rule({0})->orderPanel());
    OrderRulePanel* first = rule({0})->orderPanel();
    QCOMPARE(first->measureBox()->currentText(), QStringLiteral("Number of orders"));
    QCOMPARE(rule({0})->operatorPicker()->currentOperator(), QStringLiteral(">="));
    stepTo(first->windowBox(), first->windowBox()->findData(int(OrderRuleEdits::WindowKind::InLastDays)));
    QTRY_COMPARE(first->windowEditors().size(), 1);
    QWidget* days = first->windowEditors().first()->focusTarget();
    QTest::mouseClick(days, Qt::LeftButton);
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(days, QStringLiteral("30"));
    QTest::mouseClick(first->conditionGroup()->addRuleButton(), Qt::LeftButton);
    QTRY_COMPARE(first->conditionGroup()->childCount(), 1);
    auto* line = qobject_cast<RuleWidget*>(first->conditionGroup()->childWidget(0));
    QVERIFY(line);
    QVERIFY(!line->dragHandle()->isVisible());
    filtertest::pickField(line, QStringLiteral("StockCode"));
    QTRY_COMPARE(line->fieldPicker()->currentField(), QStringLiteral("stockcode"));
    QCOMPARE(line->operatorPicker()->currentOperator(), QStringLiteral("="));
    typeValue(line, s_productX);

    QTest::keyClick(m_page.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(rule({1}) && rule({1})->orderPanel());
    OrderRulePanel* second = rule({1})->orderPanel();
    QTest::mouseClick(second->noOrdersButton(), Qt::LeftButton);
    QTRY_COMPARE(rule({1})->operatorPicker()->currentOperator(), QStringLiteral("="));
    QVERIFY(second->noOrdersButton()->isChecked());
    QTest::mouseClick(second->conditionGroup()->addRuleButton(), Qt::LeftButton);
    QTRY_COMPARE(second->conditionGroup()->childCount(), 1);
    auto* other = qobject_cast<RuleWidget*>(second->conditionGroup()->childWidget(0));
    filtertest::pickField(other, QStringLiteral("StockCode"));
    typeValue(other, s_productY);

    const QJsonObject expected
        = QJsonDocument::fromJson("{\"combinator\":\"and\",\"rules\":["
                                  "{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,\"measure\":\"count\","
                                  "\"window\":{\"inLastDays\":30},\"where\":{\"combinator\":\"and\",\"rules\":["
                                  "{\"field\":\"stockcode\",\"operator\":\"=\",\"value\":\"23255\"}]}},"
                                  "{\"field\":\"@orders\",\"operator\":\"=\",\"value\":0,\"measure\":\"count\","
                                  "\"where\":{\"combinator\":\"and\",\"rules\":["
                                  "{\"field\":\"stockcode\",\"operator\":\"=\",\"value\":\"85123A\"}]}}]}")
              .object();
    QTRY_COMPARE(QJsonDocument::fromJson(json()).object(), expected);
}

void TstOrderRuleBuilder::buildCountSaveReopenExport()
{
    buildDefinition();
    if (QTest::currentTestFailed())
        return;
    const QStringList expected = referenceCustomers(m_db, asOf(), true);
    const QStringList withoutY = referenceCustomers(m_db, asOf(), false);
    QVERIFY2(expected.size() >= 1 && withoutY.size() > expected.size(), qPrintable(withoutY.join(u',')));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), qint64(expected.size()), 20000);
    QCOMPARE(m_page->editor()->check().invalid, 0);
    QCOMPARE(m_page->editor()->check().incomplete, 0);

    // The funnel: without "bought X" only "no Y" is left; without "no Y" only "bought X".
    const qint64 customers = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers"));
    const qint64 noY
        = scalar(m_db,
                 QStringLiteral("SELECT COUNT(*) FROM customers WHERE customerid NOT IN (SELECT customerid "
                                "FROM orders WHERE stockcode = '85123A' AND customerid IS NOT NULL GROUP "
                                "BY customerid, invoiceno HAVING SUM(quantity * unitprice) > 0)"));
    QVERIFY(noY > 0 && noY < customers);
    QTRY_COMPARE(rule({0})->funnelLabel()->text(), funnelText(qint64(expected.size()) - noY));
    QTRY_COMPARE(rule({1})->funnelLabel()->text(), funnelText(qint64(expected.size() - withoutY.size())));

    // Saved, then reopened: the same rows come back.
    const QByteArray built = json();
    const QString name = QStringLiteral("Bought 23255 lately but never 85123A");
    QString error;
    QVERIFY2(m_page->saveAs(name, &error), qPrintable(error));
    QTRY_VERIFY(!m_page->isSaving());
    QCOMPARE(m_page->segmentName(), name);
    m_page->newDefinition();
    QTRY_VERIFY(!rule({0}));
    QVERIFY2(m_page->openSegment(name, &error), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(json()).object(), QJsonDocument::fromJson(built).object());
    QTRY_VERIFY(rule({1}) && rule({1})->orderPanel());
    OrderRulePanel* first = rule({0})->orderPanel();
    QVERIFY(first);
    QCOMPARE(first->windowBox()->currentData().toInt(), int(OrderRuleEdits::WindowKind::InLastDays));
    QCOMPARE(first->windowEditors().first()->value().toInt(), 30);
    auto* line = qobject_cast<RuleWidget*>(first->conditionGroup()->childWidget(0));
    QVERIFY(line);
    QCOMPARE(line->fieldPicker()->currentField(), QStringLiteral("stockcode"));
    QCOMPARE(line->valueEditor()->value().toString(), s_productX);
    QVERIFY(rule({1})->orderPanel()->noOrdersButton()->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), qint64(expected.size()), 20000);

    // Exported through the export dialog: the customer ids are SQLite's answer.
    ExportDialog dialog(m_db, m_session->segments()->filterContext().fields, {{name, Selection::segment(name), false}});
    QSignalSpy ready(&dialog, &ExportDialog::ready);
    dialog.show();
    QVERIFY(ready.wait(30000));
    auto* columns = dialog.findChild<QListWidget*>(QStringLiteral("columns"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("outputPath"));
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("format"));
    auto* exportButton = dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(columns && path && format && exportButton);
    for (int i = 0; i < columns->count(); ++i)
        columns->item(i)->setCheckState(columns->item(i)->text() == QStringLiteral("CustomerID") ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
    const QString output = m_dir.filePath(QStringLiteral("bought-x-not-y.csv"));
    path->setText(output);
    QVERIFY(exportButton->isEnabled());
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.lastReport().ok, qPrintable(dialog.lastReport().error));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines
        = QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.takeFirst(), QStringLiteral("CustomerID")); // the file's own header
    lines.sort();
    QCOMPARE(lines, expected);
}

void TstOrderRuleBuilder::undoRedoOfOrderRowEdits()
{
    buildDefinition();
    if (QTest::currentTestFailed())
        return;
    const QByteArray built = json();
    QUndoStack* stack = m_page->undoStack();
    const int steps = stack->count();

    // The measure of the first row: one step, undone and redone with the keys.
    OrderRulePanel* first = rule({0})->orderPanel();
    stepTo(first->measureBox(), first->measureBox()->findData(int(OrderRuleEdits::Measure::Sum)));
    QTRY_COMPARE(QJsonDocument::fromJson(json()).object().value(QStringLiteral("rules"))[0][QStringLiteral("measure")],
                 QJsonValue(QStringLiteral("sum")));
    QCOMPARE(stack->count(), steps + 1);
    first->measureBox()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(first->measureBox(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(json(), built);
    QCOMPARE(rule({0})->orderPanel()->measureBox()->currentText(), QStringLiteral("Number of orders"));
    QTest::keyClick(first->measureBox(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(rule({0})->orderPanel()->measureBox()->currentText(), QStringLiteral("Total amount"));
    stack->undo();

    // Typing in the condition is one step on the builder's stack, and its undo shows in the nested row.
    auto* line = qobject_cast<RuleWidget*>(first->conditionGroup()->childWidget(0));
    QVERIFY(line);
    typeValue(line, QStringLiteral("22423"));
    QTRY_VERIFY(json().contains("22423"));
    QCOMPARE(stack->count(), steps + 1);
    stack->undo();
    QTRY_COMPARE(json(), built);
    line = qobject_cast<RuleWidget*>(rule({0})->orderPanel()->conditionGroup()->childWidget(0));
    QCOMPARE(line->valueEditor()->value().toString(), s_productX);
    stack->redo();
    QTRY_VERIFY(json().contains("22423"));
    stack->undo();

    // Removing the condition's row, and the whole order row, are steps too.
    QTest::mouseClick(line->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(rule({0})->orderPanel()->conditionGroup()->childCount(), 0);
    QVERIFY(!json().contains("23255"));
    stack->undo();
    QTRY_COMPARE(json(), built);
    QCOMPARE(rule({0})->orderPanel()->conditionGroup()->childCount(), 1);
}

void TstOrderRuleBuilder::muteOfOrderRowChangesTheCount()
{
    buildDefinition();
    if (QTest::currentTestFailed())
        return;
    const QStringList expected = referenceCustomers(m_db, asOf(), true);
    const QStringList withoutY = referenceCustomers(m_db, asOf(), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), qint64(expected.size()), 20000);
    QTest::mouseClick(rule({1})->muteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), qint64(withoutY.size()), 20000);
    QCOMPARE(rule({1})->state(), RuleState::Muted);
    QVERIFY(!rule({1})->orderPanel()->windowBox()->isEnabled());
    QCOMPARE(QJsonDocument::fromJson(json()).object().value(QStringLiteral("rules"))[1][QStringLiteral("muted")],
             QJsonValue(true));
    QTest::mouseClick(rule({1})->muteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), qint64(expected.size()), 20000);
}

void TstOrderRuleBuilder::dragOrderRowIntoAnotherGroup()
{
    const QByteArray definition
        = "{\"combinator\":\"and\",\"rules\":[{\"combinator\":\"or\",\"rules\":[{\"field\":\"orders_count\","
          "\"operator\":\">=\",\"value\":5}]},{\"field\":\"@orders\",\"operator\":\"=\",\"value\":0,\"measure\":"
          "\"count\",\"window\":{\"inLastDays\":90}}]}";
    QVERIFY(m_page->setDefinitionJson(definition));
    QTRY_VERIFY(rule({1}) && rule({1})->orderPanel());
    QTRY_VERIFY(m_page->count() >= 0);
    const qint64 before = m_page->count();
    GroupWidget* target = view()->groupWidget({0});
    QVERIFY(target);
    QTRY_VERIFY(target->childWidget(0)->height() > 0);
    // The order row's own condition takes no drop: its rows live in another document.
    QVERIFY(!rule({1})->orderPanel()->conditionGroup()->acceptsDrop(FilterDragAndDrop::mimeData({0}, {}).get()));
    const QPoint below(target->width() / 2, target->height() - 2);
    const auto mime = FilterDragAndDrop::mimeData(
        {1}, FilterTree::nodeJsonText(*FilterTree::nodeAt(m_page->editor()->document()->root(), {1})));
    QDragEnterEvent enter(below, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(below), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_VERIFY(rule({0, 1}) && rule({0, 1})->orderPanel());
    QCOMPARE(rule({0, 1})->orderPanel()->windowEditors().first()->value().toInt(), 90);
    const QJsonObject moved = QJsonDocument::fromJson(json()).object();
    QCOMPARE(moved.value(QStringLiteral("rules")).toArray().size(), 1);
    QCOMPARE(moved.value(QStringLiteral("rules"))[0][QStringLiteral("rules")][1][QStringLiteral("field")],
             QJsonValue(QStringLiteral("@orders")));
    // In the "any" group the rule now adds customers: more, as SQLite counts them.
    const qint64 either
        = scalar(m_db,
                 QStringLiteral("SELECT COUNT(*) FROM customers WHERE orders_count >= 5 OR customerid NOT IN (SELECT "
                                "customerid FROM orders WHERE customerid IS NOT NULL AND substr(invoicedate, 1, 10) >= "
                                "'2011-09-11' GROUP BY customerid, invoiceno HAVING SUM(quantity * unitprice) > 0)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->count(), either, 20000);
    QVERIFY(either != before);
    m_page->undoStack()->undo();
    QTRY_COMPARE(QJsonDocument::fromJson(json()).object(), QJsonDocument::fromJson(definition).object());
}

void TstOrderRuleBuilder::conditionSuggestsOrderValuesWithCounts()
{
    ValueSuggestions* suggestions = m_page->editor()->orderSuggestions();
    QVERIFY(suggestions->values(QStringLiteral("stockcode")).isEmpty()); // starts loading
    QTRY_VERIFY(suggestions->isLoaded(QStringLiteral("stockcode")));
    const QStringList values = suggestions->values(QStringLiteral("stockcode"));
    QVERIFY(values.contains(s_productY));
    const qint64 lines
        = scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM orders WHERE stockcode = '%1'").arg(s_productY));
    QVERIFY(lines > 1);
    QCOMPARE(suggestions->count(QStringLiteral("stockcode"), s_productY), lines);
    // Order columns are not the customers' columns: "country" of the orders is suggested from `orders`.
    const auto countryLoaded = [suggestions] {
        suggestions->values(QStringLiteral("country")); // starts loading on the first call
        return suggestions->isLoaded(QStringLiteral("country"));
    };
    QTRY_VERIFY(countryLoaded());
    QVERIFY(suggestions->values(QStringLiteral("country")).contains(QStringLiteral("United Kingdom")));

    // The chooser of a condition rule lists the values with their counts and takes the value alone.
    QVERIFY(m_page->setDefinitionJson(
        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":\"=\",\"value\":0,"
        "\"where\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"stockcode\",\"operator\":\"in\"}]}}]}"));
    QTRY_VERIFY(rule({0}) && rule({0})->orderPanel());
    auto* line = qobject_cast<RuleWidget*>(rule({0})->orderPanel()->conditionGroup()->childWidget(0));
    auto* list = qobject_cast<ListValueEditor*>(line->valueEditor());
    QVERIFY(list);
    QTest::keyClick(list->focusTarget(), Qt::Key_Down, Qt::AltModifier);
    SearchListPopup* chooser = list->chooser();
    QTRY_VERIFY(chooser->isVisible());
    const QString label = QStringLiteral("%1 (%2)").arg(s_productY).arg(lines);
    QVERIFY(!chooser->list()->findItems(label, Qt::MatchExactly).isEmpty());
    QTest::keyClicks(chooser->searchEdit(), s_productY);
    QTest::keyClick(chooser->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(json().contains("[\"85123A\"]"));
}

void TstOrderRuleBuilder::measureAndWindowFromTheKeyboard_data()
{
    QTest::addColumn<int>("measure");
    QTest::addColumn<int>("window");
    QTest::addColumn<QString>("typed"); // into the window's first editor ("" leaves what it shows)
    QTest::addColumn<QByteArray>("expected"); // the rule's JSON
    using M = OrderRuleEdits::Measure;
    using W = OrderRuleEdits::WindowKind;
    QTest::newRow("count, any time") << int(M::Count) << int(W::None) << QString()
                                     << QByteArray("{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,"
                                                   "\"measure\":\"count\"}");
    QTest::newRow("sum, last 60 days")
        << int(M::Sum) << int(W::InLastDays) << QStringLiteral("60")
        << QByteArray("{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,\"measure\":\"sum\","
                      "\"window\":{\"inLastDays\":60}}");
    QTest::newRow("distinct, from") << int(M::Distinct) << int(W::From) << QStringLiteral("2011-03-01")
                                    << QByteArray("{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,"
                                                  "\"measure\":\"distinct:invoiceno\","
                                                  "\"window\":{\"from\":\"2011-03-01\"}}");
    // A date measure takes a date: the number is cleared (and the rule asks for a value).
    QTest::newRow("last date, until") << int(M::LastDate) << int(W::To) << QStringLiteral("2011-06-30")
                                      << QByteArray("{\"field\":\"@orders\",\"operator\":\">=\","
                                                    "\"measure\":\"last_date\",\"window\":{\"to\":\"2011-06-30\"}}");
    QTest::newRow("first date, between") << int(M::FirstDate) << int(W::Between) << QStringLiteral("2011-01-01")
                                         << QByteArray("{\"field\":\"@orders\",\"operator\":\">=\","
                                                       "\"measure\":\"first_date\",\"window\":{\"from\":"
                                                       "\"2011-01-01\",\"to\":\"\"}}");
}

void TstOrderRuleBuilder::measureAndWindowFromTheKeyboard()
{
    QFETCH(int, measure);
    QFETCH(int, window);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    QTest::keyClick(m_page.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(rule({0}) && rule({0})->orderPanel());
    OrderRulePanel* panel = rule({0})->orderPanel();
    stepTo(panel->measureBox(), panel->measureBox()->findData(measure));
    stepTo(panel->windowBox(), panel->windowBox()->findData(window));
    if (!typed.isEmpty()) {
        QTRY_VERIFY(!panel->windowEditors().isEmpty());
        QWidget* input = panel->windowEditors().first()->focusTarget();
        QTest::mouseClick(input, Qt::LeftButton);
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, typed);
        QTest::keyClick(input, Qt::Key_Tab);
    }
    const QJsonObject actual
        = QJsonDocument::fromJson(json()).object().value(QStringLiteral("rules")).toArray().first().toObject();
    QCOMPARE(actual, QJsonDocument::fromJson(expected).object());
    // The column of a distinct count shows only for that measure; the value editor fits the measure.
    QCOMPARE(panel->columnBox()->isVisible(), measure == int(OrderRuleEdits::Measure::Distinct));
    const bool dates
        = measure == int(OrderRuleEdits::Measure::FirstDate) || measure == int(OrderRuleEdits::Measure::LastDate);
    QCOMPARE(rule({0})->operatorPicker()->currentText(),
             dates ? QStringLiteral("is on or after") : QStringLiteral("is at least"));
    QCOMPARE(rule({0})->operatorPicker()->count(), int(OrderRuleEdits::operators().size()));
}

void TstOrderRuleBuilder::checkerShowsTheRowsProblems()
{
    // A condition rule without a value: the order row is incomplete, left out of the count, and says why.
    QVERIFY(m_page->setDefinitionJson(
        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,"
        "\"where\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"stockcode\",\"operator\":\"=\"}]}}]}"));
    QTRY_VERIFY(rule({0}) && rule({0})->orderPanel());
    QCOMPARE(rule({0})->state(), RuleState::Incomplete);
    QVERIFY2(rule({0})->statusLabel()->text().contains(QStringLiteral("condition on the order lines")),
             qPrintable(rule({0})->statusLabel()->text()));
    QVERIFY(rule({0})->statusLabel()->isVisible());
    auto* line = qobject_cast<RuleWidget*>(rule({0})->orderPanel()->conditionGroup()->childWidget(0));
    QCOMPARE(line->state(), RuleState::Incomplete); // the nested row says it too
    QTRY_COMPARE(m_page->count(), scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customers")));

    // A column the orders do not have: invalid, in red, with the resolver's reason; the count waits.
    QVERIFY(m_page->setDefinitionJson("{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":"
                                      "\">=\",\"value\":2,\"measure\":\"distinct:colour\"}]}"));
    QTRY_COMPARE(rule({0})->state(), RuleState::Invalid);
    QVERIFY2(rule({0})->statusLabel()->text().contains(QStringLiteral("colour")),
             qPrintable(rule({0})->statusLabel()->text()));
    QCOMPARE(m_page->count(), qint64(-1));
    // Choosing an order column from the row's column list fixes it.
    QComboBox* column = rule({0})->orderPanel()->columnBox();
    QVERIFY(column->isVisible());
    stepTo(column, column->findData(QStringLiteral("stockcode")));
    QTRY_COMPARE(rule({0})->state(), RuleState::Complete);
    QTRY_VERIFY(m_page->count() >= 0);
    QCOMPARE(m_page->count(),
             scalar(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM customers WHERE customerid IN (SELECT customerid FROM "
                                   "orders GROUP BY customerid HAVING COUNT(DISTINCT stockcode) >= 2)")));

    // A window without its days: incomplete, with what to enter.
    QVERIFY(m_page->setDefinitionJson("{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":"
                                      "\"=\",\"value\":0,\"window\":{\"inLastDays\":\"\"}}]}"));
    QTRY_COMPARE(rule({0})->state(), RuleState::Incomplete);
    QVERIFY2(rule({0})->statusLabel()->text().contains(QStringLiteral("number of days")),
             qPrintable(rule({0})->statusLabel()->text()));
}

void TstOrderRuleBuilder::keysInTheConditionActOnTheCondition()
{
    QVERIFY(m_page->setDefinitionJson(
        "{\"combinator\":\"and\",\"rules\":[{\"field\":\"@orders\",\"operator\":\">=\",\"value\":1,"
        "\"where\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"stockcode\",\"operator\":\"=\","
        "\"value\":\"POST\"}]}}]}"));
    QTRY_VERIFY(rule({0}) && rule({0})->orderPanel());
    GroupWidget* condition = rule({0})->orderPanel()->conditionGroup();
    auto* line = qobject_cast<RuleWidget*>(condition->childWidget(0));
    line->fieldPicker()->setFocus(Qt::OtherFocusReason);
    // Ctrl+Shift+R adds a rule to the condition, after the focused one, and that rule takes the focus.
    QTest::keyClick(line->fieldPicker(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(rule({0})->orderPanel()->conditionGroup()->childCount(), 2);
    QCOMPARE(view()->rootGroup()->childCount(), 1);
    auto* added = qobject_cast<RuleWidget*>(condition->childWidget(1));
    QTRY_VERIFY(added->fieldPicker()->hasFocus());
    // Delete removes the focused condition rule, not the order rule.
    QTest::keyClick(added->fieldPicker(), Qt::Key_Delete);
    QTRY_COMPARE(condition->childCount(), 1);
    QCOMPARE(view()->rootGroup()->childCount(), 1);
    QVERIFY(json().contains("POST"));
    // A group in the condition has no drag handle either (its path is the condition's, not the builder's).
    QTest::mouseClick(condition->addGroupButton(), Qt::LeftButton);
    QTRY_COMPARE(condition->childCount(), 2);
    auto* nested = qobject_cast<GroupWidget*>(condition->childWidget(1));
    QVERIFY(nested);
    QVERIFY(nested->findChild<DragHandle*>() && !nested->findChild<DragHandle*>()->isVisible());
    m_page->undoStack()->undo();
    QTRY_COMPARE(condition->childCount(), 1);
    // Clicking the condition's Rule button also focuses the new rule's field.
    QTest::mouseClick(condition->addRuleButton(), Qt::LeftButton);
    QTRY_COMPARE(condition->childCount(), 2);
    QTRY_VERIFY(qobject_cast<RuleWidget*>(condition->childWidget(1))->fieldPicker()->hasFocus());
}

QTEST_MAIN(TstOrderRuleBuilder)
#include "tst_orderrulebuilder.moc"
