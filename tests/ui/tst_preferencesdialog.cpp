// Preferences: the as-of date override with the date from the data always in view, driven by mouse and keyboard.
#include "ui/shell/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace swb;

namespace {

bool showsText(const QWidget& widget, const QString& text)
{
    const QList<QLabel*> labels = widget.findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel* label) { return label->text().contains(text); });
}

} // namespace

class TstPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
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
