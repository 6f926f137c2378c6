// Feeds a customer table page by page from worker threads; a new query supersedes the work still on the way. Every
// read is an interactive job in the application's JobTracker; one cancelled there ends the query with an error.
#pragma once

#include "model/browse/customerquery.h"
#include "model/jobs/latestjob.h"

#include <QObject>

#include <memory>
#include <optional>
#include <utility>

namespace swb {

class CustomerDataSource : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString workspacePath; // empty: no data
        Selection selection;
        QStringList columns;
        QString sortColumn; // empty: rowid order
        bool descending = false;
    };

    explicit CustomerDataSource(QObject* parent = nullptr);
    ~CustomerDataSource() override;

    // Forgets the rows delivered so far and starts counting the new selection.
    void setQuery(Query query);
    const Query& query() const { return m_query; }

    bool canFetchMore() const { return !m_query.workspacePath.isEmpty() && !m_atEnd && m_error.isEmpty(); }
    bool isFetching() const { return m_pagePending; }
    // Starts reading the next `limit` rows unless a page is already on the way.
    void fetchMore(int limit);

    // Random access: the rowids of the whole selection in order, read once, then any range of rows by number.
    void startOrder();
    bool hasOrder() const { return m_order != nullptr; }
    qint64 orderSize() const { return m_order ? qint64(m_order->size()) : 0; }
    qint64 rowIdAt(qint64 row) const { return (*m_order)[size_t(row)]; }
    // Reads rows `first` … `first + count - 1` of the order. One range is read at a time; of the requests made
    // meanwhile only the newest waits (the rows a user scrolled past are not read).
    void fetchRange(qint64 first, int count);
    bool isFetchingRange() const { return m_rangePending; }

    qint64 count() const { return m_count; } // -1 while unknown
    bool isBusy() const { return m_pagePending || m_countPending; }
    QString error() const { return m_error; }

signals:
    void pageReady(const swb::CustomerPage& page);
    void countReady(qint64 count);
    void orderReady(qint64 rows);
    void rangeReady(qint64 first, const swb::CustomerPage& page);
    void failed(const QString& error);
    // The last page or count of the current query arrived and nothing else is on the way.
    void idle();

private:
    void onPageFinished(const CustomerPage& page);
    void onCountFinished(const CustomerCount& count);
    void onOrderFinished(RowOrder order);
    void onRangeFinished(const CustomerPage& page);
    void onCanceled();
    void startRange(qint64 first, int count);
    void fail(const QString& error);

    Query m_query;
    std::optional<PageCursor> m_cursor;
    bool m_atEnd = false;
    qint64 m_count = -1;
    QString m_error;
    // Until the job has delivered the result: a future can be finished on its worker before the GUI thread
    // hears of it, so the futures' own states would make the source look idle too early.
    bool m_pagePending = false;
    bool m_countPending = false;
    LatestJob<CustomerPage> m_pageJob{this};
    LatestJob<CustomerCount> m_countJob{this};
    std::shared_ptr<const std::vector<qint64>> m_order;
    bool m_orderPending = false;
    LatestJob<RowOrder> m_orderJob{this};
    bool m_rangePending = false;
    qint64 m_rangeFirst = 0;
    std::optional<std::pair<qint64, int>> m_nextRange;
    LatestJob<CustomerPage> m_rangeJob{this};
};

} // namespace swb
