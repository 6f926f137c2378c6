// The segment builder without a mouse: a two-level definition built with Tab, arrows, Enter, Space and the
// shortcuts only (its JSON and its count checked against SQLite), rules moved and muted with the keyboard, the
// focused row framed; and the texts a screen reader reads (rule rows, the count, charts with their numbers).
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"

#include "ui/charts/barchart.h"
#include "ui/charts/heatmap.h"
#include "ui/charts/linechart.h"
#include "ui/charts/profileheatmap.h"
#include "ui/charts/scatterplot.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/editors/valueeditor.h"
#include "ui/filter/livecount.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/groupwidget.h"
#include "ui/filter/rows/operatorpicker.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/filter/segmenteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace swb;

namespace {

// all( country = "DE", any( revenue >= 500, last order in the last 90 days ) )
const char* const s_built = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
                            R"({"combinator":"or","rules":[{"field":"revenue","operator":">=","value":500},)"
                            R"({"field":"last_order","operator":"inLastDays","value":90}]}]})";
const char* const s_swapped
    = R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
      R"({"combinator":"or","rules":[{"field":"last_order","operator":"inLastDays","value":90},)"
      R"({"field":"revenue","operator":">=","value":500}]}]})";
// The same condition written by hand for SQLite; the as-of date is 2024-07-01, so the last 90 days begin 2024-04-02.
const char* const s_sql = "SELECT COUNT(*) FROM customers WHERE country = 'DE' AND (revenue >= 500 OR "
                          "(last_order >= '2024-04-02' AND last_order < '2024-07-02'))";

} // namespace

// A key step of the walk; stops the test function when the step failed.
#define KEY(...)                                                                                                       \
    do {                                                                                                               \
        press(__VA_ARGS__);                                                                                            \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
#define TYPE(text)                                                                                                     \
    do {                                                                                                               \
        type(text);                                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TstBuilderKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildsTwoLevelDefinitionWithKeysOnly();
    void movesAndMutesWithKeys();
    void rowsAndCountHaveAccessibleTexts();
    void chartsDescribeTheirNumbers();

private:
    QByteArray json() const { return m_page->definitionJson(); }
    BuilderView* view() const { return m_page->editor()->view(); }
    RuleWidget* rule(const NodePath& path) const { return view()->ruleWidget(path); }
    static QWidget* focus() { return QApplication::focusWidget(); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    void checkFocus();
    // Tab (or Shift+Tab) until `target` has the focus, at most `limit` times.
    void tabTo(QWidget* target, bool backwards, int limit = 60);
    // Arrow keys on the closed operator picker until it shows `op`.
    void stepOperator(RuleWidget* row, const QString& op);
    void waitForCount();

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_sqlCount = -1;
    std::unique_ptr<WorkspaceSession> m_session; // outlives the page
    std::unique_ptr<SegmentBuilderPage> m_page;
};

void TstBuilderKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("keyboard.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(m_db, 600, &error), qPrintable(error));
    // The reference count, read while this process has no other connection to the file.
    auto workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error));
    m_sqlCount = workspace->db().scalar(QString::fromLatin1(s_sql), &error).toLongLong();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_sqlCount > 0);
}

void TstBuilderKeyboard::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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

void TstBuilderKeyboard::cleanup()
{
    m_page.reset();
    m_session.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstBuilderKeyboard::checkFocus()
{
    QWidget* widget = focus();
    QVERIFY2(widget, "nothing has the keyboard focus");
    QVERIFY2(widget->isVisible(), widget->metaObject()->className());
    // The row that holds the focus is framed, and no other.
    RuleWidget* row = nullptr;
    for (QWidget* w = widget; w && !row; w = w->parentWidget())
        row = qobject_cast<RuleWidget*>(w);
    int marked = 0;
    view()->forEachRule([&](RuleWidget* each) { marked += each->isFocusMarked() ? 1 : 0; });
    QCOMPARE(marked, row ? 1 : 0);
    if (row)
        QVERIFY(row->isFocusMarked());
}

void TstBuilderKeyboard::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focus() ? focus() : m_page.get();
    QTest::keyClick(target, key, modifiers);
    checkFocus();
}

void TstBuilderKeyboard::type(const QString& text)
{
    // One key at a time to whatever has the focus then: the field picker hands the typing on to its search popup.
    for (const QChar c : text) {
        QVERIFY(focus());
        QTest::keyClicks(focus(), QString(c));
    }
    checkFocus();
}

void TstBuilderKeyboard::tabTo(QWidget* target, bool backwards, int limit)
{
    QVERIFY(target);
    for (int i = 0; i < limit && focus() != target; ++i)
        KEY(Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    QCOMPARE(focus(), target);
}

void TstBuilderKeyboard::stepOperator(RuleWidget* row, const QString& op)
{
    OperatorPicker* picker = row->operatorPicker();
    QCOMPARE(focus(), static_cast<QWidget*>(picker));
    for (int i = 0; i < picker->count() && picker->currentOperator() != op; ++i)
        KEY(Qt::Key_Down);
    for (int i = 0; i < picker->count() && picker->currentOperator() != op; ++i)
        KEY(Qt::Key_Up);
    QCOMPARE(picker->currentOperator(), op);
}

void TstBuilderKeyboard::waitForCount()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor()->liveCount()->isBusy(), 20000);
}

void TstBuilderKeyboard::buildsTwoLevelDefinitionWithKeysOnly()
{
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[]})"));
    // Ctrl+Shift+R: a rule, its field picker focused; typing searches the fields, Enter takes one.
    KEY(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(focus(), static_cast<QWidget*>(rule({0})->fieldPicker()));
    TYPE(QStringLiteral("countr"));
    KEY(Qt::Key_Return);
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"="}]})"));
    TYPE(QStringLiteral("DE")); // the value has the focus after the field
    QCOMPARE(json(), QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})"));

    // Ctrl+Shift+G: a nested group with a first rule.
    KEY(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(focus(), static_cast<QWidget*>(rule({1, 0})->fieldPicker()));
    TYPE(QStringLiteral("reven"));
    KEY(Qt::Key_Return);
    KEY(Qt::Key_Tab, Qt::ShiftModifier); // from the value back to the operator
    stepOperator(rule({1, 0}), QStringLiteral(">="));
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Tab);
    KEY(Qt::Key_A, Qt::ControlModifier);
    TYPE(QStringLiteral("500"));

    // Ctrl+Shift+R in the group: the next rule of the group.
    KEY(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(focus(), static_cast<QWidget*>(rule({1, 1})->fieldPicker()));
    TYPE(QStringLiteral("last o"));
    KEY(Qt::Key_Return);
    tabTo(rule({1, 1})->operatorPicker(), true);
    if (QTest::currentTestFailed())
        return;
    stepOperator(rule({1, 1}), QStringLiteral("inLastDays"));
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Tab);
    KEY(Qt::Key_A, Qt::ControlModifier);
    TYPE(QStringLiteral("90"));
    // For a look at the focus frame: SWB_KEYBOARD_SHOT=/tmp/focus.png
    if (const QString shot = qEnvironmentVariable("SWB_KEYBOARD_SHOT"); !shot.isEmpty())
        QVERIFY(m_page->grab().save(shot));

    // Back to the group's header with Shift+Tab; Down turns "all" into "any".
    tabTo(view()->groupWidget({1})->combinatorBox(), true);
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Down);
    QCOMPARE(json(), QByteArray(s_built));

    waitForCount();
    QCOMPARE(m_page->count(), m_sqlCount);
    QCOMPARE(m_page->editor()->countPanel()->count(), m_sqlCount);
}

void TstBuilderKeyboard::movesAndMutesWithKeys()
{
    QVERIFY(m_page->setDefinitionJson(s_built));
    QUndoStack* undo = m_page->undoStack();
    const int steps = undo->count();
    // Into the rows with Tab from wherever the page has put the focus.
    tabTo(rule({1, 1})->fieldPicker(), false);
    if (QTest::currentTestFailed())
        return;

    // Ctrl+Shift+Up: one place up, one undo step, the focus on the same part of the moved rule.
    KEY(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(json(), QByteArray(s_swapped));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(focus(), static_cast<QWidget*>(rule({1, 0})->fieldPicker()));
    QCOMPARE(rule({1, 0})->fieldPicker()->currentText(), QStringLiteral("Last order"));
    // At the top of its group it stays.
    KEY(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(json(), QByteArray(s_swapped));
    QCOMPARE(undo->count(), steps + 1);
    // Ctrl+Z puts it back.
    KEY(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(json(), QByteArray(s_built));
    // Ctrl+Shift+Down from the first rule of the group, and undo again.
    tabTo(rule({1, 0})->fieldPicker(), true);
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(json(), QByteArray(s_swapped));
    QCOMPARE(focus(), static_cast<QWidget*>(rule({1, 1})->fieldPicker()));
    KEY(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(json(), QByteArray(s_built));

    // Space on the mute button mutes the rule and unmutes it again.
    tabTo(rule({0})->muteButton(), true);
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Space);
    QVERIFY2(json().contains(R"("field":"country","muted":true,)"), json().constData());
    QVERIFY(rule({0})->muteButton()->isChecked());
    KEY(Qt::Key_Space);
    QCOMPARE(json(), QByteArray(s_built));

    // Delete removes the focused rule.
    tabTo(rule({1, 1})->fieldPicker(), false);
    if (QTest::currentTestFailed())
        return;
    KEY(Qt::Key_Delete);
    QCOMPARE(json(),
             QByteArray(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},)"
                        R"({"combinator":"or","rules":[{"field":"revenue","operator":">=","value":500}]}]})"));
}

void TstBuilderKeyboard::rowsAndCountHaveAccessibleTexts()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
        R"({"field":"revenue","operator":">=","value":500.5}]})"));
    const QString second = rule({1})->accessibleName();
    QVERIFY2(second.startsWith(QStringLiteral("Rule 2 of 2: Revenue (EUR) ")), qPrintable(second));
    QVERIFY2(second.endsWith(QStringLiteral(" 500,5")), qPrintable(second)); // the interface's number format
    const QString first = rule({0})->accessibleName();
    QVERIFY2(first.startsWith(QStringLiteral("Rule 1 of 2: Country ")) && first.endsWith(QStringLiteral("DE, AT")),
             qPrintable(first));
    // The value chips read as their values, their ✕ as what it does.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // chips of an earlier sync
    const QList<QWidget*> chips = rule({0})->valueEditor()->findChildren<QWidget*>(QStringLiteral("valueChip"));
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(0)->accessibleName(), QStringLiteral("Value DE"));
    QCOMPARE(chips.at(1)->findChild<QToolButton*>()->accessibleName(), QStringLiteral("Remove AT"));
    // The parts of a row name it, so that tabbing through them says which rule one is in.
    QCOMPARE(rule({1})->operatorPicker()->accessibleDescription(), second);
    QCOMPARE(rule({1})->muteButton()->accessibleName(), QStringLiteral("Mute rule"));
    QCOMPARE(rule({1})->removeButton()->accessibleName(), QStringLiteral("Remove rule"));
    QVERIFY(!view()->rootGroup()->addRuleButton()->accessibleName().isEmpty());

    waitForCount();
    const qint64 count = m_page->count();
    QVERIFY(count > 0);
    CountPanel* panel = m_page->editor()->countPanel();
    QVERIFY2(panel->accessibleDescription().startsWith(QLocale().toString(count) + QLatin1Char(' ')),
             qPrintable(panel->accessibleDescription()));
    QVERIFY(!panel->accessibleName().isEmpty());
    // The funnel number explains itself as its tooltip does.
    QLabel* funnel = rule({1})->funnelLabel();
    QVERIFY(!funnel->accessibleName().isEmpty());
    QCOMPARE(funnel->accessibleDescription(), funnel->toolTip());
    QVERIFY(!funnel->accessibleDescription().isEmpty());

    // The texts follow an edit: a third rule renumbers the others.
    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT"]},)"
        R"({"field":"age","operator":">=","value":30},{"field":"revenue","operator":">=","value":500.5}]})"));
    QVERIFY(rule({1})->accessibleName().startsWith(QStringLiteral("Rule 2 of 3: Age ")));
    QVERIFY(rule({2})->accessibleName().startsWith(QStringLiteral("Rule 3 of 3: Revenue (EUR) ")));
}

void TstBuilderKeyboard::chartsDescribeTheirNumbers()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    BarChart bars;
    bars.setTitle(QStringLiteral("Revenue"));
    bars.setValueFormat(1);
    bars.setData({QStringLiteral("DE"), QStringLiteral("AT")},
                 {BarSet{QStringLiteral("VIP"), {1234.5, 99.0}, {}}, BarSet{QStringLiteral("Base"), {10.25, 7.0}, {}}});
    QCOMPARE(bars.accessibleName(), QStringLiteral("Revenue"));
    QCOMPARE(bars.accessibleDescription(),
             QStringLiteral("DE: VIP 1.234,5, Base 10,3\nAT: VIP 99,0, Base 7,0")); // 10.25 rounds as its label
    // Kept up to date when the data changes.
    bars.setData({QStringLiteral("CH")}, {BarSet{QStringLiteral("VIP"), {5.0}, {}}});
    QCOMPARE(bars.accessibleDescription(), QStringLiteral("CH: VIP 5,0"));

    Heatmap overlap;
    overlap.setData({QStringLiteral("A"), QStringLiteral("B")}, {{1200, 300}, {300, 400}});
    const QString cells = overlap.accessibleDescription();
    QVERIFY2(cells.startsWith(QStringLiteral("A: A 1.200 100,0%; B 300 25,0%")), qPrintable(cells));
    QVERIFY2(cells.contains(QStringLiteral("\nB: A 300 75,0%; B 400 100,0%")), qPrintable(cells));

    // A cluster profile: each mean with its z-score, and above or below everyone's mean as an arrow too (the
    // drawing adds the same arrows to the red or blue cells).
    ProfileHeatmap profile;
    profile.setData({{QStringLiteral("Cluster 1")},
                     {250},
                     {QStringLiteral("Revenue"), QStringLiteral("Age"), QStringLiteral("Orders")},
                     {800.0, 40.0, 3.0},
                     {{1500.0, 35.0, 3.1}},
                     {{1.5, -0.8, 0.1}}});
    QCOMPARE(profile.accessibleDescription(),
             QStringLiteral("Cluster 1: Revenue 1.500 ▲ (z-score 1,50); Age 35,0 ▼ (z-score -0,80); "
                            "Orders 3,10 (z-score 0,10)"));

    // A scatter chart stands for its points by each group's size and centre.
    ScatterPlot scatter;
    scatter.setAxisTitles(QStringLiteral("PC1"), QStringLiteral("PC2"));
    ScatterGroup group;
    group.name = QStringLiteral("Cluster 1");
    group.size = 1500;
    scatter.setData({QPointF(1.0, 2.0), QPointF(2.0, -1.0)}, {0, 0}, {}, {group});
    QCOMPARE(scatter.accessibleDescription(),
             QStringLiteral("Cluster 1 (1.500): 2 points drawn, centred at PC1 1,50, PC2 0,50"));

    LineChart line;
    line.setValueFormat(0);
    line.setSeries({LineSeriesData{
        QStringLiteral("Size"), {{QDate(2024, 5, 1), 1500.0}, {QDate(2024, 6, 1), 1650.0}}, {}, false, true, {}}});
    const QString points = line.accessibleDescription();
    QVERIFY2(points.startsWith(QStringLiteral("Size: ")), qPrintable(points));
    QVERIFY2(points.contains(QLocale().toString(QDate(2024, 6, 1), QLocale::ShortFormat) + QStringLiteral(" 1.650")),
             qPrintable(points));
}

QTEST_MAIN(TstBuilderKeyboard)
#include "tst_builderkeyboard.moc"
