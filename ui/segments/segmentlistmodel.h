// The saved segments as a table (name with colour swatch, kind, size): a thin view over finished results; sizes
// arrive later from a background count.
#pragma once

#include "model/segments/segmentrepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace swb {

class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        KindRole, // "dynamic" | "static"
        SizeRole, // qint64, or invalid while unknown
        ColorRole, // QColor of the swatch
        SortRole, // name folded to lower case, or the size
        BusyRole, // bool: a change of the segment waits or runs
    };

    explicit SegmentListModel(QObject* parent = nullptr);

    void setSegments(const QList<Segment>& segments); // sizes become unknown
    // Sizes by segment name, and the reason for those that could not be counted.
    void setSizes(const QHash<QString, qint64>& sizes, const QHash<QString, QString>& errors);
    // A change of the segment waits or runs: its row is greyed until it is done.
    void setBusy(const QString& name, bool busy);
    const Segment* segment(int row) const;
    int rowOf(const QString& name) const;

    // The swatch colour: the segment's own, else one of a fixed palette picked by its id.
    static QColor swatchColor(const Segment& segment);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Segment segment;
        std::optional<qint64> size;
        QString sizeError;
        bool busy = false;
    };
    QList<Row> m_rows;
};

} // namespace swb
