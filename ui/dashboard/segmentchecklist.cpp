#include "ui/dashboard/segmentchecklist.h"

#include "ui/segments/segmentlistmodel.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>
#include <QSettings>

namespace swb {

namespace {

constexpr int s_nameRole = Qt::UserRole + 1;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace

SegmentChecklist::SegmentChecklist(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("dashboardSegments"));
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling || item->data(s_nameRole).toString().isEmpty())
            return;
        storeUnchecked();
        emit checkedChanged();
    });
}

QString SegmentChecklist::settingsKey() const
{
    // One key per workspace file; the path itself may hold characters QSettings treats as separators.
    const QByteArray path = QFileInfo(m_path).absoluteFilePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("dashboard/%1/unchecked").arg(QString::fromLatin1(hash));
}

void SegmentChecklist::setSegments(const QString& workspacePath, const QList<Segment>& segments)
{
    QStringList unchecked;
    if (workspacePath != m_path || m_path.isEmpty()) {
        m_path = workspacePath;
        if (!m_path.isEmpty())
            unchecked = QSettings().value(settingsKey()).toStringList();
    } else {
        for (int row = 0; row < count(); ++row) {
            if (item(row)->checkState() == Qt::Unchecked)
                unchecked << item(row)->data(s_nameRole).toString();
        }
    }
    m_filling = true;
    clear();
    m_colors.clear();
    if (!m_path.isEmpty()) {
        auto* base = new QListWidgetItem(tr("All customers"), this);
        base->setFlags(Qt::ItemIsEnabled);
        base->setCheckState(Qt::Checked);
        base->setToolTip(tr("Always shown: every segment's lift compares with all customers."));
    }
    for (const Segment& segment : segments) {
        const QColor color = SegmentListModel::swatchColor(segment);
        m_colors.insert(segment.name, color);
        auto* row = new QListWidgetItem(swatch(color), segment.name, this);
        row->setData(s_nameRole, segment.name);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(unchecked.contains(segment.name) ? Qt::Unchecked : Qt::Checked);
    }
    m_filling = false;
}

QStringList SegmentChecklist::checkedNames() const
{
    QStringList names;
    for (int row = 0; row < count(); ++row) {
        const QString name = item(row)->data(s_nameRole).toString();
        if (!name.isEmpty() && item(row)->checkState() == Qt::Checked)
            names << name;
    }
    return names;
}

QListWidgetItem* SegmentChecklist::itemOf(const QString& name) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(s_nameRole).toString() == name)
            return item(row);
    }
    return nullptr;
}

void SegmentChecklist::setChecked(const QString& name, bool checked)
{
    if (QListWidgetItem* row = itemOf(name))
        row->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void SegmentChecklist::storeUnchecked() const
{
    if (m_path.isEmpty())
        return;
    QStringList unchecked;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->checkState() == Qt::Unchecked)
            unchecked << item(row)->data(s_nameRole).toString();
    }
    QSettings settings;
    if (unchecked.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), unchecked);
}

} // namespace swb
