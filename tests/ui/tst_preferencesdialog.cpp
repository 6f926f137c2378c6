// Preferences: the as-of date override with the date from the data always in view, driven by mouse and keyboard.
#include "model/filter/columnstorecache.h"
#include "ui/shell/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

bool showsText(const QWidget& widget, const QString& text)
{
    const QList<QLabel*> labels = widget.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel* label) { return label->text().contains(text); });
}

template<typename Button>
Button* findButton(const QWidget& widget, const QString& text)
{
    const QList<Button*> buttons = widget.findChildren<Button*>();
    const auto it = std::find_if(buttons.begin(), buttons.end(), [&](const Button* b) { return b->text() == text; });
    return it == buttons.end() ? nullptr : *it;
}

} // namespace

class TstPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void fixedDateOverridesTheDateFromTheData_data()
    {
        QTest::addColumn<bool>("startsFixed");
        QTest::newRow("from-the-data") << false;
        QTest::newRow("already-fixed") << true;
    }

    void fixedDateOverridesTheDateFromTheData()
    {
        QFETCH(bool, startsFixed);
        const QDate fromData(2024, 12, 31);
        const std::optional<QDate> initial = startsFixed ? std::optional<QDate>(QDate(2024, 6, 30)) : std::nullopt;
        PreferencesDialog dialog(true, fromData, initial);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The date from the data stays in view whether or not a fixed date is ticked: it is what unticking gives.
        const QString dataText = QLocale().toString(fromData, QLocale::LongFormat);
        QVERIFY(showsText(dialog, dataText));
        QCOMPARE(dialog.asOfDateOverride(), initial);
        QVERIFY(!dialog.asOfDateChanged());

        auto* fixed = dialog.findChild<QCheckBox*>();
        auto* date = dialog.findChild<QDateEdit*>();
        QVERIFY(fixed && date);
        QCOMPARE(date->isEnabled(), startsFixed);
        QTest::mouseClick(fixed, Qt::LeftButton);
        QCOMPARE(fixed->isChecked(), !startsFixed);
        QCOMPARE(date->isEnabled(), !startsFixed);
        if (!startsFixed) {
            date->setDate(QDate(2025, 1, 15));
            QCOMPARE(dialog.asOfDateOverride(), std::optional<QDate>(QDate(2025, 1, 15)));
        } else {
            QCOMPARE(dialog.asOfDateOverride(), std::nullopt);
        }
        QVERIFY(dialog.asOfDateChanged());
        QVERIFY(showsText(dialog, dataText));
    }

    void copiesOfLargeWorkspacesCanBeTurnedOffAndDeleted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("SWB_COLUMN_CACHE_DIR", dir.path().toUtf8());
        for (const char* name : {"a.swbcols", "b.swbcols", "unrelated.txt"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(2048, 'x'));
        }
        QVERIFY(PreferencesDialog::storedKeepCopies()); // on by default
        PreferencesDialog dialog(false, QDate(), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(showsText(dialog, QStringLiteral("Copies now: 2 workspace"))); // "(s)" without the English .qm
        QVERIFY(showsText(dialog, QDir::toNativeSeparators(dir.path())));

        auto* keep = findButton<QCheckBox>(dialog, QStringLiteral("&Keep a copy for fast opening"));
        auto* remove = findButton<QPushButton>(dialog, QStringLiteral("&Delete Copies"));
        QVERIFY(keep && remove);
        QVERIFY(keep->isChecked());
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(8, keep->height() / 2)); // on the box
        QVERIFY(!dialog.keepCopies());
        PreferencesDialog::storeKeepCopies(dialog.keepCopies());
        QVERIFY(!PreferencesDialog::storedKeepCopies());
        QVERIFY(!ColumnStoreCache::isEnabled());
        QVERIFY(ColumnStoreCache::defaultOptions().directory.isEmpty());

        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.swbcols"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.swbcols"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("unrelated.txt"))));
        QVERIFY(showsText(dialog, QStringLiteral("No copies now.")));
        QVERIFY(!remove->isEnabled());

        PreferencesDialog::storeKeepCopies(true);
        QVERIFY(ColumnStoreCache::isEnabled());
        qunsetenv("SWB_COLUMN_CACHE_DIR");
    }

    void withoutWorkspaceTheDateIsOff()
    {
        PreferencesDialog dialog(false, QDate(), std::nullopt);
        auto* fixed = dialog.findChild<QCheckBox*>();
        QVERIFY(fixed);
        QVERIFY(!fixed->isEnabledTo(&dialog));
        QVERIFY(showsText(dialog, QStringLiteral("Open a workspace")));
        QCOMPARE(dialog.asOfDateOverride(), std::nullopt);
    }
};

QTEST_MAIN(TstPreferencesDialog)
#include "tst_preferencesdialog.moc"
