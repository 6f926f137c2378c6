// Which interface languages exist and how their translations are installed (the app at start-up, the tests).
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace swb::InterfaceLanguage {

// The languages with a translation: code ("fr") and the language's own name ("Français"), English first.
QList<QPair<QString, QString>> available();

// Installs Qt's own translation (qtbase_<lang>.qm from Qt's translations folder), the English plural forms and the
// application's translation for `language` (empty: the system's) from `qmDirectory` (":/i18n" in the app, the
// build tree in tests), and makes the language's locale the default one for numbers and dates. False when the
// application has no translation for an explicitly requested language. The translators belong to `app`.
bool install(QCoreApplication& app, const QString& language, const QString& qmDirectory = QStringLiteral(":/i18n"));

} // namespace swb::InterfaceLanguage
