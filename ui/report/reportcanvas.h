// The pages of a PDF report as a writer sees them: a body area between margins and a footer with the page number,
// headings, wrapped paragraphs and tables that continue on the next page. Units are the PDF writer's (96 per inch).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace swb {

struct ReportTable
{
    QStringList headers;
    QList<QStringList> rows;
    QList<QList<QColor>> backgrounds; // per row and column; missing or invalid: none
    QList<double> widths; // relative widths of the columns (with fitContent: how the room left over is shared)
    int leftAligned = 1; // the first columns are text (left), the others numbers (right)
    double fontSize = 8.5; // points
    bool wrapFirst = false; // the first column's texts take two lines when one is too long for one
    bool fitContent = false; // each column at least as wide as its longest value (and the header's longest word)
};

class ReportCanvas
{
    Q_DECLARE_TR_FUNCTIONS(swb::ReportCanvas)

public:
    static constexpr int resolution = 96;

    ReportCanvas(QPdfWriter& writer, QPainter& painter, QString footer);
    void setTotalPages(int pages) { m_totalPages = pages; }

    QPainter& painter() { return m_painter; }
    int page() const { return m_page; }
    // The area above the footer on the current page.
    QRectF body() const { return m_body; }
    // The first page is begun by the painter; this draws the current page's footer and begins the next one.
    void newPage();
    // Draws the last page's footer.
    void finish();

    QFont font(double points, bool bold = false) const;
    // Draws `text` wrapped into `width` from `top`; returns the y below it.
    double paragraph(const QString& text, double top, const QFont& font, double width = -1,
                     const QColor& color = QColor(), double left = -1);
    double heading(const QString& text, double top, double points = 16);
    // The height one table row takes at `width` (two lines when the first column wraps).
    double rowHeight(const ReportTable& table, double width) const;
    // The height of the header row at `width`: enough for the longest wrapped title.
    double headerHeight(const ReportTable& table, double width) const;
    // How many rows of `table` fit into `height` below its header at `width`.
    int rowsFitting(const ReportTable& table, double width, double height) const;
    // Draws the header and rows [first, first + count) into `area` (width and top used); returns the y below.
    double table(const ReportTable& table, const QRectF& area, int first, int count);

private:
    QList<double> columnWidths(const ReportTable& table, double width) const;
    void footer();

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    int m_totalPages = 1;
    int m_page = 1;
    QRectF m_body;
    QRectF m_footerArea;
};

} // namespace swb
