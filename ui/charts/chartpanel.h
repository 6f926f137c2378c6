// The base of every chart in the window: a framed picture with a context menu (Copy, Save as PNG/SVG/PDF) and
// exportTo() for the File menu and the review report. Subclasses keep Qt Charts behind their own small API, so
// that the drawing library can be swapped (Qt Charts is deprecated after Qt 6.10) without touching the pages.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace swb {

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    QString title() const { return m_title; }
    // Writes the chart to `path` (.png at 2×, .svg, .pdf); false with a message naming what to do.
    bool exportTo(const QString& path, QString* error);
    void copyToClipboard();

signals:
    // After a save from the context menu: where, or the error.
    void exported(const QString& path);
    void exportFailed(const QString& error);

protected:
    // The widget that draws the chart; the panel lays it out and exports it.
    void setView(QWidget* view);
    void setTitleText(const QString& title) { m_title = title; }
    // Brings the drawing up to date before it is exported: a chart rebuilt a moment ago may lay out its axes only
    // on the next pass of the event loop, and would be written without them.
    virtual void settle() { }
    // True when the window's palette is dark: charts pick a matching theme.
    bool darkPalette() const;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void saveAs();

    QVBoxLayout* m_layout = nullptr;
    QWidget* m_view = nullptr;
    QString m_title;
};

} // namespace swb
