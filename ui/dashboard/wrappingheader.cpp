#include "ui/dashboard/wrappingheader.h"

#include <QFontMetrics>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace swb {

WrappingHeader::WrappingHeader(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // The sort indicator's room is kept in the sorted column only: the others are measured again when it moves.
    connect(this, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (sectionResizeMode(0) == QHeaderView::ResizeToContents || stretchLastSection())
            resizeSections(QHeaderView::ResizeToContents);
    });
}

int WrappingHeader::lineCount(const QString& text, int width, const QFontMetrics& metrics)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int lines = 0;
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            ++lines;
            line = word;
        } else {
            line = longer;
        }
    }
    return lines + (line.isEmpty() ? 0 : 1);
}

int WrappingHeader::wrappedWidth(const QString& text, const QFontMetrics& metrics, int maxLines)
{
    // The narrowest width of a run of whole words at which greedy wrapping (what the style draws) needs no more
    // than `maxLines` lines, and no word is cut.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int widest = 0;
    QList<int> candidates;
    for (qsizetype first = 0; first < words.size(); ++first) {
        widest = std::max(widest, metrics.horizontalAdvance(words.at(first)));
        for (qsizetype last = first; last < words.size(); ++last)
            candidates << metrics.horizontalAdvance(words.mid(first, last - first + 1).join(QLatin1Char(' ')));
    }
    std::sort(candidates.begin(), candidates.end());
    for (const int width : std::as_const(candidates)) {
        if (width >= widest && lineCount(text, width, metrics) <= maxLines)
            return width;
    }
    return metrics.horizontalAdvance(text);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (orientation() != Qt::Horizontal || !model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QFontMetrics metrics(font());
    int width = size.width() - metrics.horizontalAdvance(text) + wrappedWidth(text, metrics, maxLines) + 2;
    if (isSortIndicatorShown() && logicalIndex != sortIndicatorSection()) {
        // QHeaderView keeps a square of the section's height plus a margin for the indicator.
        QStyleOptionHeader option;
        initStyleOption(&option);
        width -= size.height() + style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
    }
    size.setWidth(width);
    size.setHeight(std::max(size.height(), size.height() - metrics.height() + maxLines * metrics.lineSpacing()));
    return size;
}

} // namespace swb
