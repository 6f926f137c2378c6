// Preferences: the workspace's as-of date (for recency and relative dates), the interface language, and the copies of
// large workspaces' column stores that make them open fast.
#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

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

    // Whether large workspaces keep a copy of their column store (ColumnStoreCache); on by default.
    bool keepCopies() const;
    static bool storedKeepCopies();
    static void storeKeepCopies(bool keep);

private:
    QWidget* createSpeedGroup();
    void showCopies();

    QCheckBox* m_fixedDate = nullptr;
    QCheckBox* m_keepCopies = nullptr;
    QLabel* m_copies = nullptr;
    QPushButton* m_deleteCopies = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_language = nullptr;
    std::optional<QDate> m_initialOverride;
};

} // namespace swb
