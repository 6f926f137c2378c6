// A table header that writes long titles on up to three lines, so that a column is as wide as its values rather than
// its title ("Median recency (days)" over "34"): the KPI table then fits beside the segment list at 1280 px.
#pragma once

#include <QHeaderView>

namespace swb {

class WrappingHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeader(Qt::Orientation orientation, QWidget* parent = nullptr);

    static constexpr int maxLines = 3;

    // The narrowest width that writes `text` on at most `maxLines` lines, breaking at spaces only.
    static int wrappedWidth(const QString& text, const QFontMetrics& metrics, int maxLines);
    // How many lines the style's greedy wrapping gives `text` at `width`.
    static int lineCount(const QString& text, int width, const QFontMetrics& metrics);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace swb
