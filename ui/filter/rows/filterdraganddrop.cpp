#include "ui/filter/rows/filterdraganddrop.h"

namespace swb::FilterDragAndDrop {

QString mimeType()
{
    return QStringLiteral("application/x-swb-filter-node");
}

std::unique_ptr<QMimeData> mimeData(const NodePath& path, const QByteArray& nodeJson)
{
    auto mime = std::make_unique<QMimeData>();
    mime->setData(mimeType(), FilterTree::pathKey(path).toUtf8());
    mime->setData(QStringLiteral("application/json"), nodeJson);
    mime->setText(QString::fromUtf8(nodeJson));
    return mime;
}

std::optional<NodePath> sourcePath(const QMimeData* mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    const QString key = QString::fromUtf8(mime->data(mimeType()));
    NodePath path;
    const QStringList parts = key.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const int index = part.toInt(&ok);
        if (!ok || index < 0)
            return std::nullopt;
        path.append(index);
    }
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

int insertionIndex(const QList<QWidget*>& children, int y)
{
    for (int i = 0; i < children.size(); ++i) {
        const QRect geometry = children.at(i)->geometry();
        if (y < geometry.center().y())
            return i;
    }
    return int(children.size());
}

} // namespace swb::FilterDragAndDrop
