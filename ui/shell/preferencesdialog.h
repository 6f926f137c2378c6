// Preferences: the workspace's as-of date (for recency and relative dates) and the interface language.
#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace swb {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `hasWorkspace`: the as-of date belongs to the open workspace and is disabled without one.
    PreferencesDialog(bool hasWorkspace, QDate computedAsOfDate, std::optional<QDate> asOfOverride,
                      QWidget* parent = nullptr);

    std::optional<QDate> asOfDateOverride() const;
    bool asOfDateChanged() const;
    // "" follows the system; else a language code such as "de".
    QString language() const;

    static QString storedLanguage();
    static void storeLanguage(const QString& code);

private:
    QCheckBox* m_fixedDate = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_language = nullptr;
    std::optional<QDate> m_initialOverride;
};

} // namespace swb
