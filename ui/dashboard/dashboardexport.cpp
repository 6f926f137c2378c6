#include "ui/dashboard/dashboardexport.h"

#include "ui/charts/chartexport.h"
#include "ui/charts/chartpanel.h"

#include <QClipboard>
#include <QEvent>
#include <QFocusEvent>
#include <QGuiApplication>
#include <QWidget>

namespace swb {

DashboardExport::DashboardExport(QWidget* page)
    : QObject(page)
    , m_page(page)
{ }

void DashboardExport::watch(QWidget* owner)
{
    // A chart's view (and a table's viewport) takes the clicks: every widget inside is watched.
    QList<QWidget*> widgets = owner->findChildren<QWidget*>();
    widgets.prepend(owner);
    for (QWidget* widget : std::as_const(widgets)) {
        m_owners.insert(widget, owner);
        widget->installEventFilter(this);
        connect(widget, &QObject::destroyed, this, [this, widget] { m_owners.remove(widget); });
    }
}

void DashboardExport::track(ChartPanel* chart)
{
    watch(chart);
    connect(chart, &ChartPanel::exportFailed, this, &DashboardExport::exportFailed);
    connect(chart, &ChartPanel::exported, this, &DashboardExport::exported);
}

void DashboardExport::trackTable(QWidget* table, const QString& title, std::function<QString()> tsv)
{
    m_table = table;
    m_tableTitle = title;
    m_tsv = std::move(tsv);
    watch(table);
}

bool DashboardExport::eventFilter(QObject* watched, QEvent* event)
{
    bool chosen = false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::ContextMenu:
        chosen = true;
        break;
    case QEvent::FocusIn: {
        // Focus the user moved (click, Tab, a shortcut), not the focus a window gives its first widget.
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        chosen = reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason
            || reason == Qt::ShortcutFocusReason;
        break;
    }
    default:
        break;
    }
    if (chosen) {
        if (QWidget* owner = m_owners.value(watched))
            setCurrent(owner);
    }
    return QObject::eventFilter(watched, event);
}

QWidget* DashboardExport::current() const
{
    return m_current && m_current->isVisible() ? m_current.data() : nullptr;
}

QString DashboardExport::currentTitle() const
{
    QWidget* widget = current();
    if (!widget)
        return {};
    if (widget == m_table)
        return m_tableTitle;
    auto* chart = qobject_cast<ChartPanel*>(widget);
    return chart ? chart->title() : QString();
}

void DashboardExport::setCurrent(QWidget* widget)
{
    if (m_current == widget)
        return;
    m_current = widget;
    emit currentChanged();
}

void DashboardExport::exportCurrent()
{
    if (!current())
        return;
    ChartExport::askPath(m_page, currentTitle(), [this](const QString& path) {
        QString error;
        if (exportCurrentTo(path, &error))
            emit exported(path);
        else
            emit exportFailed(error);
    });
}

bool DashboardExport::exportCurrentTo(const QString& path, QString* error)
{
    QWidget* widget = current();
    if (!widget) {
        *error = tr("No chart is chosen. Click the chart to export on the Dashboard first.");
        return false;
    }
    if (auto* chart = qobject_cast<ChartPanel*>(widget))
        return chart->exportTo(path, error);
    return ChartExport::save(widget, path, error, currentTitle());
}

void DashboardExport::copyCurrent()
{
    QWidget* widget = current();
    if (!widget)
        return;
    if (widget == m_table && m_tsv)
        QGuiApplication::clipboard()->setText(m_tsv());
    else if (auto* chart = qobject_cast<ChartPanel*>(widget))
        chart->copyToClipboard();
    else
        ChartExport::copyToClipboard(widget);
}

} // namespace swb
