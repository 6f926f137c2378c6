// The recently opened workspaces (kept in QSettings) and the "Open Recent" menu built from them.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace swb {

class RecentWorkspaces : public QObject
{
    Q_OBJECT

public:
    explicit RecentWorkspaces(QMenu* menu, QObject* parent = nullptr);

    static constexpr int maximum = 8;

    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    // The workspace open when the application was last closed, if any.
    static QString last();
    static void setLast(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void store(const QStringList& paths);
    void rebuildMenu();

    QMenu* m_menu = nullptr;
};

} // namespace swb
