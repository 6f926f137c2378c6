#include "ui/charts/chartexport.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace swb::ChartExport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::ChartExport", text);
}

QString cannotWrite(const QString& path, const QString& reason)
{
    return tr("Cannot write %1: %2. Choose a folder you can write to.").arg(QFileInfo(path).fileName(), reason);
}

bool savePng(QWidget* widget, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (!toImage(widget).save(&file, "PNG") || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool saveSvg(QWidget* widget, const QString& path, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(title);
        QPainter painter(&svg);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool savePdf(QWidget* widget, const QString& path, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Segment Workbench"));
        pdf.setPageOrientation(widget->width() >= widget->height() ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setResolution(144);
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        const qreal scale = std::min(qreal(page.width()) / widget->width(), qreal(page.height()) / widget->height());
        painter.scale(scale, scale);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool formatOf(const QString& path, Format* format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QImage toImage(QWidget* widget, qreal scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool save(QWidget* widget, const QString& path, QString* error, const QString& title)
{
    Format format = Format::Png;
    if (!formatOf(path, &format)) {
        *error
            = tr("%1 has no known picture type: end the name with .png, .svg or .pdf.").arg(QFileInfo(path).fileName());
        return false;
    }
    switch (format) {
    case Format::Png:
        return savePng(widget, path, error);
    case Format::Svg:
        return saveSvg(widget, path, title, error);
    case Format::Pdf:
        return savePdf(widget, path, title, error);
    }
    return false;
}

void copyToClipboard(QWidget* widget)
{
    QApplication::clipboard()->setImage(toImage(widget));
}

QString fileFilter()
{
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

void askPath(QWidget* parent, const QString& title, const std::function<void(const QString& path)>& chosen)
{
    const QString folderKey = QStringLiteral("charts/folder");
    const QString folder
        = QSettings().value(folderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    QString name = title.isEmpty() ? tr("chart") : title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    auto* dialog = new QFileDialog(parent, tr("Save Chart"), folder, fileFilter());
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->selectFile(name + QStringLiteral(".png"));
    // A name typed without an extension gets the one of the type chosen in the list.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        const qsizetype dot = filter.lastIndexOf(QStringLiteral("*."));
        if (dot >= 0)
            dialog->setDefaultSuffix(filter.mid(dot + 2).chopped(1));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [folderKey, chosen](const QString& path) {
        QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
        chosen(path);
    });
    dialog->open();
}

} // namespace swb::ChartExport
