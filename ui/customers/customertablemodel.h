// The customers of a selection as a table that loads page by page while the view scrolls.
#pragma once

#include "model/browse/customerdatasource.h"
#include "model/field.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace swb {

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value as stored (QVariant null for NULL)
        IsNullRole,
        RowIdRole,
    };

    explicit CustomerTableModel(QObject* parent = nullptr);

    // Shows every customer of `workspacePath` with `fields` as columns (rowid order); empty path: no data.
    void setWorkspace(const QString& workspacePath, const QList<FieldInfo>& fields);
    // Restricts the rows to a selection (from a segment or the builder); empty: everyone.
    void setSelection(const Selection& selection);
    Selection selection() const { return m_selection; }
    QList<FieldInfo> fields() const { return m_fields; }
    QString workspacePath() const { return m_workspacePath; }

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Beyond this many rows the table reads the order of all rows once and then any rows by number, so that the
    // scroll bar and Ctrl+End reach every row; below it, pages follow each other as the view scrolls.
    void setRandomAccessThreshold(qint64 rows) { m_randomAccessThreshold = qMax<qint64>(0, rows); }
    // Rows the view gets per event-loop turn once the whole order is known (tests make it small).
    void setRowsPerStep(int rows) { m_rowsPerStep = qMax(1, rows); }
    bool hasRandomAccess() const { return m_random; }
    // Rows read by number are shown as they arrive; until then a row shows no values.
    bool isRowLoaded(int row) const { return rowValues(row) != nullptr; }

    qint64 totalCount() const { return m_source.count(); } // -1 while counting
    bool isLoading() const { return m_source.isBusy(); }
    QString errorString() const { return m_source.error(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Re-reads the rows in the order of `column` (then rowid); -1 restores the table order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 count);
    // The first page and the count of the current query are in (or an error occurred): the table is ready.
    void loaded();
    void errorOccurred(const QString& message);

private:
    void clearRows(); // inside a reset
    void restart();
    int currentPageSize() const;
    void onPageReady(const CustomerPage& page);
    void onCountReady(qint64 count);
    void onOrderReady(qint64 rows);
    void growRandomRows();
    void onRangeReady(qint64 first, const CustomerPage& page);
    const QVariantList* rowValues(int row) const;
    void want(qint64 range) const;
    void fetchWanted();

    CustomerDataSource m_source;
    QString m_workspacePath;
    QList<FieldInfo> m_fields;
    Selection m_selection;
    QList<QVariantList> m_rows;
    QList<qint64> m_rowids;
    int m_pageSize = 500;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;

    // Random access: ranges of s_rangeRows rows by number, the newest ones kept.
    qint64 m_randomAccessThreshold = 5000;
    bool m_random = false;
    int m_randomRows = 0; // rows the view has (they grow in steps to m_randomTarget)
    int m_randomTarget = 0;
    int m_rowsPerStep = 1 << 17;
    QHash<qint64, QList<QVariantList>> m_ranges;
    mutable QList<qint64> m_wanted; // ranges the view asked for, newest last
    mutable bool m_fetchQueued = false;
};

} // namespace swb
