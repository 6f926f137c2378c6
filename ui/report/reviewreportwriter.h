// Writes the review report as a PDF (A4 landscape): a title page, the KPI table, the Dashboard's charts and one page
// per segment (definition in words, KPIs against the base, trend, top differences in distribution). Charts are our
// ui/charts classes painted into the pages as vector graphics; numbers and dates in the interface locale. The pages
// are drawn on the GUI thread (the charts are widgets) one per turn of the event loop, so a window stays responsive;
// the numbers come finished from ReviewReport::gather.
#pragma once

#include "model/analytics/reviewreport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPainter>
#include <QString>

#include <memory>

class QPdfWriter;
class QSaveFile;

namespace swb {

class ReportCanvas;
class ReportPages;

class ReviewReportWriter : public QObject
{
    Q_OBJECT

public:
    explicit ReviewReportWriter(QObject* parent = nullptr);
    ~ReviewReportWriter() override;

    // Begins writing `data` to `path`; false with `error` when the target cannot work (see checkTarget) or the file
    // cannot be opened. Then `progress` after each page and `finished` or `failed` at the end. The PDF is made next
    // to `path` and renamed into place at the end: the file appears whole or not at all.
    bool start(const ReviewData& data, const QString& path, QString* error);
    // Stops without leaving a file; `failed` is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    // Refuses targets that cannot work before any work is done (no name, a folder, one that does not exist or
    // cannot be written, the workspace file itself); an empty text when `path` looks writable.
    static QString checkTarget(const QString& path, const QString& workspacePath);

signals:
    void progress(int page, int pages);
    void finished(const QString& path);
    void failed(const QString& error);

private:
    void drawNext();
    void close();

    ReviewData m_data;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_pdf;
    QPainter m_painter;
    std::unique_ptr<ReportCanvas> m_canvas;
    std::unique_ptr<ReportPages> m_pages;
    int m_next = 0;
    bool m_running = false;
};

} // namespace swb
