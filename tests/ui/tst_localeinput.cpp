// The builder's number and date editors take and show numbers and dates the French and German way ("1 234,56",
// "1.234,56", "31/12/2026", "31.12.2026") and hand the rule machine values (1234.56, "2026-12-31").
#include "ui/filter/editors/datevalueeditor.h"
#include "ui/filter/editors/numberspinbox.h"
#include "ui/filter/editors/valueeditor.h"

#include <QJsonValue>
#include <QLineEdit>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace swb;

namespace {

const QLocale s_french(QLocale::French, QLocale::France);
const QLocale s_german(QLocale::German, QLocale::Germany);

} // namespace

class TstLocaleInput : public QObject
{
    Q_OBJECT

private slots:
    void numberIsTyped_data();
    void numberIsTyped();
    void numberIsShown_data();
    void numberIsShown();
    void dateIsTyped_data();
    void dateIsTyped();
    void dateIsShown_data();
    void dateIsShown();
};

void TstLocaleInput::numberIsTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("value"); // a string: not a number, kept as typed
    QTest::newRow("fr-space") << s_french << QStringLiteral("1 234,56") << QJsonValue(1234.56);
    QTest::newRow("fr-narrow-nbsp") << s_french << QStringLiteral("1\u202F234,56") << QJsonValue(1234.56);
    QTest::newRow("fr-nbsp") << s_french << QStringLiteral("1\u00A0234,56") << QJsonValue(1234.56);
    QTest::newRow("fr-millions") << s_french << QStringLiteral("-1 234 567,5") << QJsonValue(-1234567.5);
    QTest::newRow("fr-plain") << s_french << QStringLiteral("1234,56") << QJsonValue(1234.56);
    QTest::newRow("fr-machine") << s_french << QStringLiteral("1234.56") << QJsonValue(1234.56);
    QTest::newRow("fr-not-a-number") << s_french << QStringLiteral("12 3,4x") << QJsonValue(QStringLiteral("12 3,4x"));
    QTest::newRow("de-grouped") << s_german << QStringLiteral("1.234,56") << QJsonValue(1234.56);
    QTest::newRow("de-plain") << s_german << QStringLiteral("1234,56") << QJsonValue(1234.56);
    QTest::newRow("de-millions") << s_german << QStringLiteral("1.234.567,5") << QJsonValue(1234567.5);
    QTest::newRow("de-not-a-number") << s_german << QStringLiteral("1,2,3") << QJsonValue(QStringLiteral("1,2,3"));
}

void TstLocaleInput::numberIsTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(QJsonValue, value);
    const QLocale previous;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    NumberSpinBox box(NumberSpinBox::Kind::Real);
    box.findChild<QLineEdit*>()->setText(typed);
    QCOMPARE(box.value(), value);
    // A typed list item is read the same way.
    QCOMPARE(parseItem(typed, ValueType::Real), value);
}

void TstLocaleInput::numberIsShown_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("fr") << s_french << QJsonValue(1234.56) << QStringLiteral("1\u202F234,56");
    QTest::newRow("de") << s_german << QJsonValue(1234.56) << QStringLiteral("1.234,56");
    QTest::newRow("de-whole") << s_german << QJsonValue(2024) << QStringLiteral("2.024");
}

void TstLocaleInput::numberIsShown()
{
    QFETCH(QLocale, locale);
    QFETCH(QJsonValue, value);
    QFETCH(QString, shown);
    const QLocale previous;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    NumberSpinBox box(NumberSpinBox::Kind::Real);
    box.setValue(value);
    QCOMPARE(box.findChild<QLineEdit*>()->text(), shown);
    QCOMPARE(box.value().toDouble(), value.toDouble());
    // Whole-number fields (years, IDs) are shown without groups.
    NumberSpinBox whole(NumberSpinBox::Kind::Integer);
    whole.setValue(QJsonValue(qint64(2024)));
    QCOMPARE(whole.findChild<QLineEdit*>()->text(), QStringLiteral("2024"));
}

void TstLocaleInput::dateIsTyped_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("withTime");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown"); // after the edit is finished
    QTest::newRow("fr") << s_french << false << QStringLiteral("31/12/2026") << QStringLiteral("2026-12-31")
                        << QStringLiteral("31/12/2026");
    QTest::newRow("fr-iso") << s_french << false << QStringLiteral("2026-12-31") << QStringLiteral("2026-12-31")
                            << QStringLiteral("31/12/2026");
    QTest::newRow("fr-time") << s_french << true << QStringLiteral("31/12/2026 08:15")
                             << QStringLiteral("2026-12-31 08:15") << QStringLiteral("31/12/2026 08:15");
    QTest::newRow("fr-half-typed") << s_french << false << QStringLiteral("31/12/20") << QStringLiteral("31/12/20")
                                   << QStringLiteral("31/12/20");
    QTest::newRow("de-two-digit-year") << s_german << false << QStringLiteral("31.12.26") << QStringLiteral("31.12.26")
                                       << QStringLiteral("31.12.2026");
    QTest::newRow("fr-not-a-date") << s_french << false << QStringLiteral("31/02/2026") << QStringLiteral("31/02/2026")
                                   << QStringLiteral("31/02/2026");
    QTest::newRow("de") << s_german << false << QStringLiteral("31.12.2026") << QStringLiteral("2026-12-31")
                        << QStringLiteral("31.12.2026");
    QTest::newRow("de-iso") << s_german << false << QStringLiteral("2026-12-31") << QStringLiteral("2026-12-31")
                            << QStringLiteral("31.12.2026");
}

void TstLocaleInput::dateIsTyped()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, withTime);
    QFETCH(QString, typed);
    QFETCH(QString, value);
    QFETCH(QString, shown);
    const QLocale previous;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    DateValueEditor editor(withTime ? ValueType::DateTime : ValueType::Date, ValueEditorContext{});
    QList<QJsonValue> edited;
    connect(&editor, &ValueEditor::valueEdited, &editor, [&](const QJsonValue& v, bool) { edited << v; });
    editor.lineEdit()->setText(typed);
    // While typing (a two-digit year is not taken before the edit is finished).
    QCOMPARE(editor.value(), QJsonValue(value));
    emit editor.lineEdit()->editingFinished();
    QCOMPARE(editor.lineEdit()->text(), shown);
    if (shown != typed)
        QVERIFY(!edited.isEmpty());
    if (!edited.isEmpty())
        QCOMPARE(edited.last(), editor.value());
}

void TstLocaleInput::dateIsShown_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("fr") << s_french << QStringLiteral("2026-12-31") << QStringLiteral("31/12/2026");
    QTest::newRow("de") << s_german << QStringLiteral("2026-12-31") << QStringLiteral("31.12.2026");
    QTest::newRow("c-stays-iso") << QLocale::c() << QStringLiteral("2026-12-31") << QStringLiteral("2026-12-31");
}

void TstLocaleInput::dateIsShown()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    const QLocale previous;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    DateValueEditor editor(ValueType::Date, ValueEditorContext{});
    editor.setValue(QJsonValue(stored));
    QCOMPARE(editor.lineEdit()->text(), shown);
    QCOMPARE(editor.value(), QJsonValue(stored));
}

QTEST_MAIN(TstLocaleInput)
#include "tst_localeinput.moc"
