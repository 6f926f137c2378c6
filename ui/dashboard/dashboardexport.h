// What the File menu's Export Chart… and Copy Chart act on: the Dashboard chart (or the KPI table) the user last
// clicked or focused, as long as it is shown; and the export itself (PNG at 2×, SVG, PDF; the table copies as TSV).
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace swb {

class ChartPanel;

class DashboardExport : public QObject
{
    Q_OBJECT

public:
    explicit DashboardExport(QWidget* page);

    // Clicks and focus on `chart` (or any widget inside it) make it the current chart.
    void track(ChartPanel* chart);
    // The KPI table: exported as a picture like a chart, copied as `tsv()`.
    void trackTable(QWidget* table, const QString& title, std::function<QString()> tsv);

    // The current chart or table; null when none was chosen or it is not shown.
    QWidget* current() const;
    QString currentTitle() const;
    void setCurrent(QWidget* widget);
    // Tells the menu to look again (a tab switch may hide the current chart).
    void refresh() { emit currentChanged(); }

    // Asks for a file (PNG, SVG or PDF) and writes the current chart to it.
    void exportCurrent();
    bool exportCurrentTo(const QString& path, QString* error);
    // The current chart as a picture, the table as TSV.
    void copyCurrent();

signals:
    void currentChanged();
    void exported(const QString& path);
    void exportFailed(const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watch(QWidget* owner);

    QWidget* m_page = nullptr;
    QHash<QObject*, QWidget*> m_owners; // a watched widget → the chart or table it belongs to
    QPointer<QWidget> m_current;
    QPointer<QWidget> m_table;
    QString m_tableTitle;
    std::function<QString()> m_tsv;
};

} // namespace swb
