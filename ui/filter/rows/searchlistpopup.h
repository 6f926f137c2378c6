// A popup with a search line over a list: picks one item (the field picker) or checks several (a value list).
#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace swb {

class SearchListPopup : public QFrame
{
    Q_OBJECT

public:
    struct Entry
    {
        QString text; // what the list shows and the search matches
        QString key; // what is reported; also searched
        QString toolTip;
        bool header = false; // a group title: not selectable, hidden while no item below it matches
        bool checked = false;
    };

    enum class Mode { PickOne, CheckMany };

    explicit SearchListPopup(Mode mode, QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    void setCurrentKey(const QString& key);
    void setEmptyText(const QString& text); // shown when nothing matches
    // Shows the popup below `anchor`, at least as wide as it, with `search` typed in.
    void popup(QWidget* anchor, const QString& search = {});

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }

signals:
    void picked(const QString& key); // PickOne: the popup closes
    void checkedChanged(const QString& key, bool checked); // CheckMany: stays open
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applySearch(const QString& text);
    void activate(QListWidgetItem* item);
    void moveCurrent(int steps);

    Mode m_mode;
    QList<Entry> m_entries;
    QString m_emptyText;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace swb
