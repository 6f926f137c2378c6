#include "ui/charts/chartpanel.h"

#include "ui/charts/chartexport.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QVBoxLayout>

namespace swb {

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setMinimumSize(240, 180);
}

void ChartPanel::setView(QWidget* view)
{
    if (m_view)
        m_view->deleteLater();
    m_view = view;
    m_layout->addWidget(view);
}

bool ChartPanel::darkPalette() const
{
    return palette().color(QPalette::Window).lightnessF() < 0.5;
}

bool ChartPanel::exportTo(const QString& path, QString* error)
{
    settle();
    return ChartExport::save(this, path, error, m_title);
}

void ChartPanel::copyToClipboard()
{
    settle();
    ChartExport::copyToClipboard(this);
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy Chart"), this, &ChartPanel::copyToClipboard);
    menu.addAction(tr("&Save Chart As…"), this, &ChartPanel::saveAs);
    menu.exec(event->globalPos());
}

void ChartPanel::saveAs()
{
    ChartExport::askPath(this, m_title, [this](const QString& path) {
        QString error;
        if (exportTo(path, &error))
            emit exported(path);
        else
            emit exportFailed(error);
    });
}

} // namespace swb
