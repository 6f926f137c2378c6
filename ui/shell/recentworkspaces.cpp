#include "ui/shell/recentworkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace swb {

namespace {

const QString s_recentKey = QStringLiteral("workspaces/recent");
const QString s_lastKey = QStringLiteral("workspaces/last");

} // namespace

RecentWorkspaces::RecentWorkspaces(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentWorkspaces::paths() const
{
    return QSettings().value(s_recentKey).toStringList();
}

void RecentWorkspaces::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maximum)
        list.removeLast();
    store(list);
}

void RecentWorkspaces::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentWorkspaces::clear()
{
    store({});
}

QString RecentWorkspaces::last()
{
    return QSettings().value(s_lastKey).toString();
}

void RecentWorkspaces::setLast(const QString& path)
{
    QSettings().setValue(s_lastKey, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
}

void RecentWorkspaces::store(const QStringList& list)
{
    QSettings().setValue(s_recentKey, list);
    rebuildMenu();
}

void RecentWorkspaces::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // &1 … &8 give each entry a keyboard accelerator.
        const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction* action = m_menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear Menu")), &QAction::triggered, this, &RecentWorkspaces::clear);
}

} // namespace swb
