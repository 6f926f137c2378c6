#include "ui/shell/interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace swb::InterfaceLanguage {

QList<QPair<QString, QString>> available()
{
    // Own names, never translated: a user who cannot read the current language still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

bool install(QCoreApplication& app, const QString& language, const QString& qmDirectory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English is the source language; its file only supplies plural forms ("1 customer", "2 customers") and is the
    // fallback under every other language.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral("segment-workbench_en"), qmDirectory))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("segment-workbench"), QStringLiteral("_"), qmDirectory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    return language.isEmpty();
}

} // namespace swb::InterfaceLanguage
