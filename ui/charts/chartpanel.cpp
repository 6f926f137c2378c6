#include "ui/charts/chartpanel.h"

#include "ui/charts/chartexport.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
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
    return ChartExport::save(this, path, error, m_title);
}

void ChartPanel::copyToClipboard()
{
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
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("charts/folder"),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    QString name = m_title.isEmpty() ? tr("chart") : m_title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), folder + QLatin1Char('/') + name + QStringLiteral(".png"), ChartExport::fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("charts/folder"), QFileInfo(path).absolutePath());
    QString error;
    if (exportTo(path, &error))
        emit exported(path);
    else
        emit exportFailed(error);
}

} // namespace swb
