// The segment builder page as a whole at a laptop's size: its button bar keeps every label readable while the
// definition is edited, and Ctrl+Z undoes the definition wherever the focus is in it.
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"

#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/editors/valueeditor.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/fieldpicker.h"
#include "ui/filter/rows/rulewidget.h"
#include "ui/filter/rows/searchlistpopup.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/filter/segmenteditor.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace swb;

class TstBuilderPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buttonBarFitsASmallWindow();
    void undoIsOffUntilThereIsAnEdit();
    void rowsFitBesideTheDockAt1024();
    void undoKeysWorkInTheValues_data();
    void undoKeysWorkInTheValues();

private:
    RuleWidget* rule(const NodePath& path) const { return m_page->editor()->view()->ruleWidget(path); }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<WorkspaceSession> m_session; // outlives the page
    std::unique_ptr<SegmentBuilderPage> m_page;
};

void TstBuilderPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("builder.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(m_db, 200, &error), qPrintable(error));
}

void TstBuilderPage::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    m_page = std::make_unique<SegmentBuilderPage>();
    m_page->setSession(m_session->segments());
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TstBuilderPage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

void TstBuilderPage::buttonBarFitsASmallWindow()
{
    // The page's share of a 1024 px window beside the segments dock.
    m_page->resize(770, 600);
    QVERIFY(m_page->setDefinitionJson(R"({"combinator":"and","rules":[{"field":"country","operator":"notNull"}]})"));
    // An edit whose undo text is long (the field's header is in it).
    filtertest::pickField(rule({0}), QStringLiteral("Revenue"));
    QVERIFY(m_page->undoStack()->canUndo());
    QVERIFY(m_page->undoStack()->undoText().contains(QStringLiteral("Revenue")));
    QString error;
    QVERIFY2(m_page->saveAs(QStringLiteral("Big spenders"), &error), qPrintable(error)); // now "Update segment"
    QTRY_VERIFY(!m_page->isSaving());
    QCOMPARE(m_page->segmentName(), QStringLiteral("Big spenders"));
    QVERIFY(m_page->undoStack()->canUndo());

    auto* header = m_page->findChild<QWidget*>(QStringLiteral("builderHeader"));
    QVERIFY(header);
    const QList<QToolButton*> buttons = header->findChildren<QToolButton*>();
    QVERIFY(buttons.size() >= 6);
    QTRY_VERIFY(header->isVisible());
    // The page does not ask for more than it has (else the window grows past the screen, or the buttons get cut).
    QVERIFY2(m_page->minimumSizeHint().width() <= 770, qPrintable(QString::number(m_page->minimumSizeHint().width())));
    QCOMPARE(m_page->width(), 770);
    for (const QToolButton* button : buttons) {
        QTRY_VERIFY2(button->width() >= button->sizeHint().width(),
                     qPrintable(QStringLiteral("\"%1\" is %2 px wide of %3")
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(button->sizeHint().width())));
    }
    // What Undo would undo is still said, in the tool tip.
    const auto undo = std::find_if(buttons.cbegin(), buttons.cend(),
                                   [](const QToolButton* button) { return button->text() == QStringLiteral("Undo"); });
    QVERIFY(undo != buttons.cend());
    QVERIFY2((*undo)->toolTip().contains(QStringLiteral("Revenue")), qPrintable((*undo)->toolTip()));
}

void TstBuilderPage::rowsFitBesideTheDockAt1024()
{
    // The demo's "DACH win-back" shape: a list, a nested group of numbers, relative days, yes/no.
    QVERIFY(m_page->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]},)"
        R"({"combinator":"or","not":true,"rules":[{"field":"revenue","operator":">=","value":500},)"
        R"({"field":"age","operator":">","value":3}]},{"field":"last_order","operator":"notInLastDays","value":90},)"
        R"({"field":"newsletter","operator":"=","value":true}]})"));
    // The page asks for the room its rows need, and no more than a 1024 px window has beside the dock (240 px
    // at its narrowest): at that width the rows do not scroll sideways.
    BuilderView* view = m_page->editor()->view();
    const auto rows = [view] {
        return view->widget()->minimumSizeHint().width();
    };
    QTRY_VERIFY2(m_page->minimumSizeHint().width() >= rows(),
                 qPrintable(QStringLiteral("%1 < %2").arg(m_page->minimumSizeHint().width()).arg(rows())));
    const int needed = m_page->minimumSizeHint().width();
    QVERIFY2(needed <= 1024 - 240 - 16, qPrintable(QString::number(needed)));
    m_page->resize(needed, 600);
    QTRY_VERIFY(view->viewport()->width() >= rows());
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible());
}

void TstBuilderPage::undoIsOffUntilThereIsAnEdit()
{
    // A fresh page on a workspace: nothing to undo or redo, so the buttons are off.
    QVERIFY(!m_page->undoAction()->isEnabled());
    QVERIFY(!m_page->redoAction()->isEnabled());
    m_page->addRuleAction()->trigger();
    QVERIFY(m_page->undoAction()->isEnabled());
    QVERIFY(!m_page->redoAction()->isEnabled());
    m_page->undoAction()->trigger();
    QVERIFY(!m_page->undoAction()->isEnabled());
    QVERIFY(m_page->redoAction()->isEnabled());
    // Another workspace (here the same file again, after closing it) starts over.
    m_session->close();
    QVERIFY(test::openSession(*m_session, m_db));
    QVERIFY(!m_page->undoAction()->isEnabled());
    QVERIFY(!m_page->redoAction()->isEnabled());
}

void TstBuilderPage::undoKeysWorkInTheValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("edited");
    QTest::newRow("text") << QStringLiteral("Country") << QStringLiteral("Ber")
                          << QByteArray(R"({"field":"country","operator":"=","value":"Ber"})");
    QTest::newRow("number") << QStringLiteral("Revenue") << QStringLiteral("250")
                            << QByteArray(R"({"field":"revenue","operator":"=","value":250})");
}

void TstBuilderPage::undoKeysWorkInTheValues()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QByteArray, edited);
    const auto definition = [](const QByteArray& rule) {
        return QByteArray(R"({"combinator":"and","rules":[)") + rule + "]}";
    };
    const QByteArray start = definition(R"({"field":"newsletter","operator":"="})");
    QVERIFY(m_page->setDefinitionJson(start));
    // Two steps: choose the field, type a value (the focus is in the value after the field is chosen).
    filtertest::pickField(rule({0}), field);
    QTRY_VERIFY(rule({0})->valueEditor()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), typed);
    QCOMPARE(m_page->definitionJson(), definition(edited));
    QCOMPARE(m_page->undoStack()->count(), 2);

    // Ctrl+Z, pressed where the focus is, undoes both, also once the value's text is empty; Ctrl+Shift+Z redoes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->undoStack()->index(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_page->undoStack()->index(), 0);
    QCOMPARE(m_page->definitionJson(), start);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_page->definitionJson(), definition(edited));
}

QTEST_MAIN(TstBuilderPage)
#include "tst_builderpage.moc"
