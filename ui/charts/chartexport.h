// Saving and copying what a chart (or any widget, such as the KPI table) shows: PNG at twice the widget's size, SVG,
// PDF (one page, the picture fitted to it), and the clipboard. The format follows the file name's extension.
#pragma once

#include <QImage>
#include <QString>

#include <functional>

class QWidget;

namespace swb::ChartExport {

enum class Format { Png, Svg, Pdf };

// The format of `path` by its extension (.png, .svg, .pdf; any case); nullopt-like false when unknown.
bool formatOf(const QString& path, Format* format);
// `scale` 2: the PNG has twice the widget's pixels in each direction, sharp on high-density screens and in print.
QImage toImage(QWidget* widget, qreal scale = 2.0);
// Writes `widget` to `path`; on failure `error` says what to do ("Choose a folder you can write to.").
bool save(QWidget* widget, const QString& path, QString* error, const QString& title = {});
void copyToClipboard(QWidget* widget);
// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)", translated.
QString fileFilter();
// Asks where to save a picture named after `title`, in the folder last used (remembered in the settings), without
// blocking: `chosen` gets the path (its extension follows the chosen type when the name has none). The dialog is
// the child "chartExportDialog" of `parent`.
void askPath(QWidget* parent, const QString& title, const std::function<void(const QString& path)>& chosen);

} // namespace swb::ChartExport
