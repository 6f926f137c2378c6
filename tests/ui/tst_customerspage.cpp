// The Customers page's column chooser on real widgets: several columns are hidden in one visit to the menu, with
// the mouse and with the keyboard.
#include "testsupport.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace swb;

class TstCustomersPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<FieldInfo> m_fields;

    // The menu's item for the column headed `header`.
    static QAction* item(QMenu* menu, const QString& header)
    {
        const QList<QAction*> actions = menu->actions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                        [&](const QAction* action) { return action->text() == header; });
        return found == actions.cend() ? nullptr : *found;
    }

    int column(const QString& name) const
    {
        for (int i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i).name == name)
                return i;
        }
        return -1;
    }

    QString header(int column) const
    {
        const FieldInfo& field = m_fields.at(column);
        return field.originalHeader.isEmpty() ? field.name : field.originalHeader;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("columns.sqlite"));
        QString error;
        m_fields = test::writeCustomerWorkspace(m_workspace, 50, &error);
        QVERIFY2(!m_fields.isEmpty(), qPrintable(error));
    }

    void columnMenuStaysOpenWhileTicking()
    {
        CustomersPage page;
        QSignalSpy loaded(&page, &CustomersPage::loaded);
        page.setWorkspace(m_workspace, m_fields);
        page.resize(900, 500);
        page.show();
        QVERIFY(loaded.wait(30000));
        auto* menu = page.findChild<QMenu*>(QStringLiteral("columnMenu"));
        auto* button = qobject_cast<QToolButton*>(menu ? menu->parent() : nullptr);
        QVERIFY(menu && button);

        // As the button opens it, without the nested event loop of its exec().
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QTRY_VERIFY(menu->isVisible());
        const int email = column(QStringLiteral("email"));
        const int country = column(QStringLiteral("country"));
        QAction* emailItem = item(menu, header(email));
        QAction* countryItem = item(menu, header(country));
        QVERIFY(emailItem && countryItem);

        // The release of the press that opened the menu (on the button) toggles nothing.
        QTest::mouseMove(menu, menu->actionGeometry(emailItem).center());
        QTest::mouseRelease(menu, Qt::LeftButton, {}, menu->actionGeometry(emailItem).center());
        QVERIFY(!page.view()->isColumnHidden(email));
        // Two clicks in one visit: both columns hidden, the menu still open.
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(emailItem).center());
        QVERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(countryItem).center());
        QVERIFY(menu->isVisible());
        QVERIFY(page.view()->isColumnHidden(email));
        QVERIFY(page.view()->isColumnHidden(country));

        // With the keyboard: Space on the active item shows the column again, the menu stays.
        menu->setActiveAction(emailItem);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible());
        QVERIFY(!page.view()->isColumnHidden(email));
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
    }
};

QTEST_MAIN(TstCustomersPage)
#include "tst_customerspage.moc"
