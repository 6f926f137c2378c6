// The application in French: the translators the app installs (its own and Qt's) make every page, the import
// wizard and the export dialog show French text, and no text that has a French translation is left in English.
#include "model/browse/namedselection.h"
#include "testsupport.h"
#include "ui/export/exportdialog.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/shell/interfacelanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMultiHash>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace swb;

namespace {

struct Entry
{
    QString context;
    QString source;
};

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

// The finished French translations by their text (without mnemonics), and the English sources that have one.
struct FrenchCatalogue
{
    QMultiHash<QString, Entry> byTranslation;
    QMultiHash<QString, QString> translationsOfSource;

    bool load(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader reader(&file);
        QString context;
        QString source;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto name = reader.name();
            if (name == QLatin1String("name")) {
                context = reader.readElementText();
            } else if (name == QLatin1String("source")) {
                source = reader.readElementText();
            } else if (name == QLatin1String("translation")) {
                const bool finished = reader.attributes().value(QLatin1String("type")).isEmpty();
                const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements);
                if (finished && !text.isEmpty()) {
                    byTranslation.insert(withoutMnemonic(text), Entry{context, source});
                    translationsOfSource.insert(withoutMnemonic(source), withoutMnemonic(text));
                }
            }
        }
        return !reader.hasError();
    }
};

// The texts a user reads on `root`'s visible widgets: labels, buttons, group titles, tabs, combo box items,
// placeholders and actions.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        const QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        if (!plain.trimmed().isEmpty())
            texts << withoutMnemonic(plain);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(edit->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        for (QAction* action : widget->actions())
            add(action->text());
    }
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TstFrenchGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<FieldInfo> m_fields;
    FrenchCatalogue m_french;

    // Fails unless `texts` (what `where` shows) hold French text that the installed translators give, and no text
    // that has a French translation is still English.
    void checkFrench(const QString& where, const QStringList& texts)
    {
        QStringList french;
        QStringList english;
        for (const QString& text : texts) {
            for (const Entry& entry : m_french.byTranslation.values(text)) {
                const QString translated = withoutMnemonic(
                    QCoreApplication::translate(entry.context.toUtf8().constData(), entry.source.toUtf8().constData()));
                if (translated == text && text != withoutMnemonic(entry.source)) {
                    french << text;
                    break;
                }
            }
            // English left where every French translation of the same text differs from it.
            const QStringList translations = m_french.translationsOfSource.values(text);
            if (!translations.isEmpty() && !translations.contains(text))
                english << text;
        }
        QVERIFY2(!french.isEmpty(),
                 qPrintable(where + QStringLiteral(" shows no French text; it shows: ")
                            + texts.join(QStringLiteral(" | "))));
        QVERIFY2(english.isEmpty(),
                 qPrintable(where + QStringLiteral(" shows English text: ") + english.join(QStringLiteral(" | "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(InterfaceLanguage::install(*qApp, QStringLiteral("fr"), QStringLiteral(SWB_TRANSLATIONS_DIR)));
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(m_french.load(QStringLiteral(SWB_TEST_DATA_DIR "/../../translations/segment-workbench_fr.ts")));
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("boutique.sqlite"));
        QString error;
        m_fields = test::writeCustomerWorkspace(m_workspace, 200, &error);
        QVERIFY2(!m_fields.isEmpty(), qPrintable(error));
    }

    void qtsOwnStringsAreFrench()
    {
        // qtbase_fr.qm from Debian's qt6-translations-l10n (Qt's dialog buttons, context menus).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }

    void languageIsOffered()
    {
        bool offered = false;
        for (const auto& [code, name] : InterfaceLanguage::available())
            offered |= code == QLatin1String("fr") && name == QStringLiteral("Français");
        QVERIFY(offered);
    }

    void pagesAreFrench_data()
    {
        QTest::addColumn<int>("pageNumber");
        QTest::newRow("dashboard") << int(MainWindow::Page::Dashboard);
        QTest::newRow("builder") << int(MainWindow::Page::Builder);
        QTest::newRow("customers") << int(MainWindow::Page::Customers);
        QTest::newRow("rfm") << int(MainWindow::Page::Rfm);
        QTest::newRow("clusters") << int(MainWindow::Page::Clusters);
        QTest::newRow("value") << int(MainWindow::Page::Value);
    }

    void pagesAreFrench()
    {
        QFETCH(int, pageNumber);
        const auto page = MainWindow::Page(pageNumber);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        QVERIFY(shown.wait(30000));
        window.showPage(page);
        QCOMPARE(window.currentPage(), page);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QWidget* pageWidget = tabs->currentWidget();
        QVERIFY(pageWidget);
        // The page's own texts, and its tab title among the tabs.
        QStringList texts = visibleTexts(pageWidget);
        texts << withoutMnemonic(tabs->tabText(tabs->currentIndex()));
        checkFrench(QString::fromLatin1(QTest::currentDataTag()), texts);
    }

    void importWizardIsFrench()
    {
        ImportWizard wizard(m_workspace, true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        checkFrench(QStringLiteral("import"), visibleTexts(&wizard));
    }

    void exportDialogIsFrench()
    {
        ExportDialog dialog(m_workspace, m_fields, {NamedSelection{QStringLiteral("Tous"), {}, false}});
        QSignalSpy ready(&dialog, &ExportDialog::ready);
        dialog.show();
        QVERIFY(ready.count() > 0 || ready.wait(30000));
        checkFrench(QStringLiteral("export"), visibleTexts(&dialog));
    }
};

QTEST_MAIN(TstFrenchGui)
#include "tst_frenchgui.moc"
